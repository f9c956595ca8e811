import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { CAMPAIGN_WRITERS } from './campaignWriters.js'
import { isAdminUser } from './roles.js'

/** Campaign roles that read an item's version history: its writers, and its reviewers, who compare an edit with what they approved. */
const VERSION_READERS = [...CAMPAIGN_WRITERS, 'reviewer'] as const

/**
 * Version history of campaign content: admins, and the editors, managers and reviewers of the
 * item's campaign (the review panel links a reviewer to the comparison). The constraint is written against the versions table (`version.campaign`): the
 * item's own `campaign` path does not exist there and made the query fail with a 500.
 */
export const canReadCampaignContentVersions: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const ids = await campaignIdsWhereUserIs(req, VERSION_READERS)
  return ids.length ? { 'version.campaign': { in: ids } } : false
}
