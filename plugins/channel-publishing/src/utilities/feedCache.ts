/**
 * Rendered feeds, kept until the next publish, update or retraction in this process. Other
 * app instances notice a publish through the short lifetime below (the ETag is a hash of the
 * items, so a stale copy is never served with a fresh ETag).
 */
type Entry = { body: string; contentType: string; etag: string; lastModified: Date; storedAt: number }

const entries = new Map<string, Entry>()
const LIFETIME_MS = 60_000

export const readFeedCache = (key: string, now = Date.now()): Entry | undefined => {
  const entry = entries.get(key)
  if (entry && now - entry.storedAt < LIFETIME_MS) return entry
  entries.delete(key)
  return undefined
}

export const writeFeedCache = (key: string, entry: Omit<Entry, 'storedAt'>): void => {
  entries.set(key, { ...entry, storedAt: Date.now() })
}

export const clearFeedCache = (): void => entries.clear()
