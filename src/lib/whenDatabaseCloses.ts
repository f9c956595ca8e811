/**
 * Runs `close` when Payload closes its database (payload.destroy(), a test's cleanup, a worker
 * stopping), for connections Loa opens beside Payload's own: the public cache's listener, the
 * shared rate-limit store's pool.
 */
import type { Payload } from 'payload'

export const whenDatabaseCloses = (payload: Payload, close: () => Promise<void>): void => {
  const db = payload.db as unknown as { destroy?: () => Promise<void> }
  const destroy = db.destroy?.bind(db)
  db.destroy = async () => {
    await close().catch(() => undefined)
    await destroy?.()
  }
}
