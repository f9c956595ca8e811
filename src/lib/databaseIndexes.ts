/**
 * Indexes Payload's SQL schema lacks, added to the drizzle tables after Payload builds them
 * (the adapters' `afterSchemaInit` hook), so schema push and generated migrations both carry
 * them. Found with 10,000 reports in the benchmark, where one public list page took 78 s:
 *
 * - Every read of a document fetches its `<table>_locales` rows (and `_texts`, `_numbers` for
 *   hasMany text/number fields) with a correlated subquery on the parent id. Payload indexes
 *   those tables only by (`_locale`, `_parent_id`) and (`order`, `parent_id`), which cannot serve a
 *   lookup by parent alone: each document read scanned the whole table. A parent index fixes it.
 * - The public lists and feeds filter on `_status` (and often the campaign) and sort by
 *   creation or first-publication time. With single-column indexes the database picks the
 *   `_status` one, computes every published row (bodies, locales, relations) and only then sorts
 *   and cuts to one page. A compound index in filter-then-sort order lets it read just the page.
 * - The accent-insensitive search is `ILIKE '%…%'` on the folded `search` text (one per word),
 *   which a B-tree cannot serve. On Postgres a trigram GIN index (pg_trgm, created by the
 *   adapter's `extensions`) serves it; on SQLite an FTS5 trigram table does (sqliteSearchIndex.ts).
 */
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
type IndexBuilder = (name: string) => { on: (...columns: never[]) => unknown }
type Table = Record<string, unknown>
type SchemaHookArgs = { extendTable: (args: { table: never; extraConfig: (table: Table) => object }) => void; schema: { tables: Record<string, Table> } }

/** Columns (drizzle keys) to index together, for tables that have all of them. */
const LIST_ORDERS: string[][] = [
  ['_status', 'createdAt'],
  ['_status', 'firstPublishedAt'],
  ['campaign', '_status', 'createdAt'],
  ['campaign', '_status', 'firstPublishedAt'],
]

/** What to add to one table: [index name suffix, columns]. */
const extraIndexesFor = (tableName: string, columns: string[]): Array<[string, string[]]> => {
  const has = (column: string) => columns.includes(column)
  const extra: Array<[string, string[]]> = []
  if (tableName.endsWith('_locales') && has('_parentID')) extra.push(['parent_lookup_idx', ['_parentID']])
  if ((tableName.endsWith('_texts') || tableName.endsWith('_numbers')) && has('parent')) extra.push(['parent_lookup_idx', ['parent']])
  // Only the collections' own tables: version tables prefix their columns with `version_`.
  for (const order of LIST_ORDERS) {
    if (order.every(has))
      extra.push([`${order.map((column) => column.replace(/^_/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)).join('_')}_idx`, order])
  }
  return extra
}

const addIndexes =
  (index: IndexBuilder) =>
  ({ extendTable, schema }: SchemaHookArgs) => {
    for (const [tableName, table] of Object.entries(schema.tables)) {
      const extra = extraIndexesFor(tableName, Object.keys(table))
      if (!extra.length) continue
      extendTable({
        table: table as never,
        extraConfig: (columns) =>
          Object.fromEntries(
            extra.map(([suffix, on]) => [suffix, index(`${tableName}_${suffix}`.slice(0, 63)).on(...(on.map((column) => columns[column]) as never[]))]),
          ),
      })
    }
    return schema
  }

/** The folded search columns: `search` on a collection's locale table, `version_search` on its versions'. */
const SEARCH_COLUMNS = ['search', 'version_search']

type PgColumn = { op: (operatorClass: string) => unknown }
type PgIndexBuilder = (name: string) => { using: (method: string, ...columns: unknown[]) => unknown }

const addTrigramIndexes =
  (index: PgIndexBuilder) =>
  ({ extendTable, schema }: SchemaHookArgs) => {
    for (const [tableName, table] of Object.entries(schema.tables)) {
      if (!tableName.endsWith('_locales')) continue
      const column = SEARCH_COLUMNS.find((name) => name in table)
      if (!column) continue
      extendTable({
        table: table as never,
        extraConfig: (columns) => ({
          search_trgm_idx: index(`${tableName}_${column}_trgm_idx`.slice(0, 63)).using('gin', (columns[column] as PgColumn).op('gin_trgm_ops')),
        }),
      })
    }
    return schema
  }

export const addMissingSqliteIndexes: SQLiteSchemaHook = (args) =>
  addIndexes(sqliteIndex as unknown as IndexBuilder)(args as unknown as SchemaHookArgs) as never
export const addMissingPostgresIndexes: PostgresSchemaHook = (args) =>
  addIndexes(pgIndex as unknown as IndexBuilder)(args as unknown as SchemaHookArgs) as never
export const addPostgresSearchIndexes: PostgresSchemaHook = (args) =>
  addTrigramIndexes(pgIndex as unknown as PgIndexBuilder)(args as unknown as SchemaHookArgs) as never
