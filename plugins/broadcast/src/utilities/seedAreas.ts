import type { Payload } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

import { isMissingTable } from './isMissingTable.js'

/**
 * Fills an empty areas collection with the configured communes and wards at start-up. An
 * areas collection that has any row is the province's own list and is left alone. Several
 * instances may start at once: a row another instance wrote first (the code is unique) is
 * skipped, not an error that stops the start. A database whose migrations have not run yet
 * has no areas table: nothing is seeded then (the start goes on, the log says why) and the next
 * start, after the migration, seeds.
 */
export const seedAreas = async ({ cfg, payload }: { cfg: SanitizedBroadcastConfig; payload: Payload }): Promise<number> => {
  if (!cfg.areasSeed || !cfg.areasSeed.length) return 0
  let existing: { totalDocs: number }
  try {
    existing = await payload.count({ collection: cfg.areasSlug as never, overrideAccess: true })
  } catch (err) {
    if (!isMissingTable(err)) throw err
    payload.logger.warn(`[broadcast] ${cfg.areasSlug} not seeded: its table does not exist yet (run the migrations; the next start seeds it)`)
    return 0
  }
  if (existing.totalDocs > 0) return 0
  let created = 0
  for (const area of cfg.areasSeed) {
    try {
      await payload.create({ collection: cfg.areasSlug as never, data: { code: area.code, name: area.name } as never, depth: 0, overrideAccess: true })
      created++
    } catch (err) {
      const isThere = await payload.count({ collection: cfg.areasSlug as never, where: { code: { equals: area.code } }, overrideAccess: true })
      if (!isThere.totalDocs) throw err
    }
  }
  return created
}
