import type { FieldAccess } from 'payload'

import { isAdminOrCampaignMember } from './isAdminOrCampaignMember.js'

/**
 * Read access of what a campaign keeps to itself (its members, its approval policy): admins
 * and the campaign's own members; never the public, never other users.
 */
export const campaignMembersOnly: FieldAccess = ({ doc, req }) => isAdminOrCampaignMember(req, (doc as { id?: unknown } | undefined)?.id)
