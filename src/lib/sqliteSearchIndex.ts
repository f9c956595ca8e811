/**
 * The accent-insensitive search on the embedded SQLite database, served from an index. The
 * folded `search` text (and its copy in the version tables) is indexed by an FTS5 table with the
 * trigram tokenizer, which answers `LIKE '%…%'` from the index; Payload's own query on the
 * column is a `LIKE` that scans every row. foldSearchQuery.ts asks `searchCandidates` for the
 * documents whose text contains every word of the query and narrows the query to them; the
 * query's own `LIKE` still decides, so the results are exactly those of the scan.
 *
 * The FTS tables live beside Payload's schema rather than in it: external-content tables over
 * the locale tables, kept in step by triggers, created (and filled) when the database connects
 * and they are missing; a missing trigger (a migration that rebuilt a table) rebuilds them.
 */
import type { DatabaseAdapterObj, Payload } from 'payload'

type Client = { execute: (statement: string | { sql: string; args: unknown[] }) => Promise<{ rows: Array<Record<string, unknown>> }> }

/** A locale table with a folded search column, and how its rows lead to a document id. */
type IndexedTable = { table: string; column: string; versionsTable?: string }

/** Words shorter than a trigram cannot be looked up in the index. */
const MIN_WORD_LENGTH = 3
/** Above this many candidates the narrowing costs more than the scan it saves. */
const MAX_CANDIDATES = 2000

/**
 * drizzle-kit's introspection (Payload's development schema push) skips tables named `libsql_…`
 * (libsql's own), so the index and its shadow tables are not taken for stray tables and
 * dropped on every start; searchIndex.test.ts checks that a restart keeps it.
 */
const ftsNameOf = (table: string) => `libsql_search_${table}`
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The locale tables of a collection that carry the folded search text, main and versions. */
const indexedTablesOf = (slug: string): IndexedTable[] => {
  const name = slug.replace(/-/g, '_')
  return [
    { table: `${name}_locales`, column: 'search' },
    { table: `_${name}_v_locales`, column: 'version_search', versionsTable: `_${name}_v` },
  ]
}

const clientOf = (payload: Payload): Client | undefined =>
  payload.db.name === 'sqlite' ? ((payload.db as unknown as { client?: Client }).client ?? undefined) : undefined

const existing = async (client: Client, type: 'table' | 'trigger', names: string[]): Promise<Set<string>> => {
  const { rows } = await client.execute({
    sql: `SELECT name FROM sqlite_master WHERE type = ? AND name IN (${names.map(() => '?').join(', ')})`,
    args: [type, ...names],
  })
  return new Set(rows.map((row) => String(row.name)))
}

const triggerNamesOf = (table: string) => ['ai', 'ad', 'au'].map((suffix) => `${ftsNameOf(table)}_${suffix}`)

const dropIndex = async (client: Client, table: string) => {
  for (const trigger of triggerNamesOf(table)) await client.execute(`DROP TRIGGER IF EXISTS ${quote(trigger)}`)
  await client.execute(`DROP TABLE IF EXISTS ${quote(ftsNameOf(table))}`)
}

