import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { CAMPAIGN_WRITERS } from './campaignWriters.js'
import { isAdminUser } from './roles.js'

/** Editors and managers update documents of their campaigns. */
export const canUpdateCampaignContent: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const ids = await campaignIdsWhereUserIs(req, CAMPAIGN_WRITERS)
  return ids.length ? { campaign: { in: ids } } : false
}
