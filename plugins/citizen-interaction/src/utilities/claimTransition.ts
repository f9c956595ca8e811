/**
 * Moves a question from one status to the next only if it still has the first: one
 * conditional UPDATE whose match count says who won, so of two officers approving at the same
 * moment exactly one succeeds. Payload's update-by-where reads first and writes after, which
 * lets both through; on the SQL adapters the raw-SQL helpers do it in one statement, inside the
 * request's transaction. Other adapters keep the where-guarded Local API update.
 */
import type { PayloadRequest } from 'payload'

import { connectionOf, executeRaw, idLiteral, rawTableOf, sqlAdapterOf, sqlLiteral } from '@loa/helpers/sql'

import type { Id, QuestionStatus, SanitizedCitizenConfig } from '../types.js'

/**
 * `claimed`: this request moved the question; `lost`: its status had changed meanwhile;
 * `unsupported`: not an SQL adapter, the caller's guarded update decides.
 */
export const claimTransition = async ({
  cfg,
  from,
  id,
  req,
  to,
}: {
  cfg: SanitizedCitizenConfig
  from: QuestionStatus
  id: Id
  req: PayloadRequest
  to: QuestionStatus
}): Promise<'claimed' | 'lost' | 'unsupported'> => {
  const adapter = sqlAdapterOf(req.payload)
  if (!adapter) return 'unsupported'
  const q = rawTableOf(adapter, cfg.questionsSlug)
  const rows = await executeRaw(
    adapter,
    await connectionOf(adapter, req),
    `UPDATE ${q.name} SET ${q.column('status', 'status')} = ${sqlLiteral(to)} ` +
      `WHERE ${q.column('id', 'id')} = ${idLiteral(id)} AND ${q.column('status', 'status')} = ${sqlLiteral(from)} RETURNING ${q.column('id', 'id')} AS id`,
  )
  return rows.length > 0 ? 'claimed' : 'lost'
}
