/**
 * Moves a question from one status to the next only if it still has the first: one
 * conditional UPDATE whose match count says who won, so of two officers approving at the same
 * moment exactly one succeeds. Payload's update-by-where reads first and writes after, which
 * lets both through; on the SQL adapters the raw-SQL helpers do it in one statement, inside the
 * request's transaction. Other adapters keep the where-guarded Local API update.
 */
import type { PayloadRequest } from 'payload'

import type { Id, QuestionStatus, SanitizedCitizenConfig } from '../types.js'

import { claimQuestionRow } from './claimRow.js'

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
  const status = { field: 'status', column: 'status' }
  const claimed = await claimQuestionRow({ cfg, id, req, set: { ...status, value: to }, when: { ...status, value: from } })
  return claimed === null ? 'unsupported' : claimed ? 'claimed' : 'lost'
}
