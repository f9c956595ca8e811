/**
 * The one place insights read the database. Counts are COUNT queries in the database; tallies
 * walk the matching rows a page at a time with only the columns they group by selected, so
 * memory holds the buckets, never the documents (10,000 items are ten small pages).
 */
import type { PayloadRequest, Where } from 'payload'

import { hasCollection } from './schema.js'

const PAGE_SIZE = 1000

type Query = {
  collection: string
  req: PayloadRequest
  where: Where
  /** Read the latest draft of each document (workflow stages live on drafts). */
  isDraft?: boolean
}

/** How many documents match; 0 when the collection does not exist (yet). */
export const countWhere = async ({ collection, isDraft, req, where }: Query): Promise<number> => {
  if (!hasCollection(req.payload, collection)) return 0
  if (isDraft) {
    // count() reads published rows only; a one-row page of the drafts query carries the total.
    const page = await req.payload.find({
      collection: collection as never,
      depth: 0,
      draft: true,
      limit: 1,
      overrideAccess: true,
      req,
      select: { updatedAt: true } as never,
      where,
    })
    return page.totalDocs
  }
  const { totalDocs } = await req.payload.count({ collection: collection as never, overrideAccess: true, req, where })
  return totalDocs
}

type PagedQuery = Query & {
  /** Dotted paths of the fields the callback reads. */
  select: Record<string, unknown>
  sort?: string
  /** Stop after this many documents (lists); all when omitted (tallies). */
  limit?: number
}

/** Calls `visit` for each matching document, reading one page of selected fields at a time. */
export const forEachMatching = async (
  { collection, isDraft, limit, req, select, sort = 'id', where }: PagedQuery,
  visit: (doc: Record<string, unknown>) => void,
): Promise<void> => {
  if (!hasCollection(req.payload, collection)) return
  let seen = 0
  for (let page = 1; ; page += 1) {
    const pageSize = limit === undefined ? PAGE_SIZE : Math.min(PAGE_SIZE, limit - seen)
    if (pageSize <= 0) return
    const result = await req.payload.find({
      collection: collection as never,
      depth: 0,
      draft: isDraft,
      limit: pageSize,
      overrideAccess: true,
      page,
      req,
      select: select as never,
      sort,
      where,
    })
    for (const doc of result.docs as Array<Record<string, unknown>>) visit(doc)
    seen += result.docs.length
    if (!result.hasNextPage || result.docs.length === 0) return
  }
}

/** Counts matching documents per key; documents whose key is undefined are left out. */
export const tallyBy = async (query: PagedQuery, keyOf: (doc: Record<string, unknown>) => string | undefined): Promise<Map<string, number>> => {
  const tally = new Map<string, number>()
  await forEachMatching(query, (doc) => {
    const key = keyOf(doc)
    if (key !== undefined) tally.set(key, (tally.get(key) ?? 0) + 1)
  })
  return tally
}

/** Relationship value as an id, whether populated or not. */
export const idOf = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('value' in record && 'relationTo' in record) return idOf(record.value)
    if ('id' in record) return idOf(record.id)
  }
  return undefined
}
