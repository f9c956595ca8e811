import { formatVietnameseWeek, localIsoWeekKey, localWeekStartsBetween, parseLocalDateBound } from '@loa/helpers'

describe('report period bounds in GMT+7', () => {
  it('reads a calendar day as local midnight, and as the next local midnight when it ends a period', () => {
    expect(parseLocalDateBound('2024-10-01', 'start')?.toISOString()).toBe('2024-09-30T17:00:00.000Z')
    expect(parseLocalDateBound('2024-10-31', 'end')?.toISOString()).toBe('2024-10-31T17:00:00.000Z')
  })

  it('takes an instant with its offset as it is', () => {
    expect(parseLocalDateBound('2024-10-05T13:05:00+07:00', 'start')?.toISOString()).toBe('2024-10-05T06:05:00.000Z')
    expect(parseLocalDateBound('2024-10-05T06:05:00Z', 'end')?.toISOString()).toBe('2024-10-05T06:05:00.000Z')
  })

  it('reads a day as Vietnamese write it, day first (the dashboard’s inputs)', () => {
    expect(parseLocalDateBound('05/10/2024', 'start')?.toISOString()).toBe('2024-10-04T17:00:00.000Z')
    expect(parseLocalDateBound('31/10/2024', 'end')?.toISOString()).toBe('2024-10-31T17:00:00.000Z')
    expect(parseLocalDateBound('5/1/2025', 'start')?.toISOString()).toBe('2025-01-04T17:00:00.000Z')
  })

  it('refuses text that is not a date, and days that do not exist', () => {
    expect(parseLocalDateBound('31/02/2024', 'start')).toBeUndefined()
    expect(parseLocalDateBound('10/05/24', 'start')).toBeUndefined()
    expect(parseLocalDateBound('2024-02-30', 'start')).toBeUndefined()
    expect(parseLocalDateBound('2024-10-05T13:05', 'start')).toBeUndefined()
    expect(parseLocalDateBound('yesterday', 'end')).toBeUndefined()
  })
})

describe('local weeks for weekly roll-ups', () => {
  it('lists every Monday-started local week that overlaps a period', () => {
    // Tuesday 1 October to Monday 14 October 00:00 local: weeks of 30/9 and 7/10 only.
    const weeks = localWeekStartsBetween('2024-09-30T17:00:00Z', '2024-10-13T17:00:00Z')
    expect(weeks.map((week) => week.toISOString())).toEqual(['2024-09-29T17:00:00.000Z', '2024-10-06T17:00:00.000Z'])
    expect(weeks.map((week) => localIsoWeekKey(week))).toEqual(['2024-W40', '2024-W41'])
  })

  it('lists nothing for an empty period', () => {
    expect(localWeekStartsBetween('2024-10-01T00:00:00Z', '2024-10-01T00:00:00Z')).toEqual([])
  })

  it('names a week with its number and its Monday-to-Sunday dates', () => {
    expect(formatVietnameseWeek('2024-10-06T16:00:00Z')).toBe('Tuần 40 (30/09 – 06/10/2024)')
    expect(formatVietnameseWeek('2024-12-31T10:00:00Z')).toBe('Tuần 1 (30/12 – 05/01/2025)')
  })
})
