import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { mediaUsedByCampaigns } from './mediaUsage.js'
import { isAdminUser } from './roles.js'

/**
 * Changing or deleting a file in the media library: admins; the user who uploaded it; the
 * managers of the campaigns whose items use it. Everyone else is refused, whatever they may
 * do with content.
 */
export const canChangeMedia: Access = async ({ id, req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const ownUpload = { uploadedBy: { equals: req.user.id } }
  // One file in question (an update or delete by id): only its own uses are looked up.
  const used = await mediaUsedByCampaigns(req, await campaignIdsWhereUserIs(req, ['manager']), id === undefined || id === null ? undefined : [id])
  return used.length ? { or: [ownUpload, { id: { in: used } }] } : ownUpload
}
