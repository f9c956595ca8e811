/**
 * Question deadlines counted on the Vietnamese working-day calendar: weekends, the Labour
 * Code's holidays (lunar ones from date-holidays), days in lieu, the day next to 2/9, and the
 * official changes an admin records. Dates pinned by hand from the calendar of each year.
 */
import { createWorkingCalendar, initialsOf } from '@loa/plugin-citizen-interaction'

const ZONE = 'Asia/Ho_Chi_Minh'

const vn = (changes: Parameters<typeof createWorkingCalendar>[0]['changes'] = []) => createWorkingCalendar({ country: 'VN', timeZone: ZONE, changes })

/** An instant at a local time in Hà Nội (UTC+7 all year). */
const hanoi = (localDateTime: string) => new Date(`${localDateTime}+07:00`)

describe('the working-day calendar', () => {
  it('takes the five Tết 2027 days (from New Year’s Eve, Fri 5 Feb) and the two days in lieu of the weekend inside them', () => {
    const calendar = vn()
    const off = ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']
    for (const day of off) expect([day, calendar.isWorkingDay(day)]).toEqual([day, false])
    expect(calendar.isWorkingDay('2027-02-04')).toBe(true)
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true)
    // Thursday before Tết + 15 working days: five weekdays of Tết are skipped (25 Feb without them).
    expect(calendar.addWorkingDays(hanoi('2027-02-04T10:00:00'), 15)).toBe('2027-03-04')
  })

  it('counts how many working days an answer took, across Tết 2027 and in the province’s day (not UTC’s)', () => {
    const calendar = vn()
    // Received Thu 4 Feb 2027, answered Thu 4 Mar: the 15 working days of the deadline above.
    expect(calendar.workingDaysBetween(hanoi('2027-02-04T10:00:00'), hanoi('2027-03-04T09:00:00'))).toBe(15)
    // Same day, and a weekend in between only: none.
    expect(calendar.workingDaysBetween(hanoi('2027-03-04T08:00:00'), hanoi('2027-03-04T17:00:00'))).toBe(0)
    expect(calendar.workingDaysBetween(hanoi('2027-03-05T16:00:00'), hanoi('2027-03-07T09:00:00'))).toBe(0)
    // 23:30 on Friday in Hà Nội is still Friday; answered Monday 08:00: one working day.
    expect(calendar.workingDaysBetween(hanoi('2027-03-05T23:30:00'), hanoi('2027-03-08T08:00:00'))).toBe(1)
  })

  it('takes Tết 2028 (Tue 25 – Sat 29 Jan, Saturday made up on Mon 31) and 1/1/2028, a Saturday, made up on Mon 3 Jan', () => {
    const calendar = vn()
    expect(calendar.addWorkingDays(hanoi('2028-01-21T09:00:00'), 5)).toBe('2028-02-04')
    expect(calendar.isWorkingDay('2028-01-24')).toBe(true)
    expect(calendar.isWorkingDay('2028-01-31')).toBe(false)
    expect(calendar.isWorkingDay('2028-01-03')).toBe(false)
    expect(calendar.addWorkingDays(hanoi('2027-12-31T15:00:00'), 1)).toBe('2028-01-04')
  })

  it('takes Giỗ Tổ Hùng Vương, 10/3 of the lunar year (Mon 7 Apr 2025, Fri 16 Apr 2027)', () => {
    const calendar = vn()
    expect(calendar.addWorkingDays(hanoi('2025-04-04T08:00:00'), 1)).toBe('2025-04-08')
    expect(calendar.addWorkingDays(hanoi('2027-04-15T08:00:00'), 1)).toBe('2027-04-19')
  })

  it('takes 30/4 and 1/5 with their days in lieu (2027: Sat 1 May → Mon 3; 2028: Sun 30 Apr → Tue 2, after Mon 1 May)', () => {
    const calendar = vn()
    expect(calendar.addWorkingDays(hanoi('2027-04-29T08:00:00'), 1)).toBe('2027-05-04')
    expect(calendar.addWorkingDays(hanoi('2028-04-28T08:00:00'), 1)).toBe('2028-05-03')
  })

  it('takes 2/9 and the day next to it (2025: Mon 1 – Tue 2 Sep; 2027: Thu 2 – Fri 3 Sep)', () => {
    const calendar = vn()
    expect(calendar.addWorkingDays(hanoi('2025-08-29T16:00:00'), 1)).toBe('2025-09-03')
    expect(calendar.addWorkingDays(hanoi('2027-09-01T16:00:00'), 1)).toBe('2027-09-06')
    expect(calendar.addWorkingDays(hanoi('2027-09-01T16:00:00'), 3)).toBe('2027-09-08')
  })

  it('applies the year’s official changes: Tết 2025 was off from Mon 27 Jan, and Mon 3 Feb was worked', () => {
    expect(vn().addWorkingDays(hanoi('2025-01-24T08:00:00'), 1)).toBe('2025-01-27')
    const official = vn([
      { date: '2025-01-27', kind: 'day_off' },
      { date: '2025-02-03', kind: 'working_day' },
    ])
    expect(official.addWorkingDays(hanoi('2025-01-24T08:00:00'), 1)).toBe('2025-02-03')
  })

  it('counts from the local day in Hà Nội, not the UTC day', () => {
    const calendar = vn()
    // 17:30 UTC on Thursday 28 Jan 2027 is 00:30 on Friday in Hà Nội.
    expect(calendar.localDateOf(new Date('2027-01-28T17:30:00Z'))).toBe('2027-01-29')
    expect(calendar.addWorkingDays(new Date('2027-01-28T17:30:00Z'), 1)).toBe('2027-02-01')
    expect(calendar.addWorkingDays(new Date('2027-01-28T16:30:00Z'), 1)).toBe('2027-01-29')
    expect(calendar.endOfLocalDate('2027-03-04').toISOString()).toBe('2027-03-04T16:59:59.999Z')
  })
})

describe('the public name of an asker', () => {
  it('is the initials of the name, Vietnamese letters kept', () => {
    expect(initialsOf('Nguyễn Văn An')).toBe('N.V.A.')
    expect(initialsOf('  đặng thị   ánh ')).toBe('Đ.T.Á.')
    expect(initialsOf('---')).toBe('Ẩn danh')
  })
})
