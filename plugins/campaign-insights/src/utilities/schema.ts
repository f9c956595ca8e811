/**
 * What the other plugins have added to the schema, read from the running Payload instance:
 * insights count what exists and answer zero for the rest.
 */
import type { Collection, FlattenedField, Payload } from 'payload'

const collectionOf = (payload: Payload, slug: string): Collection | undefined => (payload.collections as Record<string, Collection | undefined>)[slug]

export const hasCollection = (payload: Payload, slug: string): boolean => Boolean(collectionOf(payload, slug))

/** Whether `path` ("workflow.stage") names a field of the collection, through groups. */
export const hasFieldPath = (payload: Payload, slug: string, path: string): boolean => {
  const collection = collectionOf(payload, slug)
  if (!collection) return false
  let fields: FlattenedField[] = collection.config.flattenedFields
  for (const part of path.split('.')) {
    const field = fields.find((candidate) => candidate.name === part)
    if (!field) return false
    fields = 'flattenedFields' in field ? field.flattenedFields : []
  }
  return true
}

/** The first of `paths` the collection has. */
export const firstFieldPath = (payload: Payload, slug: string, paths: readonly string[]): string | undefined =>
  paths.find((path) => hasFieldPath(payload, slug, path))

/** Reads a dotted path from a document. */
export const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), doc)

/** The `select` object Payload expects for a list of dotted paths. */
export const selectFor = (paths: readonly string[]): Record<string, unknown> => {
  const select: Record<string, unknown> = {}
  for (const path of paths) {
    const parts = path.split('.')
    let node = select
    parts.forEach((part, index) => {
      if (index === parts.length - 1) node[part] = true
      else node = (node[part] = (typeof node[part] === 'object' ? node[part] : {}) as Record<string, unknown>) as Record<string, unknown>
    })
  }
  return select
}
