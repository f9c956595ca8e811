/** A date the database can store: parses, and falls between years 1 and 9999 (empty counts as none). */
export const isStorableDate = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return false
  const time = new Date(value).getTime()
  return Number.isFinite(time) && time >= Date.UTC(1, 0, 1) && time <= Date.UTC(9999, 11, 31)
}
