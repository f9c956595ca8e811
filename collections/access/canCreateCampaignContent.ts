import type { Access } from 'payload'

import { campaignIdsWhereUserIs, isCampaignMemberAs } from './campaignMembership.js'
import { CAMPAIGN_WRITERS } from './campaignWriters.js'
import { isAdminUser } from './roles.js'

/**
 * Editors and managers write content inside their campaigns. On create the target campaign
 * comes with the data; without data (the admin asking "may I create?") any writing
 * membership is enough.
 */
export const canCreateCampaignContent: Access = async ({ data, req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  if (data?.campaign !== undefined && data?.campaign !== null) return isCampaignMemberAs(req, data.campaign, CAMPAIGN_WRITERS)
  return (await campaignIdsWhereUserIs(req, CAMPAIGN_WRITERS)).length > 0
}
