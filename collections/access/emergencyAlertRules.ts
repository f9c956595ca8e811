/**
 * Emergency alerts in Loa (the broadcast plugin's `alerts`): who issues and approves them, and
 * how their review differs from an ordinary item's. A storm warning cannot wait for a campaign's
 * reviewers or for a second approval: one other manager or admin approves it, on one screen.
 */
import type { PolicyFor, RolesFor } from '@loa/plugin-review-workflow'
import type { PayloadRequest } from 'payload'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { campaignApprovalPolicy, campaignRolesForItem } from './campaignReviewRules.js'
import { hasRole, isAdminUser } from './roles.js'

/** An item issued from an alert template and marked emergency. */
export const isIssuedAlert = (doc: Record<string, unknown> | null | undefined): boolean => {
  const bulletin = doc?.bulletin as { alert?: { template?: unknown } | null; priority?: unknown } | null | undefined
  return Boolean(bulletin?.alert?.template) && bulletin?.priority === 'emergency'
}

/** Admins, managers, and anyone who manages a campaign: creating the alert still checks the campaign is theirs. */
export const isAlertOfficer = async (req: PayloadRequest): Promise<boolean> => {
  if (isAdminUser(req.user) || hasRole(req.user, 'manager')) return true
  if (!req.user) return false
  return (await campaignIdsWhereUserIs(req, ['manager'])).length > 0
}

/** On an issued alert a campaign's managers review too: the second pair of eyes is another manager. */
export const alertAwareRolesFor: RolesFor = async (args) => {
  const roles = await campaignRolesForItem(args)
  return isIssuedAlert(args.doc) && roles.includes('manager') ? [...roles, 'reviewer'] : roles
}

/** An issued alert needs one approval, whatever its campaign asks of ordinary items. */
export const alertAwareApprovalPolicy: PolicyFor = async (args) => (isIssuedAlert(args.doc) ? { requiredApprovals: 1 } : campaignApprovalPolicy(args))

/**
 * The fields of a report issued as an alert: its campaign and the issuer as author. The admin's
 * form sends the campaign's id as text; the stored id is looked up so the relationship takes it
 * in the database's own type (an unknown one is left for the create to refuse, naming the field).
 */
export const alertItemData = async ({ body, req }: { body: Record<string, unknown>; req: PayloadRequest }): Promise<Record<string, unknown>> => {
  let campaign = body.campaign
  if ((typeof campaign === 'string' || typeof campaign === 'number') && String(campaign).trim()) {
    const { docs } = await req.payload.find({
      collection: 'campaigns',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      where: { id: { equals: campaign } },
    })
    if (docs[0]) campaign = docs[0].id
  }
  return { campaign, authors: req.user ? [req.user.id] : [] }
}
