import type { TaskConfig } from 'payload'

import { formatVietnameseDate } from '@loa/helpers'

import type { DeadlineKind, QuestionDoc, SanitizedCitizenConfig } from '../types.js'

import { TASK_REMIND_QUESTION_DEADLINES } from '../defaults.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { findDeadlines } from '../utilities/deadlines.js'

const SENT_FIELD: Record<DeadlineKind, 'dueSoonSentAt' | 'overdueSentAt'> = { due_soon: 'dueSoonSentAt', overdue: 'overdueSentAt' }

const mailFor = ({ adminUrl, due, kind, question }: { adminUrl: string; due: string; kind: DeadlineKind; question: QuestionDoc }) =>
  kind === 'due_soon'
    ? {
        subject: `Câu hỏi ${question.code} sắp đến hạn trả lời (${due}) — question due soon`,
        text: `Câu hỏi ${question.code} cần được trả lời trước hết ngày ${due}.\n\n${adminUrl}\n\nQuestion ${question.code} must be answered by the end of ${due}.`,
      }
    : {
        subject: `Câu hỏi ${question.code} đã quá hạn trả lời (${due}) — question overdue`,
        text: `Câu hỏi ${question.code} đã quá hạn trả lời (hạn ${due}).\n\n${adminUrl}\n\nQuestion ${question.code} is overdue (it was due by ${due}).`,
      }

/**
 * Once a day: e-mails the people in charge of each open question when it is due within a few
 * working days, and again when its deadline has passed. Each notice goes out once per
 * question (the sent time is kept on it), so a rerun sends nothing twice.
 */
export const remindQuestionDeadlinesTask = (cfg: SanitizedCitizenConfig): TaskConfig<{ input: Record<string, never>; output: { sent: number } }> => ({
  slug: TASK_REMIND_QUESTION_DEADLINES,
  label: 'Nhắc hạn trả lời câu hỏi — remind question deadlines',
  retries: cfg.emailRetries,
  inputSchema: [],
  outputSchema: [{ name: 'sent', type: 'number' }],
  ...(cfg.deadlineSchedule ? { schedule: [{ cron: cfg.deadlineSchedule, queue: 'default' }] } : {}),
  handler: async ({ req }) => {
    const { dueSoon, overdue } = await findDeadlines({ cfg, now: new Date(), req })
    const serverURL = req.payload.config.serverURL || ''
    let sent = 0
    for (const [kind, questions] of [
      ['due_soon', dueSoon],
      ['overdue', overdue],
    ] as const) {
      for (const question of questions) {
        if (question[SENT_FIELD[kind]]) continue
        const recipients = await cfg.deadlineRecipients({ req, question, kind })
        // Nobody in charge yet: no stamp, so the notice goes out once someone is assigned.
        if (!recipients.length) continue
        const adminUrl = `${serverURL}${req.payload.config.routes.admin}/collections/${cfg.questionsSlug}/${question.id}`
        await req.payload.sendEmail({ to: recipients, ...mailFor({ adminUrl, due: formatVietnameseDate(question.dueDate, cfg.timeZone), kind, question }) })
        await req.payload.update({
          collection: asCollectionSlug(cfg.questionsSlug),
          id: question.id,
          data: { [SENT_FIELD[kind]]: new Date().toISOString() } as never,
          depth: 0,
          overrideAccess: true,
          req,
        })
        sent += 1
      }
    }
    return { output: { sent } }
  },
})
