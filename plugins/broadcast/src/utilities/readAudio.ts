import crypto from 'node:crypto'

import { ACCEPTED_CONTAINERS } from '../defaults.js'

export type AudioFacts = { container: string; codec: null | string; durationSeconds: number; sha256: string }

/**
 * Decodes the bytes (the name and the declared type are ignored: the content decides) and
 * returns what the bulletin needs, or null when they are not MP3, WAV or M4A audio with a
 * duration.
 */
export const readAudio = async (bytes: Uint8Array): Promise<AudioFacts | null> => {
  let format
  try {
    // Loaded on the first recording, not when the server starts.
    const { parseBuffer } = await import('music-metadata')
    ;({ format } = await parseBuffer(bytes, undefined, { duration: true, skipCovers: true }))
  } catch {
    return null
  }
  const container = format.container ?? ''
  const isAccepted = ACCEPTED_CONTAINERS.includes(container) || container.startsWith('M4A')
  const durationSeconds = format.duration ?? 0
  if (!isAccepted || !(durationSeconds > 0) || !format.numberOfChannels) return null
  return {
    container,
    codec: format.codec ?? null,
    durationSeconds: Math.round(durationSeconds * 100) / 100,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
  }
}
