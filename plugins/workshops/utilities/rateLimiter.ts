/**
 * Sliding-window counters kept in this process's memory. Enough for one app instance; with
 * several instances behind a load balancer each keeps its own window (a shared store such as
 * Redis would be needed for a global limit).
 */
import type { RateLimit } from '../types.js'

export type RateLimitVerdict = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

const SWEEP_EVERY = 1000

export const createRateLimiter = () => {
  const hits = new Map<string, number[]>()
  let calls = 0
  let longestWindowMs = 0

  const sweep = (now: number, longestWindowMs: number) => {
    for (const [key, times] of hits) {
      if (!times.length || times[times.length - 1] <= now - longestWindowMs) hits.delete(key)
    }
  }

  /** Counts one attempt for `key` unless the window is already full. */
  const hit = (key: string, limit: RateLimit, now = Date.now()): RateLimitVerdict => {
    calls += 1
    longestWindowMs = Math.max(longestWindowMs, limit.windowMs)
    if (calls % SWEEP_EVERY === 0) sweep(now, longestWindowMs)
    const recent = (hits.get(key) ?? []).filter((time) => time > now - limit.windowMs)
    if (recent.length >= limit.max) {
      hits.set(key, recent)
      return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + limit.windowMs - now) / 1000)) }
    }
    recent.push(now)
    hits.set(key, recent)
    return { isAllowed: true }
  }

  return { hit }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
