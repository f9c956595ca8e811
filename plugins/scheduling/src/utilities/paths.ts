import type { Id } from '../types.js'

/** The value at a dotted path (`period.start`, `workflow.stage`) of a document. */
export const readPath = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

/** The id of a relationship value, populated or not. */
export const relationId = (value: unknown): Id | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return undefined
}

/** A date value as epoch milliseconds, or undefined when empty or unreadable. */
export const timeOf = (value: unknown): number | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const ms = new Date(value as string).getTime()
  return Number.isNaN(ms) ? undefined : ms
}
