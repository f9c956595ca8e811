/**
 * Everything a decision about one item needs, read inside the request's transaction: its
 * latest version, whether a version is live, the approval policy the host gives it, and the
 * roles (through the host's `rolesFor`) of the acting user and of everyone who approved it.
 */
import type { PayloadRequest } from 'payload'

import type { Id, SanitizedReviewWorkflowConfig } from '../types.js'

import { idOf, idsOf } from '@loa/helpers'
import { readWorkflow } from './workflowState.js'

export type ItemContext = {
  doc: Record<string, unknown> & { id: Id }
  isLive: boolean
  /** The record the item's events are filed under (Loa: its campaign), when the host files them. */
  campaignId: Id | undefined
  requiredApprovals: number
  authors: Id[]
  /** The roles (from `rolesFor`) of the request's user and of the approvers on record, by user id. */
  rolesByUser: Map<string, readonly string[]>
  /** Approvers on record and the acting user whose approval counts now: admins, or holders of a reviewer role. */
  validApproverIds: Set<string>
}

/** At least one approval, whatever the host's policy says. */
const sanitizeRequired = (value: unknown): number => Math.max(1, Math.floor(Number(value)) || 1)

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
  const policy = await cfg.policyFor({ req, doc })

  const approvals = readWorkflow(doc).approvals
  // Each user once, under the id as stored or as the request carries it.
  const userIdsByKey = new Map<string, Id>(approvals.map((approval) => [String(approval.reviewer), approval.reviewer]))
  if (req.user) userIdsByKey.set(String(req.user.id), req.user.id as Id)
  const rolesByUser = new Map<string, readonly string[]>()
  for (const [key, userId] of userIdsByKey) rolesByUser.set(key, await cfg.rolesFor({ req, doc, userId }))

  // Everyone whose approval may count now: the approvers on record and the acting user.
  const validApproverIds = new Set<string>()
  if (userIdsByKey.size) {
    const { docs } = await req.payload.find({
      collection: cfg.usersCollection as never,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { in: [...userIdsByKey.values()] } },
    })
    const admins = new Set((docs as Array<{ id: Id }>).filter((user) => cfg.isAdmin(user as unknown as PayloadRequest['user'])).map((user) => String(user.id)))
    for (const key of userIdsByKey.keys()) {
      const isReviewer = (rolesByUser.get(key) ?? []).some((role) => cfg.roles.reviewers.includes(role))
      if (admins.has(key) || isReviewer) validApproverIds.add(key)
    }
  }

  return {
    doc,
    isLive: live?._status === 'published',
    campaignId: cfg.campaignsCollection ? idOf(doc[cfg.campaignField]) : undefined,
    requiredApprovals: sanitizeRequired(policy?.requiredApprovals),
    authors: idsOf(doc[cfg.authorsField]),
    rolesByUser,
    validApproverIds,
  }
}

/** The roles a user holds for the item. */
export const rolesFor = (context: ItemContext, userId: unknown): readonly string[] => context.rolesByUser.get(String(userId)) ?? []

/** An approval still counts while its reviewer holds a reviewer role for the item (or is an admin). */
export const isValidApproverIn =
  (context: ItemContext) =>
  (userId: Id): boolean =>
    context.validApproverIds.has(String(userId))
