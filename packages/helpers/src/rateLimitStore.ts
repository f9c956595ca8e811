/**
 * Where a plugin's rate limits keep count. A plugin asks only "one more attempt for this key:
 * allowed?", so the counts may live anywhere: the memory store keeps them in this process (each
 * app instance counts on its own); a store shared by every instance (a table in the database,
 * Redis) makes the limits hold however many instances run. Every Loa plugin takes this shape,
 * so a host passes one store to all of them.
 */

/** One sliding window: at most `max` attempts per `windowMs` milliseconds. */
export type RateLimit = {
  /** Attempts allowed inside one window. */
  max: number
  /** Length of the sliding window in milliseconds. */
  windowMs: number
}

export type RateLimitVerdict = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

export type RateLimitStore = {
  /** Counts one attempt for `key` at `now` (ms) unless `limit.max` attempts already fell within the last `limit.windowMs`. */
  hit: (args: { key: string; limit: RateLimit; now: number }) => Promise<RateLimitVerdict>
}

const SWEEP_EVERY = 1000

/** Sliding windows in this process's memory. */
export const createMemoryRateLimitStore = (): RateLimitStore => {
  const hits = new Map<string, number[]>()
  let calls = 0
  let longestWindowMs = 0

  const sweep = (now: number) => {
    for (const [key, times] of hits) {
      if (!times.length || times[times.length - 1]! <= now - longestWindowMs) hits.delete(key)
    }
  }

  return {
    hit: async ({ key, limit, now }) => {
      calls += 1
      longestWindowMs = Math.max(longestWindowMs, limit.windowMs)
      if (calls % SWEEP_EVERY === 0) sweep(now)
      const recent = (hits.get(key) ?? []).filter((time) => time > now - limit.windowMs)
      if (recent.length >= limit.max) {
        hits.set(key, recent)
        return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + limit.windowMs - now) / 1000)) }
      }
      recent.push(now)
      hits.set(key, recent)
      return { isAllowed: true }
    },
  }
}
