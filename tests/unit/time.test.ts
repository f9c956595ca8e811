import {
  addLocalDays,
  formatVietnameseDate,
  formatVietnameseDateTime,
  fromLocalWallTime,
  gmtOffsetLabel,
  localIsoWeekKey,
  startOfLocalDay,
  startOfLocalWeek,
} from '@loa/helpers'

describe('Vietnamese date formatting', () => {
  it('prints a moment as Vietnamese portals do, in GMT+7', () => {
    expect(formatVietnameseDateTime(new Date('2024-10-05T06:05:00Z'))).toBe('Thứ bảy, 05/10/2024 | 13:05 - GMT+7')
  })

  it('names Sunday "Chủ nhật"', () => {
    expect(formatVietnameseDateTime('2024-10-06T02:00:00Z')).toBe('Chủ nhật, 06/10/2024 | 09:00 - GMT+7')
  })

  it('puts a moment that is still yesterday in UTC on today in GMT+7', () => {
    // 18:30 UTC on Friday 4 October is 01:30 on Saturday 5 October in Hà Nội.
    const lateUtc = new Date('2024-10-04T18:30:00Z')
    expect(lateUtc.getUTCDate()).toBe(4)
    expect(formatVietnameseDateTime(lateUtc)).toBe('Thứ bảy, 05/10/2024 | 01:30 - GMT+7')
    expect(formatVietnameseDate(lateUtc)).toBe('05/10/2024')
    expect(startOfLocalDay(lateUtc).toISOString()).toBe('2024-10-04T17:00:00.000Z')
  })

  it('keeps a moment just before local midnight on the earlier day', () => {
    expect(formatVietnameseDateTime('2024-10-04T16:59:00Z')).toBe('Thứ sáu, 04/10/2024 | 23:59 - GMT+7')
  })

  it('follows another zone when asked', () => {
    expect(formatVietnameseDateTime('2024-10-05T06:05:00Z', 'UTC')).toBe('Thứ bảy, 05/10/2024 | 06:05 - GMT')
    expect(gmtOffsetLabel('2024-10-05T06:05:00Z', 'Asia/Kolkata')).toBe('GMT+5:30')
  })
})

describe('local calendar arithmetic', () => {
  it('reads a wall-clock time in GMT+7 as the UTC instant it denotes', () => {
    expect(fromLocalWallTime('2024-10-07T07:00').toISOString()).toBe('2024-10-07T00:00:00.000Z')
    expect(fromLocalWallTime('2024-10-07').toISOString()).toBe('2024-10-06T17:00:00.000Z')
    expect(() => fromLocalWallTime('07/10/2024')).toThrow('Not a local date-time')
  })

  it('starts the local week on Monday 00:00 GMT+7', () => {
    // Sunday 6 October 23:00 local belongs to the week of Monday 30 September.
    expect(startOfLocalWeek('2024-10-06T16:00:00Z').toISOString()).toBe('2024-09-29T17:00:00.000Z')
    expect(localIsoWeekKey('2024-10-06T16:00:00Z')).toBe('2024-W40')
    expect(localIsoWeekKey('2024-10-06T17:00:00Z')).toBe('2024-W41')
  })

  it('adds local days', () => {
    expect(addLocalDays('2024-10-04T18:30:00Z', 1).toISOString()).toBe('2024-10-05T18:30:00.000Z')
  })
})

describe('zone offsets for calendars and schedules', () => {
  it('reads GMT+7 as +420 minutes and "+0700" all year round', async () => {
    const { hasFixedOffset, icalUtcOffset, utcOffsetMinutes } = await import('@loa/helpers')
    expect(utcOffsetMinutes('2024-01-15T00:00:00Z', 'Asia/Ho_Chi_Minh')).toBe(420)
    expect(icalUtcOffset('2024-07-15T00:00:00Z', 'Asia/Ho_Chi_Minh')).toBe('+0700')
    expect(hasFixedOffset('Asia/Ho_Chi_Minh', '2024-01-01T00:00:00Z')).toBe(true)
  })

  it('writes negative and half-hour offsets and notices daylight saving', async () => {
    const { hasFixedOffset, icalUtcOffset } = await import('@loa/helpers')
    expect(icalUtcOffset('2024-01-15T00:00:00Z', 'America/St_Johns')).toBe('-0330')
    expect(icalUtcOffset('2024-01-15T00:00:00Z', 'Asia/Kolkata')).toBe('+0530')
    expect(hasFixedOffset('Europe/Berlin', '2024-01-01T00:00:00Z')).toBe(false)
  })

  it('gives a date whose wall clock reads in the zone', async () => {
    const { inTimeZone } = await import('@loa/helpers')
    const zoned = inTimeZone('2024-10-05T01:30:00Z', 'Asia/Ho_Chi_Minh')
    expect([zoned.getDate(), zoned.getHours(), zoned.getMinutes()]).toEqual([5, 8, 30])
    expect(zoned.toISOString()).toBe('2024-10-05T08:30:00.000+07:00')
  })
})

describe('calendar day keys and months in GMT+7', () => {
  it('files a moment under its local day and prints its local time', async () => {
    const { formatLocalTime, localDateKey } = await import('@loa/helpers')
    expect(localDateKey('2024-10-04T18:30:00Z')).toBe('2024-10-05')
    expect(formatLocalTime('2024-10-04T18:30:00Z')).toBe('01:30')
  })

  it('adds local months across the year end without drifting off midnight', async () => {
    const { addLocalMonths, fromLocalWallTime } = await import('@loa/helpers')
    expect(addLocalMonths(fromLocalWallTime('2024-12-01T00:00'), 1).toISOString()).toBe('2024-12-31T17:00:00.000Z')
    expect(addLocalMonths(fromLocalWallTime('2024-01-31T08:00'), 1).toISOString()).toBe('2024-02-29T01:00:00.000Z')
  })
})
