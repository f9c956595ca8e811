import type { Access } from 'payload'

import { campaignIdsWhereUserIs } from '../../../../collections/access/campaignMembership.js'
import { isAdminUser } from '../../../../collections/access/roles.js'

/** Admins read every event; members of a campaign read the events of its items. */
export const canReadReviewEvents: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const ids = await campaignIdsWhereUserIs(req)
  return ids.length ? { campaign: { in: ids } } : false
}
