import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { isAdminUser } from './roles.js'

/** Only managers of the campaign (and admins) delete its documents. */
export const canDeleteCampaignContent: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const ids = await campaignIdsWhereUserIs(req, ['manager'])
  return ids.length ? { campaign: { in: ids } } : false
}
