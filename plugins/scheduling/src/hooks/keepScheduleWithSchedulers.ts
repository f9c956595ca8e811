import type { FieldHook } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

/**
 * A change to a schedule field by someone `canSchedule` refuses is undone before field access
 * runs: the stored value comes back (nothing on a create, a duplicate included). Field access
 * alone would drop the value, and on a version restore a dropped value is saved as empty,
 * which would let anyone clear a manager's schedule by restoring.
 */
export const keepScheduleWithSchedulers =
  ({ cfg, isSame }: { cfg: SanitizedSchedulingConfig; isSame: (a: unknown, b: unknown) => boolean }): FieldHook =>
  async ({ data, operation, originalDoc, overrideAccess, previousValue, req, value }) => {
    if (overrideAccess) return value
    const before = operation === 'create' ? undefined : previousValue
    if (isSame(value, before)) return value
    const doc = { ...(originalDoc as Record<string, unknown> | undefined), ...(data as Record<string, unknown> | undefined) }
    if (await cfg.canSchedule({ doc, req })) return value
    return before ?? null
  }
