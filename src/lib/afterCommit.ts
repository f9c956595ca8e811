/**
 * Work to do once a request's writes are committed — never before, and never when they roll
 * back: telling other instances that public content changed, for one. Payload has hooks before
 * the commit only (afterChange runs inside the transaction), so Loa's transaction tracking
 * (pinQueriesToRequestTransaction.ts) settles these callbacks at COMMIT and ROLLBACK.
 */
import type { PayloadRequest } from 'payload'

type Callback = () => void

const pending = new Map<string, Callback[]>()
const trackedAdapters = new WeakSet<object>()

/** Marks an adapter whose commits and rollbacks settle the callbacks below. */
export const trackCommitsOf = (adapter: object): void => {
  trackedAdapters.add(adapter)
}

/** Runs `callback` after the request's transaction commits (at once when it has none). */
export const runAfterCommit = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, callback: Callback): Promise<void> => {
  const id = req.transactionID ? await req.transactionID : undefined
  const sessions = (req.payload.db as { sessions?: Record<string, unknown> }).sessions
  const isOpen = id !== undefined && id !== null && Boolean(sessions?.[String(id)])
  if (!isOpen || !trackedAdapters.has(req.payload.db)) {
    callback()
    return
  }
  const callbacks = pending.get(String(id)) ?? []
  callbacks.push(callback)
  pending.set(String(id), callbacks)
}

/** Called by the transaction tracking once a transaction has ended. */
export const settleAfterCommit = (id: unknown, isCommitted: boolean): void => {
  const callbacks = pending.get(String(id))
  pending.delete(String(id))
  if (!isCommitted || !callbacks) return
  for (const callback of callbacks) {
    try {
      callback()
    } catch {
      // One listener's failure must not stop the others; each logs its own.
    }
  }
}
