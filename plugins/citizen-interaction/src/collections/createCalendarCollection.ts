import type { CollectionConfig } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { SanitizedCitizenConfig } from '../types.js'

import { adminAccess, staffAccess } from '../access/fromDecision.js'
import { LIMITS } from '../defaults.js'
import { isLocalDate } from '../utilities/workingCalendar.js'
import { label, staticLabel } from '../utilities/label.js'

/**
 * The year's official changes to the working calendar (an extra day off for Tết, a Saturday
 * worked in exchange for a bridge day), as the government announces them. Fixed and lunar
 * public holidays need no row: the calendar computes them.
 */
export const createCalendarCollection = (cfg: SanitizedCitizenConfig): CollectionConfig => {
  const base: CollectionConfig = {
    slug: cfg.calendarSlug,
    labels: { singular: label('calendarChange'), plural: label('calendarChanges') },
    admin: { useAsTitle: 'date', defaultColumns: ['date', 'kind', 'note'], group: staticLabel('groupCitizens'), description: staticLabel('calendarNotice') },
    access: { read: staffAccess(cfg), create: adminAccess(cfg), update: adminAccess(cfg), delete: adminAccess(cfg) },
    fields: [
      {
        name: 'date',
        type: 'text',
        required: true,
        unique: true,
        label: label('date'),
        admin: { placeholder: 'YYYY-MM-DD' },
        validate: (value: null | string | undefined) =>
          isLocalDate(value) || 'Ngày phải có dạng YYYY-MM-DD (ví dụ 2027-02-05) — the date must read YYYY-MM-DD (e.g. 2027-02-05)',
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        label: label('kind'),
        options: [
          { value: 'day_off', label: label('kindDayOff') },
          { value: 'working_day', label: label('kindWorkingDay') },
        ],
      },
      { name: 'note', type: 'text', maxLength: LIMITS.note, label: label('note') },
    ],
  }
  return applyCollectionOverrides(base, cfg.calendarOverrides)
}
