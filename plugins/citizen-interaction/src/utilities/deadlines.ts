import type { PayloadRequest } from 'payload'

import type { QuestionDoc, SanitizedCitizenConfig } from '../types.js'

import { OPEN_STATUSES } from '../defaults.js'
import { asCollectionSlug } from './asCollectionSlug.js'
import { loadWorkingCalendar } from './loadWorkingCalendar.js'

export type DeadlineLists = { dueSoon: QuestionDoc[]; overdue: QuestionDoc[] }

/**
 * The open questions whose deadline is near (due within `reminderWorkingDays` working days)
 * or past, as of `now`, earliest due first.
 */
export const findDeadlines = async ({ cfg, now, req }: { cfg: SanitizedCitizenConfig; now: Date; req: PayloadRequest }): Promise<DeadlineLists> => {
  const calendar = await loadWorkingCalendar({ cfg, req })
  const horizon = calendar.endOfLocalDate(calendar.addWorkingDays(now, cfg.reminderWorkingDays))
  const { docs } = await req.payload.find({
    collection: asCollectionSlug(cfg.questionsSlug),
    where: { and: [{ status: { in: [...OPEN_STATUSES] } }, { dueDate: { less_than_equal: horizon.toISOString() } }] },
    sort: 'dueDate',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const questions = docs as unknown as QuestionDoc[]
  const isOverdue = (question: QuestionDoc) => new Date(question.dueDate).getTime() < now.getTime()
  return { dueSoon: questions.filter((q) => !isOverdue(q)), overdue: questions.filter(isOverdue) }
}
