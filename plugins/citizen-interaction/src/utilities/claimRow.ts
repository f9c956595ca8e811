/**
 * One conditional UPDATE whose match count says who won: sets one column of a question only
 * while another still holds what the caller read, inside the request's transaction. Of two
 * requests (or two job runs) at the same moment exactly one gets `true`. Payload's
 * update-by-where reads first and writes after, which lets both through. Null on adapters
 * without SQL: the caller's Local API write decides there.
 */
import type { PayloadRequest } from 'payload'

import { connectionOf, executeRaw, idLiteral, rawTableOf, sqlAdapterOf, sqlLiteral } from '@loa/helpers/sql'

import type { Id, SanitizedCitizenConfig } from '../types.js'

type Column = { field: string; column: string }

export const claimQuestionRow = async ({
  cfg,
  id,
  req,
  set,
  when,
}: {
  cfg: SanitizedCitizenConfig
  id: Id
  req: PayloadRequest
  /** The column written, and its value. */
  set: Column & { value: string }
  /** The column that must still hold `value` (null: be empty). */
  when: Column & { value: null | string }
}): Promise<boolean | null> => {
  const adapter = sqlAdapterOf(req.payload)
  if (!adapter) return null
  const q = rawTableOf(adapter, cfg.questionsSlug)
  const target = q.column(set.field, set.column)
  const guard = q.column(when.field, when.column)
  const rows = await executeRaw(
    adapter,
    await connectionOf(adapter, req),
    `UPDATE ${q.name} SET ${target} = ${sqlLiteral(set.value)} ` +
      `WHERE ${q.column('id', 'id')} = ${idLiteral(id)} AND ${guard} ${when.value === null ? 'IS NULL' : `= ${sqlLiteral(when.value)}`} ` +
      `RETURNING ${q.column('id', 'id')} AS id`,
  )
  return rows.length > 0
}
