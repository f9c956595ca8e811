import type { FieldAccess } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

/**
 * Field access of the schedule (publishAt, unpublishAt, scheduleOverride): `canSchedule`
 * decides. A value sent back unchanged on an update decides nothing and passes, so whole
 * documents (the admin form, a restored version) keep the schedule someone allowed set; the
 * admin, asking without a value, shows the field read-only to everyone else.
 */
export const canSetScheduleField =
  ({ cfg, isSame, name }: { cfg: SanitizedSchedulingConfig; isSame: (a: unknown, b: unknown) => boolean; name: string }): FieldAccess =>
  async ({ data, doc, id, req, siblingData }) => {
    const stored = doc as Record<string, unknown> | undefined
    if (id !== undefined && siblingData && name in siblingData && isSame(siblingData[name], stored?.[name])) return true
    return Boolean(await cfg.canSchedule({ doc: { ...stored, ...(data as Record<string, unknown> | undefined) }, req }))
  }
