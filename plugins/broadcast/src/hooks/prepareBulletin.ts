import type { CollectionBeforeChangeHook } from 'payload'

import type { BulletinValue, SanitizedBroadcastConfig } from '../types.js'

import { SYNTHESIS_WRITE_CONTEXT } from '../defaults.js'
import { BULLETIN_FIELD_NAME } from '../fields/bulletinField.js'
import { relationId } from '../utilities/relationId.js'

/**
 * Before an item is written: the bulletin's duration is copied from its audio (decoded on
 * upload), and synthesis is marked as queued when there is a script but no recording, or the
 * script changed under a synthesized voice (whose stale audio is dropped so it is never played).
 */
export const prepareBulletin =
  (cfg: SanitizedBroadcastConfig): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (req.context?.[SYNTHESIS_WRITE_CONTEXT]) return data
    const bulletin = data[BULLETIN_FIELD_NAME] as BulletinValue | undefined
    if (!bulletin) return data
    const previous = (originalDoc?.[BULLETIN_FIELD_NAME] ?? {}) as BulletinValue
    const next: BulletinValue = { ...bulletin }

    const script = (next.script ?? '').trim()
    let audioId = relationId(next.audio)
    let audio =
      audioId === null
        ? null
        : await req.payload.findByID({ collection: cfg.audioSlug as never, id: audioId, depth: 0, req, overrideAccess: true, disableErrors: true })
    const isSynthesized = (audio as { source?: string } | null)?.source === 'synthesized'
    const hasScriptChanged = script !== (previous.script ?? '').trim()

    if (audio && isSynthesized && hasScriptChanged) {
      audio = null
      audioId = null
      next.audio = null
    }
    next.durationSeconds = (audio as { durationSeconds?: number } | null)?.durationSeconds ?? null

    if (audio && !isSynthesized) next.synthesisStatus = 'none'
    else if (!script) next.synthesisStatus = audio ? next.synthesisStatus : 'none'
    else if (!audio) next.synthesisStatus = 'queued'
    if (next.synthesisStatus !== 'failed') next.synthesisError = null

    return { ...data, [BULLETIN_FIELD_NAME]: next }
  }
