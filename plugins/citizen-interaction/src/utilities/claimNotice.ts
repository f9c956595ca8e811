/**
 * Stamps a deadline notice as sent only if no other run stamped it first: one conditional
 * UPDATE whose match count says who sends. Two reminder runs at once (two workers, or a
 * scheduled run next to one queued by hand) both read the question unstamped; without the
 * claim both would e-mail. On adapters without SQL the Local API stamp is written instead
 * (read-then-write: a rare second mail is possible there).
 */
import type { PayloadRequest } from 'payload'

import type { Id, SanitizedCitizenConfig } from '../types.js'

import { asCollectionSlug } from './asCollectionSlug.js'
import { claimQuestionRow } from './claimRow.js'

export type NoticeField = 'dueSoonSentAt' | 'overdueSentAt'

const COLUMN_FALLBACK: Record<NoticeField, string> = { dueSoonSentAt: 'due_soon_sent_at', overdueSentAt: 'overdue_sent_at' }

/** Writes `field` = `at` on the question; true when this call set it (the caller sends the notice). */
export const claimNotice = async ({
  at,
  cfg,
  field,
  id,
  req,
}: {
  at: string
  cfg: SanitizedCitizenConfig
  field: NoticeField
  id: Id
  req: PayloadRequest
}): Promise<boolean> => {
  const column = { field, column: COLUMN_FALLBACK[field] }
  const claimed = await claimQuestionRow({ cfg, id, req, set: { ...column, value: at }, when: { ...column, value: null } })
  if (claimed !== null) return claimed
  await setNotice({ cfg, field, id, req, value: at })
  return true
}

/** Sets or clears the stamp through the Local API (hooks run, the value is stored in the field's own format). */
export const setNotice = async ({ cfg, field, id, req, value }: { cfg: SanitizedCitizenConfig; field: NoticeField; id: Id; req: PayloadRequest; value: null | string }) =>
  req.payload.update({
    collection: asCollectionSlug(cfg.questionsSlug),
    id,
    data: { [field]: value } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
