/**
 * The one way for code outside the workflow (the host, on behalf of another plugin) to add to
 * an item's review history: a note-only event (`schedule` / `unschedule`) that changes no
 * stage, written by the workflow itself inside the request's transaction.
 */
import type { PayloadRequest } from 'payload'

import type { Id, SanitizedReviewWorkflowConfig, SystemActor } from '../types.js'

import { idOf } from '@loa/helpers'
import { getSanitizedConfig } from './sanitizedConfig.js'
import { readWorkflow } from './workflowState.js'
import { writeReviewEvent } from './writeReviewEvent.js'

export type AppendReviewEventArgs = {
  /** Its transaction is joined. */
  req: PayloadRequest
  /** Slug of a reviewed collection. */
  collection: string
  /** The item as saved (its id, stage and campaign are read from it). */
  doc: Record<string, unknown> & { id: Id }
  action: 'schedule' | 'unschedule'
  note: string
  /** Who acts when the request has no user. @default 'system:host' */
  actor?: SystemActor
}

const campaignOf = (cfg: SanitizedReviewWorkflowConfig, doc: Record<string, unknown>) => (cfg.campaignsCollection ? idOf(doc[cfg.campaignField]) : undefined)

export const appendReviewEvent = async ({ action, actor, collection, doc, note, req }: AppendReviewEventArgs): Promise<Id> => {
  const cfg = getSanitizedConfig(req.payload.config, collection)
  const stage = readWorkflow(doc).stage
  return writeReviewEvent({
    cfg,
    req,
    event: {
      collection,
      id: doc.id,
      campaign: campaignOf(cfg, doc),
      from: stage,
      to: stage,
      action,
      actor: (req.user?.id as Id | undefined) ?? actor ?? 'system:host',
      note,
      at: new Date().toISOString(),
    },
  })
}
