import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

import { WORKFLOW_ACTIONS } from '../types.js'
import { changesSinceApproval } from '../utilities/changesSinceApproval.js'
import { loadItemContext } from '../utilities/itemContext.js'
import { refusal, toAPIError } from '../utilities/messages.js'
import { countingApprovals, planTransition } from '../utilities/planTransition.js'
import { actorInfoFor, approverCheckFor, runWorkflowAction } from '../utilities/runWorkflowAction.js'
import { readWorkflow } from '../utilities/workflowState.js'

const routeId = (req: PayloadRequest): string => {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') throw toAPIError(refusal(400, 'Thiếu id trong đường dẫn', 'The path has no document id'))
  return String(id)
}

const requireUser = (req: PayloadRequest) => {
  if (!req.user) throw toAPIError(refusal(403, 'Cần đăng nhập để thực hiện thao tác duyệt', 'Log in to take a workflow action'))
}

/**
 * `POST /api/{collection}/:id/workflow` with `{ action, note? }` takes one action and answers
 * the new stage; `GET` answers the stage, who it waits for, the approvals, the actions the
 * logged-in user may take now and the item's history (the admin panel reads it).
 */
export const workflowEndpoints = (cfg: SanitizedReviewWorkflowConfig, collection: string): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const id = routeId(req)
      try {
        await addDataAndFileToRequest(req)
      } catch {
        throw toAPIError(refusal(400, 'Nội dung yêu cầu phải là JSON', 'The request body must be JSON'))
      }
      const body = (req.data ?? {}) as { action?: unknown; note?: unknown }
      if (typeof body.action !== 'string') {
        throw toAPIError(
          refusal(
            400,
            `Thiếu trường action (một trong: ${WORKFLOW_ACTIONS.join(', ')})`,
            `The action field is required (one of ${WORKFLOW_ACTIONS.join(', ')})`,
          ),
        )
      }
      const result = await runWorkflowAction({ req, collection, id, action: body.action, note: body.note as string | undefined })
      const workflow = readWorkflow(result.doc)
      return Response.json({ id: result.doc.id, from: result.from, stage: result.stage, workflow, eventId: result.eventId })
    },
  },
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const id = routeId(req)
      // Read through access, so only those who may see the item see its workflow.
      const visible = await req.payload.findByID({
        collection: collection as never,
        id,
        depth: 0,
        draft: true,
        disableErrors: true,
        overrideAccess: false,
        req,
        user: req.user,
      })
      const context = visible ? await loadItemContext({ cfg, collection, id, req }) : null
      if (!context) throw toAPIError(refusal(404, `Không tìm thấy nội dung có id "${id}"`, `No ${collection} document with id "${id}"`))
      // Approvals, the campaign's policy and the history are the staff's, even on a published item.
      if (!(await cfg.canReadStaffFields({ doc: context.doc, req }))) {
        throw toAPIError(
          refusal(403, 'Chỉ những người làm việc trong chiến dịch mới xem được quy trình duyệt', "Only the campaign's staff see the review workflow"),
        )
      }

      const state = readWorkflow(context.doc)
      const actor = actorInfoFor({ cfg, context, req })
      const isValidApprover = approverCheckFor(context, actor)
      const base = {
        actor,
        state,
        isLive: context.isLive,
        authors: context.authors,
        requiredApprovals: context.requiredApprovals,
        publishAt: context.doc[cfg.publishAtField],
        isValidApprover,
        now: new Date(),
        roles: cfg.roles,
        roleNames: cfg.roleNames,
      }
      // A note is asked for in the panel: plan request_changes as if one were given.
      const allowedActions = WORKFLOW_ACTIONS.filter((action) => planTransition({ ...base, action, note: 'x' }).ok)

      const { docs: events } = await req.payload.find({
        collection: cfg.eventsSlug as never,
        depth: 1,
        limit: 100,
        overrideAccess: false,
        req,
        sort: '-at',
        where: { and: [{ 'item.value': { equals: context.doc.id } }, { 'item.relationTo': { equals: collection } }] },
      })
      return Response.json({
        id: context.doc.id,
        // A reviewer compares the item with what was last approved, in Payload's version view.
        changesSinceApproval: await changesSinceApproval({ collection, id: context.doc.id, req }),
        stage: state.stage,
        waitingFor: state.waitingFor,
        isLive: context.isLive,
        approvals: state.approvals,
        countedApprovals: countingApprovals(state, context.authors, isValidApprover).length,
        requiredApprovals: context.requiredApprovals,
        allowedActions,
        events: (events as Array<Record<string, unknown>>).map((event) => ({
          id: event.id,
          action: event.action,
          from: event.from ?? null,
          to: event.to,
          note: event.note ?? null,
          at: event.at,
          actor:
            typeof event.actor === 'object' && event.actor
              ? { id: (event.actor as { id: unknown }).id, displayName: (event.actor as { displayName?: unknown }).displayName ?? null }
              : null,
          systemActor: event.systemActor ?? null,
          systemActorName: systemActorNameOf(cfg, event.systemActor, req.i18n?.language),
          onBehalfOf:
            typeof event.onBehalfOf === 'object' && event.onBehalfOf
              ? { id: (event.onBehalfOf as { id: unknown }).id, displayName: (event.onBehalfOf as { displayName?: unknown }).displayName ?? null }
              : null,
        })),
      })
    },
  },
]

/** A system actor's name in the admin's language (else Vietnamese, else any), or null when the host named it nowhere. */
const systemActorNameOf = (cfg: SanitizedReviewWorkflowConfig, actor: unknown, language: string | undefined): null | string => {
  const names = typeof actor === 'string' ? cfg.systemActorNames[actor] : undefined
  if (names === undefined) return null
  if (typeof names === 'string') return names
  return names[language ?? 'vi'] ?? names.vi ?? Object.values(names)[0] ?? null
}
