import type { SanitizedChannelPublishingConfig } from '../types.js'

/**
 * Delay before the next attempt after `attempts` tries: exponential, capped, with jitter
 * so that many deliveries failing together do not come back together.
 */
export const backoffDelayMs = (attempts: number, retry: SanitizedChannelPublishingConfig['retry'], random = Math.random): number => {
  const exponential = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** Math.max(0, attempts - 1))
  const spread = 1 + retry.jitter * (random() * 2 - 1)
  return Math.max(1000, Math.round(exponential * spread))
}
