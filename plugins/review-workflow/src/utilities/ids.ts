import type { Id } from '../types.js'

/** The id of a relationship value, populated or not. */
export const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return undefined
}

/** Ids compared as strings: Postgres and SQLite give numbers, MongoDB strings, JSON bodies either. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

/** The ids of a hasMany relationship value. */
export const idsOf = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]).map(idOf).filter((id): id is Id => id !== undefined)
