/**
 * Serializes every write to one reviewed item until the writer's transaction ends, so that a
 * workflow action and an edit (or two approvals) never both read the same state and then
 * overwrite each other. Postgres: the item's row is locked (SELECT … FOR UPDATE) in the
 * request's transaction. SQLite: nothing to do — Loa lets one transaction write at a time.
 * MongoDB: concurrent transactions touching one document abort with a write conflict.
 */
import type { PayloadRequest } from 'payload'

import { executeRaw, idLiteral, quoteIdent, sqlAdapterOf, tableNameOf, transactionConnectionOf } from '@loa/helpers/sql'

type Id = number | string

export const lockItemRow = async ({ collection, id, req }: { collection: string; id: Id; req: PayloadRequest }): Promise<void> => {
  const adapter = sqlAdapterOf(req.payload)
  if (adapter?.name !== 'postgres') return
  const connection = await transactionConnectionOf(adapter, req)
  // Without a transaction a lock would end with its own statement: nothing to hold.
  if (!connection) return
  await executeRaw(adapter, connection, `SELECT id FROM ${quoteIdent(tableNameOf(adapter, collection))} WHERE id = ${idLiteral(id)} FOR UPDATE`)
}
