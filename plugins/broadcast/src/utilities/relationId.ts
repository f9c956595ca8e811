import type { Id } from '../types.js'

/** The id of a relationship value at any depth (an id or a populated document). */
export const relationId = (value: Id | { id: Id } | null | undefined): Id | null => {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}
