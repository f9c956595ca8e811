import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { isAdminUser } from './roles.js'

/** Admins, and the managers of the campaign being changed. */
export const campaignManagerOfCampaign: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const ids = await campaignIdsWhereUserIs(req, ['manager'])
  return ids.length ? { id: { in: ids } } : false
}
