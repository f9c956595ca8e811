import type { PayloadRequest } from 'payload'

import type { EventAction, Id, SanitizedReviewWorkflowConfig, WorkflowStage } from '../types.js'

import { REVIEW_EVENT_WRITE_CONTEXT } from './contextKeys.js'
import { withContext } from './withContext.js'

/** Actions whose event mails someone (see jobs/sendWorkflowEmail.ts). */
const MAILED_ACTIONS: ReadonlySet<EventAction> = new Set(['submit', 'approve', 'request_changes'])

export type ReviewEventInput = {
  collection: string
  id: Id
  campaign?: Id
  from: WorkflowStage | null
  to: WorkflowStage
  action: EventAction
  /** A user id, or a `system:<name>` actor. */
  actor: Id | `system:${string}` | null | undefined
  /** The user a system actor acted for. */
  onBehalfOf?: Id | null
  note?: string | null
  at: string
}

/**
 * Appends one review event, inside the request's transaction, and queues its e-mail. The events
 * collection refuses every other create (access create: false, and a hook for the Local API).
 */
export const writeReviewEvent = async ({
  cfg,
  event,
  req,
}: {
  cfg: SanitizedReviewWorkflowConfig
  event: ReviewEventInput
  req: PayloadRequest
}): Promise<Id> => {
  const isSystem = typeof event.actor === 'string' && event.actor.startsWith('system:')
  const created = await withContext(req, REVIEW_EVENT_WRITE_CONTEXT, true, () =>
    req.payload.create({
      collection: cfg.eventsSlug as never,
      data: {
        item: { relationTo: event.collection, value: event.id },
        ...(cfg.campaignsCollection ? { campaign: event.campaign ?? null } : {}),
        from: event.from,
        to: event.to,
        action: event.action,
        actor: isSystem ? null : (event.actor ?? null),
        systemActor: isSystem ? event.actor : null,
        onBehalfOf: isSystem ? (event.onBehalfOf ?? null) : null,
        note: event.note ?? null,
        at: event.at,
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
  const eventId = (created as { id: Id }).id
  if (!cfg.disabled && MAILED_ACTIONS.has(event.action)) {
    await req.payload.jobs.queue({ task: cfg.emailTaskSlug as never, input: { eventId: String(eventId) } as never, req })
  }
  return eventId
}
