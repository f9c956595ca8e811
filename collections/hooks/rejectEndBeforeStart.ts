import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

type Args = {
  /** Path of the end field, as it is reported in the error (e.g. `endsAt`, `period.end`). */
  endPath: string
  /** Vietnamese and English message naming the field. */
  message: string
  startPath: string
}

const read = (doc: Record<string, unknown> | undefined, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

/**
 * Refuses an end that is not after its start. A hook rather than a field validator because
 * Payload skips field validation on drafts, and a draft workshop that ends before it starts
 * is just as wrong.
 */
export const rejectEndBeforeStart =
  ({ endPath, message, startPath }: Args): CollectionBeforeChangeHook =>
  ({ collection, data, originalDoc, req }) => {
    const pick = (path: string) => {
      const incoming = read(data, path)
      return incoming === undefined ? read(originalDoc, path) : incoming
    }
    const start = pick(startPath)
    const end = pick(endPath)
    if (!start || !end) return data
    if (new Date(end as string).getTime() <= new Date(start as string).getTime()) {
      throw new ValidationError({ collection: collection.slug, errors: [{ message, path: endPath }], req })
    }
    return data
  }
