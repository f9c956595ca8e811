import type { PayloadRequest } from 'payload'

import type { Id } from '../types.js'

import { isCampaignMemberAs } from '../../../../collections/access/campaignMembership.js'
import { isAdminUser } from '../../../../collections/access/roles.js'

/** Admins, and the managers and reviewers of the campaign; never editors or the public. */
export const canSeeCampaignInsights = async (req: PayloadRequest, campaignId: Id): Promise<boolean> => {
  if (!req.user) return false
  if (isAdminUser(req.user as { roles?: string[] })) return true
  return isCampaignMemberAs(req, campaignId, ['manager', 'reviewer'])
}
