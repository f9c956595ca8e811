import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { CAMPAIGN_WRITERS } from './campaignWriters.js'
import { isAdminUser } from './roles.js'

/**
 * Version history of campaign content: admins, and the editors and managers of the item's
 * campaign. The constraint is written against the versions table (`version.campaign`): the
 * item's own `campaign` path does not exist there and made the query fail with a 500.
 */
export const canReadCampaignContentVersions: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const ids = await campaignIdsWhereUserIs(req, CAMPAIGN_WRITERS)
  return ids.length ? { 'version.campaign': { in: ids } } : false
}
