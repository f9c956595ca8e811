import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { isAdminUser } from './roles.js'

/**
 * Campaign content: the public reads published documents only; members of a campaign read
 * everything in it (drafts included); admins read all.
 */
export const publishedOrMember: Access = async ({ req }) => {
  const isPublished = { _status: { equals: 'published' } }
  if (!req.user) return isPublished
  if (isAdminUser(req.user)) return true
  const ids = await campaignIdsWhereUserIs(req)
  return ids.length ? { or: [isPublished, { campaign: { in: ids } }] } : isPublished
}
