import type { Payload } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

/** The plugin's sanitized options, read back from a scheduled collection's `custom`. */
export const schedulingConfigFrom = (payload: Payload): SanitizedSchedulingConfig | undefined =>
  payload.config.collections.map((collection) => collection.custom?.scheduling as SanitizedSchedulingConfig | undefined).find(Boolean)

/**
 * Queues one due-items sweep to run right away: after downtime, whatever fell due is published
 * on start rather than at the next cron tick.
 */
export const queueCatchUpSweep = async (payload: Payload): Promise<void> => {
  const cfg = schedulingConfigFrom(payload)
  if (!cfg || cfg.disabled) return
  await payload.jobs.queue({ input: {} as never, queue: cfg.queue, task: cfg.taskSlug as never })
}
