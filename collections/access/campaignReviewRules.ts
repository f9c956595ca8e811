/**
 * Loa's answers to the review workflow's questions about one item (wired in src/plugins.ts):
 * the roles a user holds for it are their roles in its campaign; the campaign's approval
 * policy says how many approvals it needs; its reviewers are mailed; campaign members read
 * its review history. The campaign is read inside the request's transaction, as the workflow
 * decides within it.
 */
import type { PayloadRequest, Where } from 'payload'

import { idOf, sameId } from '@loa/helpers'

import { campaignIdsWhereUserIs } from './campaignMembership.js'
import { isAdminUser } from './roles.js'

type StoredCampaign = {
  members?: Array<{ user?: unknown; role?: string | null }> | null
  approvalPolicy?: { requiredApprovals?: number | null } | null
}

type ItemArgs = { req: PayloadRequest; doc: Record<string, unknown> }

const campaignOfItem = async ({ doc, req }: ItemArgs): Promise<StoredCampaign | null> => {
  const campaignId = idOf(doc.campaign)
  if (campaignId === undefined) return null
  return (await req.payload.findByID({
    collection: 'campaigns',
    id: campaignId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })) as StoredCampaign | null
}

/** The roles `userId` holds in the item's campaign (none without a campaign). */
export const campaignRolesForItem = async ({ userId, ...args }: ItemArgs & { userId: number | string }): Promise<string[]> => {
  const campaign = await campaignOfItem(args)
  return (campaign?.members ?? []).filter((member) => sameId(idOf(member.user), userId) && member.role).map((member) => member.role as string)
}

/** The campaign's approval policy: at least one approval. */
export const campaignApprovalPolicy = async (args: ItemArgs): Promise<{ requiredApprovals: number }> => {
  const campaign = await campaignOfItem(args)
  return { requiredApprovals: Math.max(1, Number(campaign?.approvalPolicy?.requiredApprovals ?? 1) || 1) }
}

/** The reviewers of the item's campaign, mailed on a submission. */
export const campaignReviewersOfItem = async (args: ItemArgs): Promise<Array<number | string>> => {
  const campaign = await campaignOfItem(args)
  return (campaign?.members ?? [])
    .filter((member) => member.role === 'reviewer')
    .map((member) => idOf(member.user))
    .filter((id): id is number | string => id !== undefined)
}

/** Admins read every review event; members of a campaign read the events of its items. */
export const canReadCampaignReviewEvents = async ({ req }: { req: PayloadRequest }): Promise<boolean | Where> => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const ids = await campaignIdsWhereUserIs(req)
  return ids.length ? { campaign: { in: ids } } : false
}
