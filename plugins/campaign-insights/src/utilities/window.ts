/** The report period: `from`/`to` from the query, or the campaign's own period by default. */
import { APIError } from 'payload'

import type { Window } from '../types.js'

import { addLocalDays, parseLocalDateBound, startOfLocalDay } from '@loa/helpers'

type Period = { end?: string | null; start?: string | null } | null | undefined

/** A period given by its first and last moments, widened to whole local days. */
export const periodWindow = (period: Period, fallback: Window): Window => ({
  from: period?.start ? startOfLocalDay(period.start) : fallback.from,
  to: period?.end ? addLocalDays(startOfLocalDay(period.end), 1) : fallback.to,
})

export const intersect = (a: Window, b: Window): Window => {
  const from = new Date(Math.max(a.from.getTime(), b.from.getTime()))
  const to = new Date(Math.min(a.to.getTime(), b.to.getTime()))
  return { from, to: to < from ? from : to }
}

const badDate = (name: string, value: string) =>
  new APIError(
    `Tham số "${name}" không phải ngày hợp lệ (DD/MM/YYYY, YYYY-MM-DD hoặc ISO 8601): "${value.slice(0, 40)}" — "${name}" is not a valid date`,
    400,
    undefined,
    true,
  )

/** Reads `from` and `to`; 400 naming the parameter when one is not a date or they are reversed. */
export const windowFromQuery = (query: Record<string, unknown>, campaignPeriod: Period, now: Date): Window => {
  const fallback = periodWindow(campaignPeriod, { from: new Date('2000-01-01T00:00:00Z'), to: now })
  const read = (name: 'from' | 'to'): Date | undefined => {
    const raw = query[name]
    if (raw === undefined || raw === '') return undefined
    if (typeof raw !== 'string') throw badDate(name, String(raw))
    const parsed = parseLocalDateBound(raw, name === 'from' ? 'start' : 'end')
    if (!parsed) throw badDate(name, raw)
    return parsed
  }
  const window = { from: read('from') ?? fallback.from, to: read('to') ?? fallback.to }
  if (window.to.getTime() <= window.from.getTime()) {
    throw new APIError('Tham số "to" phải sau "from" — "to" must be after "from"', 400, undefined, true)
  }
  return window
}
