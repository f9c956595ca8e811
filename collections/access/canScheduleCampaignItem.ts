import type { PayloadRequest } from 'payload'

import { isCampaignMemberAs } from './campaignMembership.js'
import { isAdminUser } from './roles.js'

/**
 * Setting when an item goes up or comes down is a publishing decision: admins and the managers
 * of the item's campaign make it; editors may only propose a time.
 */
export const canScheduleCampaignItem = async ({ doc, req }: { doc: Record<string, unknown>; req: PayloadRequest }): Promise<boolean> => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return isCampaignMemberAs(req, doc.campaign, ['manager'])
}
