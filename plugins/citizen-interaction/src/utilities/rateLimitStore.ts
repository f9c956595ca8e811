/**
 * Where the question limits keep count. The plugin only asks "one more attempt for this key:
 * allowed?", so the counts may live anywhere: the default keeps them in this process's memory
 * (each instance counts on its own); a store shared by every instance (Redis, a database
 * table) makes the limits hold however many instances run. The shape is the one every Loa
 * plugin takes, so a host passes one store to all of them.
 */
import type { RateLimit } from '../types.js'

export type RateLimitVerdict = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

export type RateLimitStore = {
  /** Counts one attempt for `key` at `now` (ms) unless `limit.max` attempts already fell within the last `limit.windowMs`. */
  hit: (args: { key: string; limit: RateLimit; now: number }) => Promise<RateLimitVerdict>
}

/** Fixed windows in this process's memory, each starting with its first attempt. */
export const createMemoryRateLimitStore = (): RateLimitStore => {
  const windows = new Map<string, { startedAt: number; count: number }>()
  return {
    hit: async ({ key, limit, now }) => {
      const current = windows.get(key)
      if (!current || current.startedAt <= now - limit.windowMs) {
        // Forget finished windows now and then, so the map does not grow with every client ever seen.
        if (windows.size > 10_000) for (const [k, w] of windows) if (w.startedAt <= now - limit.windowMs) windows.delete(k)
        windows.set(key, { startedAt: now, count: 1 })
        return { isAllowed: true }
      }
      if (current.count >= limit.max) {
        return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((current.startedAt + limit.windowMs - now) / 1000)) }
      }
      current.count += 1
      return { isAllowed: true }
    },
  }
}
