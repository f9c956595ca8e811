/**
 * Counts the database adapter's calls while it runs (reads and writes, by method): the profile
 * of a piece of work at the level Payload talks to the database.
 */
import type { Payload } from 'payload'

const READS = ['count', 'countVersions', 'find', 'findDistinct', 'findOne', 'findVersions', 'queryDrafts']
const WRITES = ['create', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions', 'updateJobs', 'updateMany', 'updateOne', 'updateVersion', 'upsert']

export const countDatabaseCalls = (payload: Payload) => {
  const counts = { reads: 0, writes: 0, byMethod: {} as Record<string, number> }
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
  const originals = new Map<string, (...args: unknown[]) => unknown>()
  for (const method of [...READS, ...WRITES]) {
    const original = db[method]
    if (typeof original !== 'function') continue
    originals.set(method, original)
    db[method] = function (this: unknown, ...args: unknown[]) {
      counts.byMethod[method] = (counts.byMethod[method] ?? 0) + 1
      if (READS.includes(method)) counts.reads += 1
      else counts.writes += 1
      return original.apply(this, args)
    }
  }
  return {
    ...counts,
    get reads() {
      return counts.reads
    },
    get writes() {
      return counts.writes
    },
    stop: () => {
      for (const [method, original] of originals) db[method] = original
    },
  }
}
