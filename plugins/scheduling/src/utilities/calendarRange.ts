import { APIError } from 'payload'

import { addLocalMonths, parseLocalDateBound, startOfLocalMonth } from '@loa/helpers'

/** Longest span one calendar request may cover. */
export const MAX_CALENDAR_DAYS = 400

/**
 * Reads `from`/`to` (a local day "2024-10-01" or an ISO instant with offset); the current local
 * month when both are missing. Bad input is a 400 naming the parameter.
 */
export const calendarRange = ({ from, now = new Date(), timeZone, to }: { from?: string | null; now?: Date; timeZone: string; to?: string | null }) => {
  const start = from ? parseLocalDateBound(from, 'start', timeZone) : startOfLocalMonth(now, timeZone)
  if (!start) throw new APIError(`Tham số "from" không phải ngày hợp lệ (ví dụ 2024-10-01) — "from" is not a date`, 400, undefined, true)
  const end = to ? parseLocalDateBound(to, 'end', timeZone) : addLocalMonths(from ? start : startOfLocalMonth(now, timeZone), 1, timeZone)
  if (!end) throw new APIError(`Tham số "to" không phải ngày hợp lệ (ví dụ 2024-10-31) — "to" is not a date`, 400, undefined, true)
  if (end.getTime() <= start.getTime()) throw new APIError(`"to" phải sau "from" — "to" must be after "from"`, 400, undefined, true)
  if (end.getTime() - start.getTime() > MAX_CALENDAR_DAYS * 86_400_000) {
    throw new APIError(`Khoảng "from"–"to" tối đa ${MAX_CALENDAR_DAYS} ngày — "from" to "to" may span at most ${MAX_CALENDAR_DAYS} days`, 400, undefined, true)
  }
  return { from: start, to: end }
}
