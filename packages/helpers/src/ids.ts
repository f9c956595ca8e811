/**
 * Relationship values arrive as an id or as the populated document, depending on depth and on
 * the adapter (numbers on SQL, strings on MongoDB and in JSON bodies). Payload's `extractID`
 * does the reading; these add what its callers need around it: empty values, comparison, lists.
 */
import { extractID } from 'payload/shared'

export type RelationId = number | string

/** The id of a relationship value, populated or not; undefined when empty or id-less. */
export const idOf = (value: unknown): RelationId | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return extractID(value)
  if (value && typeof value === 'object' && 'id' in value) return extractID(value as { id: RelationId })
  return undefined
}

/** Ids compared as strings: Postgres and SQLite give numbers, MongoDB strings, JSON bodies either. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

/** The ids of a hasMany relationship value. */
export const idsOf = (value: unknown): RelationId[] =>
  (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]).map(idOf).filter((id): id is RelationId => id !== undefined)