const createIndex = async (client: Client, { table, column }: IndexedTable) => {
  const fts = quote(ftsNameOf(table))
  const [insert, remove, update] = triggerNamesOf(table).map(quote)
  const col = quote(column)
  await client.execute(`CREATE VIRTUAL TABLE ${fts} USING fts5(${col}, content=${quote(table)}, content_rowid='id', tokenize='trigram')`)
  await client.execute(`CREATE TRIGGER ${insert} AFTER INSERT ON ${quote(table)} BEGIN INSERT INTO ${fts}(rowid, ${col}) VALUES (new.id, new.${col}); END`)
  await client.execute(
    `CREATE TRIGGER ${remove} AFTER DELETE ON ${quote(table)} BEGIN INSERT INTO ${fts}(${fts}, rowid, ${col}) VALUES ('delete', old.id, old.${col}); END`,
  )
  await client.execute(
    `CREATE TRIGGER ${update} AFTER UPDATE ON ${quote(table)} BEGIN ` +
      `INSERT INTO ${fts}(${fts}, rowid, ${col}) VALUES ('delete', old.id, old.${col}); ` +
      `INSERT INTO ${fts}(rowid, ${col}) VALUES (new.id, new.${col}); END`,
  )
  await client.execute(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`)
}

/** The collections whose search is indexed: those with a folded `search` field. */
const searchedCollections = (payload: Payload): string[] =>
  payload.config.collections.filter((collection) => collection.flattenedFields.some((field) => field.name === 'search')).map(({ slug }) => slug)

/** Creates (or repairs) the FTS tables and their triggers for every locale table that exists. */
export const ensureSqliteSearchIndexes = async (payload: Payload): Promise<void> => {
  const client = clientOf(payload)
  if (!client) return
  for (const slug of searchedCollections(payload)) {
    for (const indexed of indexedTablesOf(slug)) {
      const tables = await existing(client, 'table', [indexed.table, ftsNameOf(indexed.table)])
      // Not migrated yet (a fresh database before `payload migrate`): the next start creates it.
      if (!tables.has(indexed.table)) continue
      const triggers = await existing(client, 'trigger', triggerNamesOf(indexed.table))
      if (tables.has(ftsNameOf(indexed.table)) && triggers.size === 3) continue
      await dropIndex(client, indexed.table)
      await createIndex(client, indexed)
    }
  }
}

/**
 * The ids of the documents (drafts: of the documents whose versions) whose folded search text
 * contains every word of `words` that the index can look up, in any locale: a superset of what
 * the query's `LIKE` then keeps. Undefined when the index cannot narrow the query (no word long
 * enough, not SQLite, no index, too many candidates).
 */
export const searchCandidates = async ({
  isDraft,
  patterns,
  payload,
  slug,
}: {
  isDraft: boolean
  /** Each a substring every match contains (folded words). */
  patterns: string[]
  payload: Payload
  slug: string
}): Promise<Set<number | string> | undefined> => {
  const client = clientOf(payload)
  const usable = patterns.filter((pattern) => [...pattern].length >= MIN_WORD_LENGTH)
  if (!client || usable.length === 0) return undefined
  const indexed = indexedTablesOf(slug)[isDraft ? 1 : 0]!
  const fts = quote(ftsNameOf(indexed.table))
  const matching = `SELECT rowid FROM ${fts} WHERE ${usable.map(() => `${quote(indexed.column)} LIKE ?`).join(' AND ')}`
  const sql = indexed.versionsTable
    ? `SELECT DISTINCT v.parent_id AS id FROM ${quote(indexed.versionsTable)} v JOIN ${quote(indexed.table)} l ON l._parent_id = v.id WHERE l.id IN (${matching}) LIMIT ${MAX_CANDIDATES + 1}`
    : `SELECT DISTINCT _parent_id AS id FROM ${quote(indexed.table)} WHERE id IN (${matching}) LIMIT ${MAX_CANDIDATES + 1}`
  let rows: Array<Record<string, unknown>>
  try {
    ;({ rows } = await client.execute({ sql, args: usable.map((pattern) => `%${pattern}%`) }))
  } catch {
    // No index yet (the database is being migrated): the scan answers.
    return undefined
  }
  if (rows.length > MAX_CANDIDATES) return undefined
  return new Set(rows.map((row) => row.id as number | string))
}

/** The SQLite adapter, with the search index ensured each time it connects (after any schema push). */
export const withSqliteSearchIndex = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const connect = adapter.connect
    if (connect) {
      adapter.connect = async function (this: unknown, ...connectArgs: Parameters<typeof connect>) {
        await connect.apply(this, connectArgs)
        await ensureSqliteSearchIndexes(args.payload)
      }
    }
    return adapter
  },
})
