/**
 * Serializes every write to one reviewed item until the writer's transaction ends, so that a
 * workflow action and an edit (or two approvals) never both read the same state and then
 * overwrite each other. Postgres: the item's row is locked (SELECT … FOR UPDATE) in the
 * request's transaction. SQLite: nothing to do — Loa lets one transaction write at a time.
 * MongoDB: concurrent transactions touching one document abort with a write conflict.
 */
import type { PayloadRequest } from 'payload'

type Id = number | string

type PostgresAdapter = {
  name: string
  sessions?: Record<string, { db: unknown }>
  tableNameMap: Map<string, string>
  execute: (args: { db?: unknown; drizzle?: unknown; raw: string }) => Promise<unknown>
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

const idLiteral = (id: Id): string => (typeof id === 'number' || /^\d+$/.test(id) ? String(Number(id)) : `'${String(id).replace(/'/g, "''")}'`)

export const lockItemRow = async ({ collection, id, req }: { collection: string; id: Id; req: PayloadRequest }): Promise<void> => {
  const adapter = req.payload.db as unknown as Partial<PostgresAdapter>
  if (adapter.name !== 'postgres' || typeof adapter.execute !== 'function' || !adapter.tableNameMap) return
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const connection = transactionID !== undefined && transactionID !== null ? adapter.sessions?.[String(transactionID)]?.db : undefined
  // Without a transaction a lock would end with its own statement: nothing to hold.
  if (!connection) return
  const table = quoteIdent(adapter.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_'))
  await adapter.execute({ db: connection, drizzle: connection, raw: `SELECT id FROM ${table} WHERE id = ${idLiteral(id)} FOR UPDATE` })
}
