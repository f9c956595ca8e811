/**
 * The one module that does time-zone arithmetic. Everything is stored in UTC and shown and
 * scheduled in the province's zone (Asia/Ho_Chi_Minh unless configured otherwise).
 */
import { TZDate, tz } from '@date-fns/tz'
import { addDays, addMonths, format, startOfDay, startOfMonth, startOfWeek } from 'date-fns'
import { vi } from 'date-fns/locale'

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** The zone Loa shows and schedules in: `LOA_TIME_ZONE` or Asia/Ho_Chi_Minh. */
export const loaTimeZone = (): string => process.env.LOA_TIME_ZONE || DEFAULT_TIME_ZONE

// date-fns' vi locale capitalises every word ("Thứ Bảy"); portals print "Thứ bảy".
const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']

const toDate = (value: Date | string | number): Date => (value instanceof Date ? value : new Date(value))

/** "GMT+7", "GMT-3:30", "GMT" for the zone's offset at that moment. */
export const gmtOffsetLabel = (value: Date | string | number, timeZone = loaTimeZone()): string => {
  const offsetMinutes = -new TZDate(toDate(value).getTime(), timeZone).getTimezoneOffset()
  if (offsetMinutes === 0) return 'GMT'
  const sign = offsetMinutes > 0 ? '+' : '-'
  const hours = Math.floor(Math.abs(offsetMinutes) / 60)
  const minutes = Math.abs(offsetMinutes) % 60
  return `GMT${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`
}

/** As Vietnamese portals print a moment: "Thứ bảy, 05/10/2024 | 13:05 - GMT+7". */
export const formatVietnameseDateTime = (value: Date | string | number, timeZone = loaTimeZone()): string => {
  const date = toDate(value)
  const inZone = new TZDate(date.getTime(), timeZone)
  const weekday = WEEKDAYS[inZone.getDay()]
  return `${weekday}, ${format(date, 'dd/MM/yyyy | HH:mm', { in: tz(timeZone) })} - ${gmtOffsetLabel(date, timeZone)}`
}

/** "05/10/2024" in the zone: the short form used in tables and reports. */
export const formatVietnameseDate = (value: Date | string | number, timeZone = loaTimeZone()): string =>
  format(toDate(value), 'dd/MM/yyyy', { in: tz(timeZone) })

/** The long month name in Vietnamese ("tháng 10 2024") for headings. */
export const formatVietnameseMonth = (value: Date | string | number, timeZone = loaTimeZone()): string =>
  format(toDate(value), 'LLLL yyyy', { in: tz(timeZone), locale: vi })

/** Midnight of the local calendar day that contains `value`, as a UTC instant. */
export const startOfLocalDay = (value: Date | string | number, timeZone = loaTimeZone()): Date =>
  new Date(startOfDay(toDate(value), { in: tz(timeZone) }).getTime())

/** Monday 00:00 local of the week that contains `value`, as a UTC instant. */
export const startOfLocalWeek = (value: Date | string | number, timeZone = loaTimeZone()): Date =>
  new Date(startOfWeek(toDate(value), { in: tz(timeZone), weekStartsOn: 1 }).getTime())

/** The 1st 00:00 local of the month that contains `value`, as a UTC instant. */
export const startOfLocalMonth = (value: Date | string | number, timeZone = loaTimeZone()): Date =>
  new Date(startOfMonth(toDate(value), { in: tz(timeZone) }).getTime())

/** `days` local calendar days later (DST-safe where the zone has DST). */
export const addLocalDays = (value: Date | string | number, days: number, timeZone = loaTimeZone()): Date =>
  new Date(addDays(new TZDate(toDate(value).getTime(), timeZone), days).getTime())

/** A wall-clock time in the zone ("2024-10-05T13:05") as the UTC instant it denotes. */
export const fromLocalWallTime = (wallTime: string, timeZone = loaTimeZone()): Date => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(wallTime)
  if (!match) throw new Error(`Not a local date-time: "${wallTime}"`)
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match
  return new Date(new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), timeZone).getTime())
}

/** ISO week key "2024-W40" of the local week containing `value`, for weekly roll-ups. */
export const localIsoWeekKey = (value: Date | string | number, timeZone = loaTimeZone()): string => format(toDate(value), "RRRR-'W'II", { in: tz(timeZone) })

