import type { PayloadRequest } from 'payload'

import { isCampaignMemberAs } from './campaignMembership.js'
import { isAdminUser } from './roles.js'

/**
 * Admins, and the members (any role) of the given campaign: the people who may see what a
 * campaign keeps to itself. Anonymous callers and users outside the campaign never may, and
 * neither may anyone when the campaign is unknown (a query's field check has no document).
 */
export const isAdminOrCampaignMember = async (req: PayloadRequest, campaign: unknown): Promise<boolean> => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return isCampaignMemberAs(req, campaign)
}
