import type { Access, PayloadRequest } from 'payload'

import { campaignIdsWhereUserIs } from '../../../../collections/access/campaignMembership.js'
import { isAdminUser } from './isAdmin.js'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/**
 * Admins and global campaign managers see every delivery; a manager of a campaign sees the
 * deliveries of that campaign's items. Never the public.
 */
export const deliveriesWhereFor = async (req: PayloadRequest): Promise<boolean | { campaign: { in: Array<number | string> } }> => {
  const user = req.user as MaybeUser
  if (!user) return false
  if (isAdminUser(user) || user.roles?.includes('manager')) return true
  const ids = await campaignIdsWhereUserIs(req, ['manager'])
  return ids.length ? { campaign: { in: ids } } : false
}

export const canSeeDeliveries: Access = ({ req }) => deliveriesWhereFor(req)
