/**
 * Rendered feeds, kept for `feedCacheSeconds` (option) or until the next publish, update or
 * retraction in this process. Other app instances notice a publish through that short lifetime
 * (the ETag is a hash of the items, so a stale copy is never served with a fresh ETag).
 * Hosts with a shared cache of their own set the lifetime to 0.
 */
type Entry = { body: string; contentType: string; etag: string; lastModified: Date; storedAt: number }

const entries = new Map<string, Entry>()

export const readFeedCache = (key: string, lifetimeSeconds: number, now = Date.now()): Entry | undefined => {
  const entry = entries.get(key)
  if (entry && now - entry.storedAt < lifetimeSeconds * 1000) return entry
  entries.delete(key)
  return undefined
}

export const writeFeedCache = (key: string, entry: Omit<Entry, 'storedAt'>, lifetimeSeconds: number): void => {
  if (lifetimeSeconds > 0) entries.set(key, { ...entry, storedAt: Date.now() })
}

export const clearFeedCache = (): void => entries.clear()
