import type { CollectionSlug, PayloadRequest } from 'payload'

import { REVIEW_EVENT_WRITE_CONTEXT } from '../../../review-workflow/src/index.js'
import type { Id, SanitizedSchedulingConfig } from '../types.js'

/**
 * Appends a review event (the review workflow's append-only log) inside `req`'s transaction.
 * The events collection accepts creates only under the workflow's write context, which server
 * code may set; the shape mirrors the workflow's own writeReviewEvent.
 */
export const recordReviewEvent = async ({
  action,
  campaign,
  cfg,
  collection,
  id,
  note,
  req,
  stage,
}: {
  action: 'schedule' | 'unschedule'
  campaign?: Id
  cfg: SanitizedSchedulingConfig
  collection: string
  id: Id
  note: string
  req: PayloadRequest
  stage: string | null
}) => {
  const hadFlag = Object.prototype.hasOwnProperty.call(req.context, REVIEW_EVENT_WRITE_CONTEXT)
  const previous = req.context[REVIEW_EVENT_WRITE_CONTEXT]
  req.context[REVIEW_EVENT_WRITE_CONTEXT] = true
  try {
    return await req.payload.create({
      collection: cfg.eventsCollection as CollectionSlug,
      data: {
        item: { relationTo: collection, value: id },
        campaign: campaign ?? null,
        from: stage,
        to: stage,
        action,
        actor: req.user?.id ?? null,
        systemActor: req.user ? null : 'system:scheduler',
        note,
        at: new Date().toISOString(),
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } finally {
    if (hadFlag) req.context[REVIEW_EVENT_WRITE_CONTEXT] = previous
    else delete req.context[REVIEW_EVENT_WRITE_CONTEXT]
  }
}
