import type { Payload } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

import { isMissingTable } from './isMissingTable.js'

/**
 * Puts the default alert templates into an empty templates collection at start-up; a
 * collection with any row is the province's own and is left alone. One write per template
 * (four), so a start pays nothing once they exist but one count; several instances starting at
 * once skip the rows another wrote first.
 */
export const seedAlertTemplates = async ({ cfg, payload }: { cfg: SanitizedBroadcastConfig; payload: Payload }): Promise<number> => {
  const alerts = cfg.alerts
  if (!alerts || !alerts.templatesSeed.length) return 0
  try {
    const { totalDocs } = await payload.count({ collection: alerts.templatesSlug as never, overrideAccess: true })
    if (totalDocs > 0) return 0
  } catch (err) {
    if (!isMissingTable(err)) throw err
    payload.logger.warn(`[broadcast] ${alerts.templatesSlug} not seeded: its table does not exist yet (run the migrations; the next start seeds it)`)
    return 0
  }
  let created = 0
  for (const template of alerts.templatesSeed) {
    try {
      await payload.create({ collection: alerts.templatesSlug as never, data: template as never, depth: 0, overrideAccess: true })
      created++
    } catch (err) {
      // Another instance starting at the same moment wrote it first (names are unique).
      const isThere = await payload.count({ collection: alerts.templatesSlug as never, where: { name: { equals: template.name } }, overrideAccess: true })
      if (!isThere.totalDocs) throw err
    }
  }
  return created
}
