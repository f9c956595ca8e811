import type { PayloadRequest, TaskConfig } from 'payload'

import crypto from 'node:crypto'

import type { BulletinValue, Id, SanitizedBroadcastConfig } from '../types.js'

import { SYNTHESIS_WRITE_CONTEXT, TASK_SYNTHESIZE_BULLETIN } from '../defaults.js'
import { BULLETIN_FIELD_NAME } from '../fields/bulletinField.js'
import { normaliseForSpeech } from '../script/normaliseForSpeech.js'
import { loadAbbreviations } from '../utilities/loadAbbreviations.js'
import { MESSAGES } from '../utilities/messages.js'
import { findAudio } from '../utilities/findAudio.js'
import { relationId } from '../utilities/relationId.js'

type Input = { collection: string; id: string }

type AudioDoc = { id: Id; source?: string; durationSeconds?: number | null }

const bulletinOf = (doc: Record<string, unknown>): BulletinValue => (doc[BULLETIN_FIELD_NAME] ?? {}) as BulletinValue

/** The group written back whole, relationships as ids, so the update changes only what it means to. */
const writeBulletin = async ({ req, input, bulletin, patch }: { req: PayloadRequest; input: Input; bulletin: BulletinValue; patch: Partial<BulletinValue> }) =>
  req.payload.update({
    collection: input.collection as never,
    id: input.id,
    data: {
      [BULLETIN_FIELD_NAME]: {
        ...bulletin,
        audio: relationId(bulletin.audio),
        areas: (bulletin.areas ?? []).map((area) => relationId(area)),
        ...patch,
      },
    } as never,
    depth: 0,
    req,
    overrideAccess: true,
    context: { [SYNTHESIS_WRITE_CONTEXT]: true },
  })

/**
 * Reads a bulletin's script aloud with the configured synthesizer and stores the MP3 as the
 * bulletin's audio. Idempotent: a recording is never replaced, and audio already synthesized
 * from the same text and voice is reused instead of made twice. A failure is written on the
 * bulletin, then thrown so the queue retries.
 */
export const synthesizeBulletinTask = (cfg: SanitizedBroadcastConfig): TaskConfig<{ input: Input; output: { audioId: string; outcome: string } }> => ({
  slug: TASK_SYNTHESIZE_BULLETIN as never,
  retries: cfg.synthesisRetries,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'audioId', type: 'text' },
    { name: 'outcome', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const item = (await req.payload.findByID({
      collection: input.collection as never,
      id: input.id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })) as Record<string, unknown> | null
    if (!item) return { output: { audioId: '', outcome: 'item-gone' } }
    const bulletin = bulletinOf(item)

    const currentAudioId = relationId(bulletin.audio)
    if (currentAudioId !== null) {
      const current = await findAudio<AudioDoc>({ cfg, id: currentAudioId, req })
      if (current?.source === 'recording') return { output: { audioId: String(current.id), outcome: 'recording-kept' } }
    }

    const text = normaliseForSpeech(bulletin.script ?? '', { abbreviations: await loadAbbreviations({ cfg, req }) })
    if (!text) {
      await writeBulletin({ req, input, bulletin, patch: { synthesisStatus: 'failed', synthesisError: MESSAGES.scriptEmpty } })
      return { output: { audioId: '', outcome: 'empty-script' } }
    }
    const scriptSha256 = crypto.createHash('sha256').update(`${cfg.voice}\n${text}`).digest('hex')

    let audio: AudioDoc | undefined = (
      await req.payload.find({
        collection: cfg.audioSlug as never,
        where: { and: [{ scriptSha256: { equals: scriptSha256 } }, { source: { equals: 'synthesized' } }] },
        limit: 1,
        depth: 0,
        req,
        overrideAccess: true,
      })
    ).docs[0] as AudioDoc | undefined

    if (!audio) {
      let bytes: Uint8Array
      try {
        bytes = await cfg.synthesize({ text, voice: cfg.voice })
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err)
        req.payload.logger.error({ msg: `[broadcast] synthesis failed for ${input.collection} ${input.id}`, err })
        await writeBulletin({ req, input, bulletin, patch: { synthesisStatus: 'failed', synthesisError: message } })
        throw err
      }
      audio = (await req.payload.create({
        collection: cfg.audioSlug as never,
        data: { source: 'synthesized', scriptSha256 } as never,
        file: {
          data: Buffer.from(bytes),
          mimetype: 'audio/mpeg',
          name: `${input.collection}-${input.id}-${scriptSha256.slice(0, 12)}.mp3`,
          size: bytes.byteLength,
        },
        depth: 0,
        req,
        overrideAccess: true,
      })) as unknown as AudioDoc
    }

    await writeBulletin({
      req,
      input,
      bulletin,
      patch: { audio: audio.id, durationSeconds: audio.durationSeconds ?? null, synthesisStatus: 'done', synthesisError: null },
    })
    return { output: { audioId: String(audio.id), outcome: 'synthesized' } }
  },
})
