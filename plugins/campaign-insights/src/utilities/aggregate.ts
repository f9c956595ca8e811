/**
 * The one place insights read the database. Counts are COUNT queries; groupCount is one
 * GROUP BY query on SQLite and Postgres (Payload's own where-to-SQL translation, then drizzle)
 * and elsewhere walks the matching rows a page at a time with only the grouped columns
 * selected, so memory holds the buckets, never the documents.
 */
import type { PayloadRequest, Where } from 'payload'

import { idOf as relationIdOf } from '@loa/helpers'
import { connectionOf, sql, sqlAdapterOf, tableOf, whereToSql } from '@loa/helpers/sql'
import { valueIsValueWithRelation } from 'payload/shared'

import { hasCollection, valueAt } from './schema.js'

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

/** Relationship value as an id, whether populated or not, polymorphic (`{ relationTo, value }`) or not. */
export const idOf = (value: unknown): number | string | undefined => relationIdOf(valueIsValueWithRelation(value) ? value.value : value)

/** A column to group by; with `buckets`, a date column grouped into [from, next from) ranges. */
export type GroupColumn = {
  /** Ascending bucket starts with their keys; the last one is open-ended (the where bounds it). */
  buckets?: Array<{ from: Date; key: string }>
  path: string
}

export type GroupQuery = { collection: string; groupBy: GroupColumn[]; req: PayloadRequest; where: Where }

const bucketKeyOf = (buckets: NonNullable<GroupColumn['buckets']>, value: unknown): string | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const time = new Date(value).getTime()
  let key: string | undefined
  for (const bucket of buckets) {
    if (time >= bucket.from.getTime()) key = bucket.key
    else break
  }
  return key
}

const keyOfRow = (groupBy: GroupColumn[], values: unknown[]): string | undefined => {
  const parts: string[] = []
  for (const [index, column] of groupBy.entries()) {
    const value = values[index]
    if (value === null || value === undefined) return undefined
    if (column.buckets) {
      const key = typeof value === 'number' ? column.buckets[value]?.key : bucketKeyOf(column.buckets, value)
      if (key === undefined) return undefined
      parts.push(key)
    } else parts.push(String(idOf(value) ?? value))
  }
  return parts.join('|')
}

/** `CASE WHEN col < start₁ THEN 0 WHEN col < start₂ THEN 1 … ELSE n END`: the bucket's position. */
const bucketCase = (field: unknown, buckets: NonNullable<GroupColumn['buckets']>) => {
  const last = sql.raw(String(buckets.length - 1))
  const whens = buckets.slice(1).map((next, position) => sql`WHEN ${field} < ${next.from.toISOString()} THEN ${sql.raw(String(position))}`)
  return whens.length ? sql`CASE ${sql.join(whens, sql` `)} ELSE ${last} END` : sql`CASE WHEN 1 = 1 THEN ${last} END`
}

/** One GROUP BY on SQL adapters; undefined when the query needs joins or a column is unknown. */
const groupCountInSql = async ({ collection, groupBy, req, where }: GroupQuery): Promise<Map<string, number> | undefined> => {
  const adapter = sqlAdapterOf(req.payload)
  if (!adapter) return undefined
  const table = tableOf(adapter, collection)
  if (!table) return undefined
  const { joins, where: condition } = whereToSql({ adapter, collection, req, where })
  // A join repeats rows; the paged walk counts those right.
  if (joins.length) return undefined
  const selected: Record<string, unknown> = {}
  for (const [index, column] of groupBy.entries()) {
    const field = table[column.path.replace(/\./g, '_')]
    if (!field) return undefined
    selected[`g${index}`] = column.buckets?.length ? bucketCase(field, column.buckets) : field
  }
  selected.n = sql<number>`count(*)`.mapWith(Number)
  const db = await connectionOf(adapter, req)
  // GROUP BY positions: Postgres would not match the CASE in SELECT with a re-parameterised copy.
  const rows: Array<Record<string, unknown>> = await db
    .select(selected)
    .from(table)
    .where(condition)
    .groupBy(...groupBy.map((_, index) => sql.raw(String(index + 1))))
  const tally = new Map<string, number>()
  for (const row of rows) {
    const key = keyOfRow(
      groupBy,
      groupBy.map((_, index) =>
        typeof row[`g${index}`] === 'string' && groupBy[index].buckets && /^\d+$/.test(String(row[`g${index}`])) ? Number(row[`g${index}`]) : row[`g${index}`],
      ),
    )
    if (key !== undefined) tally.set(key, (tally.get(key) ?? 0) + Number(row.n))
  }
  return tally
}

/** groupCount by walking the matching rows a page at a time (MongoDB, or a query that needs joins). */
export const walkGroupCount = (query: GroupQuery): Promise<Map<string, number>> => {
  const select: Record<string, unknown> = {}
  for (const column of query.groupBy) select[column.path.split('.')[0]] = true
  return tallyBy({ collection: query.collection, req: query.req, select, where: query.where }, (doc) =>
    keyOfRow(
      query.groupBy,
      query.groupBy.map((column) => valueAt(doc, column.path)),
    ),
  )
}

/**
 * How many matching documents fall in each combination of the grouped columns, keyed
 * "value|value" (bucket keys for bucketed dates). Empty when the collection does not exist.
 */
export const groupCount = async (query: GroupQuery): Promise<Map<string, number>> => {
  if (!hasCollection(query.req.payload, query.collection)) return new Map()
  return (await groupCountInSql(query)) ?? walkGroupCount(query)
}
