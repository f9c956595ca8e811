/**
 * The one escape hatch to raw SQL. Payload's Local API cannot express a few things the plugins
 * need to be safe under concurrency (a conditional UPDATE whose match count says who won, a row
 * lock held until the request's transaction ends, a GROUP BY): those go through Payload's own
 * SQL adapters (@payloadcms/db-sqlite, @payloadcms/db-postgres) with the helpers below, and
 * nowhere else. The adapter's own drizzle operators are used, so no second drizzle copy and no
 * dependency on one adapter package. Callers keep a Local API path for other adapters.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { buildQuery } from '@payloadcms/drizzle'
import { sql } from 'drizzle-orm'

export { sql }

export type SqlId = number | string

type DrizzleTable = Record<string, any>

/** What the plugins use of a Payload SQL adapter. */
export type SqlAdapter = {
  name: 'postgres' | 'sqlite'
  drizzle: any
  execute: (args: { db?: unknown; drizzle?: unknown; raw: string }) => Promise<{ rows?: Array<Record<string, unknown>> } | undefined>
  /** drizzle-orm's operators, from the adapter's own copy (`and`, `equals`, `in`, `isNull`, `less_than`…). */
  operators: Record<'and' | 'equals' | 'in' | 'isNull' | 'less_than' | 'less_than_equal' | 'or', (...args: any[]) => any>
  sessions?: Record<string, { db?: any }>
  tableNameMap: Map<string, string>
  tables: Record<string, DrizzleTable>
}

/** The SQLite or Postgres adapter behind `payload.db`, or null on any other adapter (MongoDB). */
export const sqlAdapterOf = (payload: Payload): SqlAdapter | null => {
  const db = payload.db as unknown as Partial<SqlAdapter>
  return (db.name === 'postgres' || db.name === 'sqlite') && typeof db.execute === 'function' && db.tables && db.tableNameMap ? (db as SqlAdapter) : null
}

/** The connection of the request's open transaction; undefined when it has none. */
export const transactionConnectionOf = async (adapter: SqlAdapter, req: PayloadRequest): Promise<any> => {
  const transactionID = req.transactionID ? await req.transactionID : undefined
  return transactionID !== undefined && transactionID !== null ? adapter.sessions?.[String(transactionID)]?.db : undefined
}

/** The connection of the request's transaction, or the adapter's own. */
export const connectionOf = async (adapter: SqlAdapter, req: PayloadRequest): Promise<any> => (await transactionConnectionOf(adapter, req)) || adapter.drizzle

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** A number or string as an SQL literal. */
export const sqlLiteral = (value: SqlId): string => (typeof value === 'number' ? String(Math.trunc(value)) : `'${String(value).replace(/'/g, "''")}'`)

/** A document id as an SQL literal: numeric ids (also as digit strings) as numbers. */
export const idLiteral = (id: SqlId): string => (typeof id === 'number' || /^\d+$/.test(id) ? String(Number(id)) : sqlLiteral(id))

/** The table a collection is stored in, as Payload named it (its map is keyed by the snake-cased slug). */
export const tableNameOf = (adapter: SqlAdapter, slug: string): string => {
  const key = slug.replace(/-/g, '_')
  return adapter.tableNameMap.get(key) ?? key
}

/** The collection's drizzle table (columns by field key), or undefined. */
export const tableOf = (adapter: SqlAdapter, slug: string): DrizzleTable | undefined => adapter.tables[tableNameOf(adapter, slug)]

/** The collection's table for hand-written SQL: its quoted name and its columns' quoted names. */
export const rawTableOf = (adapter: SqlAdapter, slug: string) => {
  const name = tableNameOf(adapter, slug)
  const table = adapter.tables[name] ?? {}
  /** The quoted column of a field key; `fallback` when the table does not know it. */
  const column = (key: string, fallback: string): string => quoteIdent((table[key] as { name?: string } | undefined)?.name ?? fallback)
  return { name: quoteIdent(name), column }
}

/** Runs hand-written SQL on a connection (see connectionOf) and returns its rows. */
export const executeRaw = async (adapter: SqlAdapter, connection: unknown, raw: string): Promise<Array<Record<string, unknown>>> => {
  const result = await adapter.execute({ db: connection, drizzle: connection, raw })
  return result?.rows ?? []
}

/** Payload's own translation of a `where` into SQL for one collection's table. */
export const whereToSql = ({
  adapter,
  collection,
  req,
  where,
}: {
  adapter: SqlAdapter
  collection: string
  req: PayloadRequest
  where: Where
}): ReturnType<typeof buildQuery> =>
  buildQuery({
    adapter: adapter as never,
    fields: (req.payload.collections as unknown as Record<string, { config: { flattenedFields: never } }>)[collection]!.config.flattenedFields,
    locale: req.locale ?? undefined,
    tableName: tableNameOf(adapter, collection),
    where,
  })
