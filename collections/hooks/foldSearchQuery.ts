import type { CollectionBeforeOperationHook, Where } from 'payload'

import { foldForSearch } from '@loa/helpers'
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

/**
 * Folds the values of `search` constraints the way the stored field is folded, so the admin's
 * list search and `?where[search][like]=Chuyển đổi số` match "chuyen doi so".
 */
export const foldSearchQuery: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (!['count', 'delete', 'read', 'update'].includes(operation)) return args
  const where = (args as { where?: Where }).where
  if (!where) return args
  return { ...args, where: foldWhere(where) }
}
