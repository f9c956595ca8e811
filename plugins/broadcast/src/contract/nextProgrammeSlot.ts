import { addLocalDays, fromLocalWallTime, localDateKey, loaTimeZone } from '@loa/helpers'

import type { ProgrammeSlot } from '../types.js'

export type SlotWindow = { start: string; end: string }

/**
 * The next programme slot that starts after `now`, as UTC instants: an ordinary bulletin
 * published at 06:10 waits for 17:00, one published at 23:00 for tomorrow's 06:00.
 */
export const nextProgrammeSlot = ({
  slots,
  now = new Date(),
  timeZone = loaTimeZone(),
}: {
  slots: ProgrammeSlot[]
  now?: Date
  timeZone?: string
}): SlotWindow | null => {
  if (!slots.length) return null
  const ordered = [...slots].sort((a, b) => a.start.localeCompare(b.start))
  for (let dayOffset = 0; dayOffset <= 1; dayOffset++) {
    const day = localDateKey(addLocalDays(now, dayOffset, timeZone), timeZone)
    for (const slot of ordered) {
      const start = fromLocalWallTime(`${day}T${slot.start}`, timeZone)
      if (start.getTime() > now.getTime()) return { start: start.toISOString(), end: fromLocalWallTime(`${day}T${slot.end}`, timeZone).toISOString() }
    }
  }
  return null
}
