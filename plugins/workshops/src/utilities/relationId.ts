import type { Id } from '../types.js'

/** The id of a relationship value read at any depth. */
export const relationId = (value: unknown): Id | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return undefined
}
