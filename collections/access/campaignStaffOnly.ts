import type { FieldAccess } from 'payload'

import { isAdminOrCampaignMember } from './isAdminOrCampaignMember.js'

/**
 * Read access of an item's staff-only fields (internal notes, who approved, who edited):
 * admins and the members of the item's campaign. The content collections force-select
 * `campaign`, so the document always carries it; in a version it sits at the same place.
 */
export const campaignStaffOnly: FieldAccess = ({ doc, req }) => isAdminOrCampaignMember(req, (doc as Record<string, unknown> | undefined)?.campaign)
