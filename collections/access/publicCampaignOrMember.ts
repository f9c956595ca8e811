import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { isAdminUser } from './roles.js'

/** Campaigns the public may see: running or finished ones, never those still being planned. */
export const PUBLIC_CAMPAIGN_STATUSES = ['active', 'closed']

/** Anyone reads active and closed campaigns; members also read their planned ones. */
export const publicCampaignOrMember: Access = async ({ req }) => {
  const isPublic = { status: { in: PUBLIC_CAMPAIGN_STATUSES } }
  if (!req.user) return isPublic
  if (isAdminUser(req.user)) return true
  const ids = await campaignIdsWhereUserIs(req)
  return ids.length ? { or: [isPublic, { id: { in: ids } }] } : isPublic
}
