/**
 * Everything a decision about one item needs, read inside the request's transaction: its
 * latest version, whether a version is live, its campaign's members and approval policy.
 */
import type { PayloadRequest } from 'payload'

import type { Id, SanitizedReviewWorkflowConfig } from '../types.js'

import { isAdminUser } from '../../../../collections/access/roles.js'
import { type CampaignMember, loadCampaignPolicy } from './campaignPolicy.js'
import { idOf, idsOf, sameId } from '@loa/helpers'
import { readWorkflow } from './workflowState.js'

export type ItemContext = {
  doc: Record<string, unknown> & { id: Id }
  isLive: boolean
  campaignId: Id | undefined
  members: CampaignMember[]
  requiredApprovals: number
  authors: Id[]
  /** Users (by id) who are admins, among the approvers on record. */
  adminApproverIds: Set<string>
}

export const loadItemContext = async ({
  cfg,
  collection,
  id,
  req,
}: {
  cfg: SanitizedReviewWorkflowConfig
  collection: string
  id: Id
  req: PayloadRequest
}): Promise<ItemContext | null> => {
  const doc = (await req.payload.findByID({
    collection: collection as never,
    id,
    depth: 0,
    disableErrors: true,
    draft: true,
    overrideAccess: true,
    req,
  })) as (Record<string, unknown> & { id: Id }) | null
  if (!doc) return null

  const live = await req.payload.db.findOne<{ id: Id; _status?: string }>({ collection: collection as never, req, where: { id: { equals: id } } })
  const campaignId = idOf(doc[cfg.campaignField])
  const { members, requiredApprovals } = await loadCampaignPolicy({ campaignId, cfg, req })

  const approverIds = readWorkflow(doc).approvals.map((approval) => approval.reviewer)
  const adminApproverIds = new Set<string>()
  if (approverIds.length) {
    const { docs } = await req.payload.find({
      collection: req.payload.config.admin.user as never,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { in: approverIds } },
    })
    for (const user of docs as Array<{ id: Id; roles?: string[] | null }>) if (isAdminUser(user)) adminApproverIds.add(String(user.id))
  }

  return {
    doc,
    isLive: live?._status === 'published',
    campaignId,
    members,
    requiredApprovals,
    authors: idsOf(doc[cfg.authorsField]),
    adminApproverIds,
  }
}

/** The roles a user holds in the item's campaign. */
export const rolesInCampaign = (context: ItemContext, userId: unknown): string[] =>
  context.members.filter((member) => sameId(member.user, userId)).map((member) => member.role)

/** An approval still counts while its reviewer reviews for the campaign (or is an admin). */
export const isValidApproverIn =
  (context: ItemContext) =>
  (userId: Id): boolean =>
    context.adminApproverIds.has(String(userId)) || rolesInCampaign(context, userId).includes('reviewer')
