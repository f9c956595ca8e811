import type { CalendarMode } from './CalendarBoard.js'

import { addLocalDays, addLocalMonths, localDateKey, parseLocalDateBound, startOfLocalMonth, startOfLocalWeek } from '@loa/helpers'

export type CalendarPeriod = {
  mode: CalendarMode
  /** The month's 1st or the week's Monday, local midnight. */
  periodStart: Date
  /** Whole weeks covering the period: what the grid shows and the data covers. */
  gridFrom: Date
  gridTo: Date
  nav: { previous: string; next: string; today: string }
}

/**
 * The month or week a calendar request asks for (`view=month|week`, `date=2024-10-05`), as
 * whole Monday-to-Sunday weeks in the zone. Unreadable input falls back to the current month.
 */
export const calendarPeriod = ({ date, now = new Date(), timeZone, view }: { date?: string; now?: Date; timeZone: string; view?: string }): CalendarPeriod => {
  const mode: CalendarMode = view === 'week' ? 'week' : 'month'
  const anchor = (date && parseLocalDateBound(date, 'start', timeZone)) || now
  if (mode === 'week') {
    const periodStart = startOfLocalWeek(anchor, timeZone)
    return {
      mode,
      periodStart,
      gridFrom: periodStart,
      gridTo: addLocalDays(periodStart, 7, timeZone),
      nav: {
        previous: localDateKey(addLocalDays(periodStart, -7, timeZone), timeZone),
        next: localDateKey(addLocalDays(periodStart, 7, timeZone), timeZone),
        today: localDateKey(now, timeZone),
      },
    }
  }
  const periodStart = startOfLocalMonth(anchor, timeZone)
  const nextMonth = addLocalMonths(periodStart, 1, timeZone)
  const lastWeek = startOfLocalWeek(addLocalDays(nextMonth, -1, timeZone), timeZone)
  return {
    mode,
    periodStart,
    gridFrom: startOfLocalWeek(periodStart, timeZone),
    gridTo: addLocalDays(lastWeek, 7, timeZone),
    nav: {
      previous: localDateKey(addLocalMonths(periodStart, -1, timeZone), timeZone),
      next: localDateKey(nextMonth, timeZone),
      today: localDateKey(now, timeZone),
    },
  }
}
