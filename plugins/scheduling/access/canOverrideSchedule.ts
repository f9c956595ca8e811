import type { FieldAccess } from 'payload'

import { isCampaignMemberAs } from '../../../collections/access/campaignMembership.js'
import { isAdminUser } from '../../../collections/access/roles.js'

/**
 * Only admins and the managers of the item's campaign may let a schedule leave the campaign's
 * period. For anyone else the checkbox is read-only and a value they send is dropped.
 */
export const canOverrideSchedule =
  (campaignField: string): FieldAccess =>
  async ({ data, doc, req }) => {
    if (!req.user) return false
    if (isAdminUser(req.user)) return true
    const campaign = (data as Record<string, unknown> | undefined)?.[campaignField] ?? (doc as Record<string, unknown> | undefined)?.[campaignField]
    return isCampaignMemberAs(req, campaign, ['manager'])
  }
