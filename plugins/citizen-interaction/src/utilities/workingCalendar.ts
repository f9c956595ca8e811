/**
 * The Vietnamese working-day calendar that question deadlines are counted on: Saturdays and
 * Sundays off, the public holidays of the Labour Code (1/1, Tết Nguyên Đán, Giỗ Tổ Hùng Vương
 * on 10/3 of the lunar year, 30/4, 1/5, 2/9 and the day next to it) as `date-holidays` computes
 * them (lunar dates included), then each year's official changes on top: extra days off and
 * weekend days worked in exchange, which the government announces every year and an admin
 * records as data.
 *
 * Days are local calendar dates (`YYYY-MM-DD`) in the calendar's time zone: a question sent at
 * 23:30 on a Friday in Hà Nội arrived on Friday, whatever the UTC date.
 */
import { TZDate } from '@date-fns/tz'
import Holidays from 'date-holidays'

import type { CalendarChange } from '../types.js'

export type WorkingCalendar = {
  /** Whether staff work on this local date. */
  isWorkingDay: (localDate: string) => boolean
  /** The local date `count` working days after the local day of `from` (that day itself not counted). */
  addWorkingDays: (from: Date, count: number) => string
  /** How many working days from the local day of `from` (not counted) to that of `to` (counted): 0 on the same day. */
  workingDaysBetween: (from: Date, to: Date) => number
  /** The public holidays of a year, as local dates. */
  holidaysOf: (year: number) => ReadonlySet<string>
  /** The local date of an instant. */
  localDateOf: (instant: Date) => string
  /** The last moment of a local date, as an instant: a deadline holds until the end of its day. */
  endOfLocalDate: (localDate: string) => Date
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const isLocalDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

// Calendar arithmetic on dates without a time: UTC midnight stands for the date itself.
const nextLocalDate = (localDate: string): string => {
  const date = new Date(`${localDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

const weekdayOf = (localDate: string): number => new Date(`${localDate}T00:00:00Z`).getUTCDay()

const isWeekend = (localDate: string): boolean => {
  const weekday = weekdayOf(localDate)
  return weekday === 0 || weekday === 6
}

/**
 * The National Day holiday is 2/9 "and one day before or after it" (Labour Code 2019, art.
 * 112), the government picking the day each year so that it meets a weekend: the day before
 * when 2/9 is a Tuesday or falls at or after the end of the week, the day after when it is a
 * Monday or Thursday (as in 2021, 2022, 2024, 2025). A year the government decides otherwise is
 * recorded as calendar data.
 */
const dayNextToNationalDay = (year: number): string => {
  const weekday = weekdayOf(`${year}-09-02`)
  return weekday === 1 || weekday === 4 ? `${year}-09-03` : `${year}-09-01`
}

// Holidays depend only on the country, zone and year: computed once per process, shared by
// every calendar (each request builds one with the current calendar changes).
const holidayEngines = new Map<string, Holidays>()
const holidaysByYear = new Map<string, Set<string>>()

const DAY_MS = 24 * 60 * 60 * 1000

const publicHolidaysOf = ({ country, timeZone, year }: { country: string; timeZone: string; year: number }): Set<string> => {
  const key = `${country}|${timeZone}|${year}`
  const known = holidaysByYear.get(key)
  if (known) return known
  let engine = holidayEngines.get(`${country}|${timeZone}`)
  if (!engine) {
    const [countryCode = '', state] = country.split('-')
    engine = state
      ? new Holidays(countryCode, state, { types: ['public'], timezone: timeZone })
      : new Holidays(countryCode, { types: ['public'], timezone: timeZone })
    holidayEngines.set(`${country}|${timeZone}`, engine)
  }
  const holidays = new Set<string>()
  // `date` is the first local day ("YYYY-MM-DD hh:mm:ss"); a holiday of several days (Tết,
  // five days from New Year's Eve) is one entry whose start and end span them.
  for (const holiday of engine.getHolidays(year) || []) {
    const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS))
    let day = holiday.date.slice(0, 10)
    for (let index = 0; index < days; index += 1) {
      holidays.add(day)
      day = nextLocalDate(day)
    }
  }
  if (country === 'VN' && holidays.has(`${year}-09-02`)) holidays.add(dayNextToNationalDay(year))

  // A holiday on a Saturday or Sunday is made up on the next working day (Labour Code 2019,
  // art. 111(3)), after any holidays that follow it.
  const compensatory = new Set<string>()
  for (const day of [...holidays].sort()) {
    if (!isWeekend(day)) continue
    let next = nextLocalDate(day)
    while (isWeekend(next) || holidays.has(next) || compensatory.has(next)) next = nextLocalDate(next)
    compensatory.add(next)
  }
  const all = new Set([...holidays, ...compensatory])
  holidaysByYear.set(key, all)
  return all
}

export const createWorkingCalendar = ({
  country,
  timeZone,
  changes = [],
}: {
  country: string
  timeZone: string
  changes?: readonly CalendarChange[]
}): WorkingCalendar => {
  const daysOff = new Set(changes.filter((c) => c.kind === 'day_off').map((c) => c.date))
  const workingDays = new Set(changes.filter((c) => c.kind === 'working_day').map((c) => c.date))
  const holidaysOf = (year: number): Set<string> => publicHolidaysOf({ country, timeZone, year })

  const isWorkingDay = (localDate: string): boolean => {
    if (workingDays.has(localDate)) return true
    if (daysOff.has(localDate)) return false
    if (isWeekend(localDate)) return false
    return !holidaysOf(Number(localDate.slice(0, 4))).has(localDate)
  }

  const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  const localDateOf = (instant: Date): string => dateFormat.format(instant)

  const addWorkingDays = (from: Date, count: number): string => {
    if (!Number.isInteger(count) || count < 0) throw new Error(`working days must be a whole number ≥ 0, got ${count}`)
    let day = localDateOf(from)
    let left = count
    while (left > 0) {
      day = nextLocalDate(day)
      if (isWorkingDay(day)) left -= 1
    }
    return day
  }

  const workingDaysBetween = (from: Date, to: Date): number => {
    const last = localDateOf(to)
    let day = localDateOf(from)
    let count = 0
    while (day < last) {
      day = nextLocalDate(day)
      if (isWorkingDay(day)) count += 1
    }
    return count
  }

  const endOfLocalDate = (localDate: string): Date => {
    const [year, month, day] = localDate.split('-').map(Number) as [number, number, number]
    return new Date(new TZDate(year, month - 1, day, 23, 59, 59, 999, timeZone).getTime())
  }

  return { isWorkingDay, addWorkingDays, workingDaysBetween, holidaysOf, localDateOf, endOfLocalDate }
}
