/**
 * The one gate to a stage change. The REST endpoint, the admin buttons and the scheduling
 * plugin all come through here; see the signature notes in ../index.ts.
 */
import type { PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { RunWorkflowActionArgs, RunWorkflowActionResult, SanitizedReviewWorkflowConfig } from '../types.js'
import type { ActorInfo } from './planTransition.js'

import { WORKFLOW_FIELD } from '../defaults.js'
import { REVIEW_WORKFLOW_CONTEXT } from './contextKeys.js'
import { sameId } from '@loa/helpers'
import type { ItemContext } from './itemContext.js'
import { isValidApproverIn, loadItemContext, rolesFor } from './itemContext.js'
import { lockItemRow } from './lockItemRow.js'
import { refusal, toAPIError } from './messages.js'
import { planTransition } from './planTransition.js'
import { getSanitizedConfig } from './sanitizedConfig.js'
import { withContext } from './withContext.js'
import { readWorkflow } from './workflowState.js'
import { writeReviewEvent } from './writeReviewEvent.js'

/** Who acts: a `system:<name>` actor, or the request's user with the roles the host gives them for the item. */
export const actorInfoFor = ({
  actor,
  cfg,
  context,
  req,
}: {
  actor?: string
  cfg: SanitizedReviewWorkflowConfig
  context: ItemContext
  req: PayloadRequest
}): ActorInfo => {
  if (actor) return { system: actor, isAdmin: false, campaignRoles: [] }
  const user = req.user
  if (!user) return { isAdmin: false, campaignRoles: [] }
  return { userId: user.id, isAdmin: cfg.isAdmin(user), campaignRoles: rolesFor(context, user.id) }
}

/** Whether an approval by `id` counts now; the acting admin counts as an approver. */
export const approverCheckFor = (context: ItemContext, actor: ActorInfo) => {
  const isCampaignApprover = isValidApproverIn(context)
  return (id: string | number) => (actor.isAdmin && sameId(actor.userId, id)) || isCampaignApprover(id)
}

const applyAction = async (cfg: SanitizedReviewWorkflowConfig, args: RunWorkflowActionArgs): Promise<RunWorkflowActionResult> => {
  const { action, actor, collection, note, onBehalfOf, req } = args
  if (actor !== undefined && !/^system:[\w.-]+$/.test(actor)) {
    throw new APIError(`[review-workflow] actor must look like "system:<name>", got "${actor}"`, 500)
  }
  if (onBehalfOf !== undefined && actor === undefined) throw new APIError('[review-workflow] onBehalfOf needs a system actor', 500)
  // Wait for any other writer of this item before reading it (see lockItemRow.ts).
  await lockItemRow({ collection, id: args.id, req })
  const context = await loadItemContext({ cfg, collection, id: args.id, req })
  if (!context) throw toAPIError(refusal(404, `Không tìm thấy nội dung có id "${args.id}"`, `No ${collection} document with id "${args.id}"`))
  // The stored id, typed as the database types it (a route gives a string).
  const id = context.doc.id

  const actorInfo = actorInfoFor({ actor, cfg, context, req })
  const now = new Date()
  const plan = planTransition({
    action,
    note,
    actor: actorInfo,
    state: readWorkflow(context.doc),
    isLive: context.isLive,
    authors: context.authors,
    requiredApprovals: context.requiredApprovals,
    publishAt: context.doc[cfg.publishAtField],
    isValidApprover: approverCheckFor(context, actorInfo),
    now,
    roles: cfg.roles,
    roleNames: cfg.roleNames,
  })
  if (!plan.ok) throw toAPIError(plan)

  const data: Record<string, unknown> = { [WORKFLOW_FIELD]: plan.workflow }
  if (plan.status) data._status = plan.status
  const doc = await withContext(req, REVIEW_WORKFLOW_CONTEXT, String(id), () =>
    req.payload.update({
      collection: collection as never,
      id,
      data: data as never,
      depth: 0,
      // Stage changes are saved on the latest version; publish and unpublish write the live document.
      draft: !plan.status,
      overrideAccess: true,
      req,
    }),
  )

  const eventId = await writeReviewEvent({
    cfg,
    req,
    event: {
      collection,
      id,
      campaign: context.campaignId,
      from: plan.from,
      to: plan.to,
      action: plan.action,
      actor: actor ?? actorInfo.userId,
      onBehalfOf,
      note: plan.note,
      at: now.toISOString(),
    },
  })
  return { doc: doc as RunWorkflowActionResult['doc'], from: plan.from, stage: plan.to, eventId }
}

/**
 * Takes one workflow action on one document, in the request's transaction (opening and
 * committing one when the request has none). Throws APIError 400/403/404 and writes nothing
 * when the action is refused.
 */
export const runWorkflowAction = async (args: RunWorkflowActionArgs): Promise<RunWorkflowActionResult> => {
  const cfg = getSanitizedConfig(args.req.payload.config, args.collection)
  const isOwnTransaction = await initTransaction(args.req)
  try {
    const result = await applyAction(cfg, args)
    if (isOwnTransaction) await commitTransaction(args.req)
    return result
  } catch (err) {
    if (isOwnTransaction) await killTransaction(args.req)
    throw err
  }
}
