import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

import { MESSAGES } from '../utilities/messages.js'
import { readAudio } from '../utilities/readAudio.js'

/**
 * Every file that reaches the audio collection is decoded before anything is written: a file
 * that does not decode as MP3, WAV or M4A, or that plays longer than the maximum, is refused
 * with a 400 naming the `file` field. The duration, container and checksum come from the same
 * decoding, so no one can type them.
 */
export const decodeAudioUpload =
  (cfg: SanitizedBroadcastConfig): CollectionBeforeValidateHook =>
  async ({ collection, data, operation, req }) => {
    const file = req.file
    if (!file) {
      if (operation === 'create') throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: MESSAGES.audioMissing }], req })
      return data
    }
    const facts = await readAudio(new Uint8Array(file.data.buffer, file.data.byteOffset, file.data.byteLength))
    if (!facts) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: MESSAGES.audioDoesNotDecode }], req })
    if (facts.durationSeconds > cfg.maxDurationSeconds)
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'file', message: MESSAGES.audioTooLong(cfg.maxDurationSeconds, facts.durationSeconds) }],
        req,
      })
    return { ...data, durationSeconds: facts.durationSeconds, container: facts.container, codec: facts.codec, sha256: facts.sha256 }
  }
