import type { Payload } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

/**
 * Fills an empty areas collection with the configured communes and wards at start-up. An
 * areas collection that has any row is the province's own list and is left alone. Several
 * instances may start at once: a row another instance wrote first (the code is unique) is
 * skipped, not an error that stops the start.
 */
export const seedAreas = async ({ cfg, payload }: { cfg: SanitizedBroadcastConfig; payload: Payload }): Promise<number> => {
  if (!cfg.areasSeed || !cfg.areasSeed.length) return 0
  const existing = await payload.count({ collection: cfg.areasSlug as never, overrideAccess: true })
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
