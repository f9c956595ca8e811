import type { CollectionAfterChangeHook } from 'payload'

import type { BulletinValue, SanitizedBroadcastConfig } from '../types.js'

import { SYNTHESIS_WRITE_CONTEXT, TASK_SYNTHESIZE_BULLETIN } from '../defaults.js'
import { BULLETIN_FIELD_NAME } from '../fields/bulletinField.js'

/**
 * Queues the voice for a bulletin marked `queued` (see prepareBulletin). The job row is written
 * with `req`, in the item's own transaction: synthesis never runs in a web request, and an
 * item whose write rolls back leaves no job behind.
 */
export const queueBulletinSynthesis =
  (cfg: SanitizedBroadcastConfig): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    if (req.context?.[SYNTHESIS_WRITE_CONTEXT]) return doc
    const bulletin = (doc[BULLETIN_FIELD_NAME] ?? {}) as BulletinValue
    const previous = (previousDoc?.[BULLETIN_FIELD_NAME] ?? {}) as BulletinValue
    if (bulletin.synthesisStatus !== 'queued') return doc
    const isNewlyQueued = previous.synthesisStatus !== 'queued' || (previous.script ?? '').trim() !== (bulletin.script ?? '').trim()
    if (!isNewlyQueued) return doc
    await req.payload.jobs.queue({
      task: TASK_SYNTHESIZE_BULLETIN as never,
      input: { collection: collection.slug, id: String(doc.id) } as never,
      queue: cfg.queue,
      req,
    })
    return doc
  }
