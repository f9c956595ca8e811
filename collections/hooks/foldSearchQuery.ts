import type { CollectionBeforeOperationHook, Payload, Where } from 'payload'

import { foldForSearch } from '@loa/helpers'
import { searchCandidates } from '../../src/lib/sqliteSearchIndex.js'
import { SEARCH_FIELD } from '../fields/searchField.js'

const foldConstraint = (constraint: unknown): unknown => {
  if (!constraint || typeof constraint !== 'object') return typeof constraint === 'string' ? foldForSearch(constraint) : constraint
  return Object.fromEntries(
    Object.entries(constraint as Record<string, unknown>).map(([operator, value]) => [
      operator,
      typeof value === 'string' ? foldForSearch(value) : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? foldForSearch(v) : v)) : value,
    ]),
  )
}

const foldWhere = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) return [key, value.map((w) => foldWhere(w as Where))]
      if (key === SEARCH_FIELD) return [key, foldConstraint(value)]
      return [key, value]
    }),
  ) as Where

/** The substrings a folded `search` constraint requires: each word of `like` (as Payload splits it), `contains` whole. */
const requiredSubstrings = (constraint: unknown): string[] | undefined => {
  if (!constraint || typeof constraint !== 'object') return undefined
  const { contains, like } = constraint as { contains?: unknown; like?: unknown }
  if (typeof like === 'string') return like.split(' ')
  if (typeof contains === 'string') return [contains]
  return undefined
}

type Lookup = (substrings: string[]) => Promise<Set<number | string> | undefined>

const intersect = (sets: Array<Set<number | string>>): Set<number | string> => sets.reduce((all, set) => new Set([...all].filter((id) => set.has(id))))

/**
 * The ids a folded where can only match among, from the search index: undefined where it
 * cannot say (a branch of an `or` that is not a search, a word too short to look up). Every
 * document the where matches is among them; the where itself still decides.
 */
const candidatesFor = async (where: Where, lookup: Lookup): Promise<Set<number | string> | undefined> => {
  const narrowing: Array<Set<number | string>> = []
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' && Array.isArray(value)) {
      const parts = await Promise.all(value.map((w) => candidatesFor(w as Where, lookup)))
      narrowing.push(...parts.filter((part): part is Set<number | string> => part !== undefined))
    } else if (key === 'or' && Array.isArray(value) && value.length > 0) {
      const parts = await Promise.all(value.map((w) => candidatesFor(w as Where, lookup)))
      if (parts.every((part) => part !== undefined)) narrowing.push(new Set(parts.flatMap((part) => [...part!])))
    } else if (key === SEARCH_FIELD) {
      const substrings = requiredSubstrings(value)
      const found = substrings ? await lookup(substrings) : undefined
      if (found) narrowing.push(found)
    }
  }
  return narrowing.length ? intersect(narrowing) : undefined
}

/** The where, limited to the ids the search index found (SQLite; elsewhere an index serves the query as it is). */
const narrowedBySearchIndex = async ({ isDraft, payload, slug, where }: { isDraft: boolean; payload: Payload; slug: string; where: Where }): Promise<Where> => {
  if (payload.db.name !== 'sqlite') return where
  const candidates = await candidatesFor(where, (patterns) => searchCandidates({ isDraft, patterns, payload, slug }))
  if (!candidates) return where
  // No candidate: a condition no document meets (an id is never missing).
  const onlyCandidates: Where = candidates.size ? { id: { in: [...candidates] } } : { id: { exists: false } }
  return { and: [where, onlyCandidates] }
}

/**
 * Folds the values of `search` constraints the way the stored field is folded, so the admin's
 * list search and `?where[search][like]=Chuyển đổi số` match "chuyen doi so". On SQLite the
 * query is also narrowed to the documents the FTS5 trigram index finds (see
 * src/lib/sqliteSearchIndex.ts), so it no longer scans every row; the results are the same.
 */
export const foldSearchQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!['count', 'delete', 'read', 'update'].includes(operation)) return args
  const where = (args as { where?: Where }).where
  if (!where) return args
  const folded = foldWhere(where)
  const isDraft =
    Boolean((args as { draft?: boolean }).draft) && Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  return { ...args, where: await narrowedBySearchIndex({ isDraft, payload: req.payload, slug: collection.slug, where: folded }) }
}
