import type { TaskConfig } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

import { processDueItems } from '../utilities/processDueItems.js'

/**
 * The due-items sweep as a Payload task, scheduled by cron on its own queue. Input `now` (ISO)
 * lets tests and replays act as of a given moment; without it the task follows the clock (and
 * keeps taking items that fall due while it runs).
 * Safe to run on any number of workers at once (see processDueItems).
 */
type PublishDueItemsIO = {
  input: { now?: string | null }
  output: { claimedElsewhere: number; failed: number; published: number; refused: number; unpublished: number }
}

export const publishDueItemsTask = (cfg: SanitizedSchedulingConfig): TaskConfig<PublishDueItemsIO> => ({
  slug: cfg.taskSlug,
  label: 'Xuất bản / gỡ bài đến hạn — publish and unpublish due items',
  inputSchema: [{ name: 'now', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }],
  outputSchema: [
    { name: 'published', type: 'number' },
    { name: 'unpublished', type: 'number' },
    { name: 'refused', type: 'number' },
    { name: 'claimedElsewhere', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  // The next scheduled run is the retry: a failed item is found again a second later.
  retries: 0,
  schedule: cfg.disabled ? [] : [{ cron: cfg.cron, queue: cfg.queue }],
  handler: async ({ input, req }) => {
    const now = input?.now
    const result = await processDueItems({ cfg, now: now ? new Date(now) : undefined, payload: req.payload, req })
    return {
      output: {
        claimedElsewhere: result.claimedElsewhere,
        failed: result.failed,
        published: result.published.length,
        refused: result.refused.length,
        unpublished: result.unpublished.length,
      },
    }
  },
})
