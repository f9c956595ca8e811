import type { PayloadRequest } from 'payload'

import type { CalendarChange, SanitizedCitizenConfig } from '../types.js'

import { asCollectionSlug } from './asCollectionSlug.js'
import { createWorkingCalendar, type WorkingCalendar } from './workingCalendar.js'

/** The calendar as it stands: holidays, the configured changes, and the changes admins recorded (which win). */
export const loadWorkingCalendar = async ({ cfg, req }: { cfg: SanitizedCitizenConfig; req: PayloadRequest }): Promise<WorkingCalendar> => {
  const { docs } = await req.payload.find({
    collection: asCollectionSlug(cfg.calendarSlug),
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const recorded = (docs as unknown as CalendarChange[]).map(({ date, kind }) => ({ date, kind }))
  const recordedDates = new Set(recorded.map((change) => change.date))
  return createWorkingCalendar({
    country: cfg.holidayCountry,
    timeZone: cfg.timeZone,
    changes: [...cfg.calendarChanges.filter((change) => !recordedDates.has(change.date)), ...recorded],
  })
}
