import type { TaskConfig } from 'payload'

import { formatVietnameseDate } from '@loa/helpers'

import type { DeadlineKind, QuestionDoc, SanitizedCitizenConfig } from '../types.js'

import { TASK_REMIND_QUESTION_DEADLINES } from '../defaults.js'
import type { NoticeField } from '../utilities/claimNotice.js'

import { claimNotice, setNotice } from '../utilities/claimNotice.js'
import { findDeadlines } from '../utilities/deadlines.js'

const SENT_FIELD: Record<DeadlineKind, NoticeField> = { due_soon: 'dueSoonSentAt', overdue: 'overdueSentAt' }

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
        // Claimed first, sent after: of two runs at once, only the one that stamped it sends.
        const field = SENT_FIELD[kind]
        if (!(await claimNotice({ at: new Date().toISOString(), cfg, field, id: question.id, req }))) continue
        const adminUrl = `${serverURL}${req.payload.config.routes.admin}/collections/${cfg.questionsSlug}/${question.id}`
        try {
          await req.payload.sendEmail({ to: recipients, ...mailFor({ adminUrl, due: formatVietnameseDate(question.dueDate, cfg.timeZone), kind, question }) })
        } catch (error) {
          // Not sent: the stamp goes, so the retry (or tomorrow's run) sends it.
          await setNotice({ cfg, field, id: question.id, req, value: null })
          throw error
        }
        sent += 1
      }
    }
    return { output: { sent } }
  },
})
