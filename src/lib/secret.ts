/**
 * PAYLOAD_SECRET signs sessions. Production must set it; development gets a random one that
 * is kept in data/.payload-secret so logins survive a restart.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const resolvePayloadSecret = (): string => {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) {
    if (process.env.NODE_ENV === 'production' && fromEnv.length < 32) {
      throw new Error('[loa] PAYLOAD_SECRET must be at least 32 characters in production (try: openssl rand -hex 32).')
    }
    return fromEnv
  }
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('[loa] PAYLOAD_SECRET is required in production: set it to a long random string (try: openssl rand -hex 32).')
  }
  const file = path.resolve(process.env.LOA_DATA_DIR || 'data', '.payload-secret')
  try {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored) return stored
  } catch {
    // First start: no secret yet.
  }
  const generated = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, generated, { mode: 0o600 })
  return generated
}