/** The zone's offset from UTC in minutes at that moment (+420 for GMT+7). */
export const utcOffsetMinutes = (value: Date | string | number, timeZone = loaTimeZone()): number =>
  -new TZDate(toDate(value).getTime(), timeZone).getTimezoneOffset()

/**
 * The moment as a date that reads its wall clock in `timeZone` (a TZDate): libraries that
 * understand zoned dates (ical-generator) then write the local time with its TZID.
 */
export const inTimeZone = (value: Date | string | number, timeZone = loaTimeZone()): TZDate => new TZDate(toDate(value).getTime(), timeZone)

/**
 * True when the zone keeps one offset through the year after `around` (no daylight saving),
 * as Asia/Ho_Chi_Minh has since 1975. Such a zone can be described by a single offset.
 */
export const hasFixedOffset = (timeZone = loaTimeZone(), around: Date | string | number = Date.now()): boolean => {
  const first = utcOffsetMinutes(around, timeZone)
  return Array.from({ length: 12 }, (_, month) => addDays(toDate(around), month * 31)).every((moment) => utcOffsetMinutes(moment, timeZone) === first)
}

/** "+0700", "-0330": the offset as iCalendar's TZOFFSETFROM/TZOFFSETTO write it. */
export const icalUtcOffset = (value: Date | string | number, timeZone = loaTimeZone()): string => {
  const minutes = utcOffsetMinutes(value, timeZone)
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
}

/**
 * Reads a `from`/`to` query parameter: a local calendar day ("2024-10-01", or day first as
 * Vietnamese write it, "01/10/2024") or an ISO instant
 * with its offset ("2024-10-01T00:00:00Z"). A day used as an end bound means "through that
 * day", so it becomes the next local midnight (bounds are half-open: [from, to)).
 * Undefined when the text is not a date.
 */
export const parseLocalDateBound = (text: string, edge: 'end' | 'start', timeZone = loaTimeZone()): Date | undefined => {
  const value = text.trim()
  // A day as ISO (2026-12-31) or as Vietnamese write it (31/12/2026).
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const writtenDay = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  const day = isoDay ? isoDay.slice(1, 4) : writtenDay ? [writtenDay[3], writtenDay[2], writtenDay[1]] : undefined
  if (day) {
    const [y, mo, d] = day
    const start = new TZDate(Number(y), Number(mo) - 1, Number(d), 0, 0, 0, timeZone)
    // TZDate rolls 2024-02-31 over to March: refuse days that do not exist.
    if (start.getFullYear() !== Number(y) || start.getMonth() !== Number(mo) - 1 || start.getDate() !== Number(d)) return undefined
    return edge === 'start' ? new Date(start.getTime()) : addLocalDays(start, 1, timeZone)
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return undefined
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? undefined : instant
}

/** The Monday-00:00-local week starts of every week that overlaps [from, to). */
export const localWeekStartsBetween = (from: Date | string | number, to: Date | string | number, timeZone = loaTimeZone()): Date[] => {
  const end = toDate(to).getTime()
  const weeks: Date[] = []
  if (toDate(from).getTime() >= end) return weeks
  for (let week = startOfLocalWeek(from, timeZone); week.getTime() < end; week = addLocalDays(week, 7, timeZone)) weeks.push(week)
  return weeks
}

/** "Tuần 40 (30/09 – 06/10/2024)": a local week as Vietnamese reports name it. */
export const formatVietnameseWeek = (weekStart: Date | string | number, timeZone = loaTimeZone()): string => {
  const start = startOfLocalWeek(weekStart, timeZone)
  const sunday = addLocalDays(start, 6, timeZone)
  return `Tuần ${format(start, 'I', { in: tz(timeZone) })} (${format(start, 'dd/MM', { in: tz(timeZone) })} – ${formatVietnameseDate(sunday, timeZone)})`
}

/** "2024-10-05": the local calendar day of a moment, to group a calendar's entries by day. */
export const localDateKey = (value: Date | string | number, timeZone = loaTimeZone()): string => format(toDate(value), 'yyyy-MM-dd', { in: tz(timeZone) })

/** "13:05": the local time of day of a moment. */
export const formatLocalTime = (value: Date | string | number, timeZone = loaTimeZone()): string => format(toDate(value), 'HH:mm', { in: tz(timeZone) })

/** `months` local calendar months later, same day and time where the month has it. */
export const addLocalMonths = (value: Date | string | number, months: number, timeZone = loaTimeZone()): Date =>
  new Date(addMonths(new TZDate(toDate(value).getTime(), timeZone), months).getTime())
