import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { mediaUsedByCampaigns } from './mediaUsage.js'
import { isAdminUser } from './roles.js'

/**
 * Changing or deleting a file in the media library: admins; the user who uploaded it; the
 * managers of the campaigns whose items use it. Everyone else is refused, whatever they may
 * do with content.
 */
export const canChangeMedia: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const ownUpload = { uploadedBy: { equals: req.user.id } }
  const used = await mediaUsedByCampaigns(req, await campaignIdsWhereUserIs(req, ['manager']))
  return used.length ? { or: [ownUpload, { id: { in: used } }] } : ownUpload
}
