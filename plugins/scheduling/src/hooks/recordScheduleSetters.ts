import type { CollectionBeforeChangeHook } from 'payload'

import { SCHEDULE_SETTER_FIELDS } from '../defaults.js'
import { idOf } from '@loa/helpers'
import { timeOf } from '../utilities/paths.js'

/**
 * Records who set each time: the request's user when the time is new or changed (field access
 * has already kept out anyone not allowed), the previous setter when it is unchanged, nobody
 * when it is empty. Server code without a user (imports) may name the setter itself. The
 * scheduler acts only on a time whose setter may still schedule the item.
 */
export const recordScheduleSetters: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  for (const [timeField, setterField] of SCHEDULE_SETTER_FIELDS) {
    const time = timeOf(timeField in data ? data[timeField] : originalDoc?.[timeField])
    const before = operation === 'create' ? undefined : timeOf(originalDoc?.[timeField])
    if (time === undefined) data[setterField] = null
    else if (time !== before) data[setterField] = req.user ? req.user.id : (idOf(data[setterField]) ?? null)
    else data[setterField] = idOf(originalDoc?.[setterField]) ?? null
  }
  return data
}
