import type { TaskConfig } from 'payload'

import type { QuestionDoc, QuestionEmailKind, SanitizedCitizenConfig } from '../types.js'

import { TASK_SEND_QUESTION_EMAIL } from '../defaults.js'
import { QUESTION_EMAIL_KINDS } from '../types.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { buildQuestionEmail } from '../utilities/questionEmail.js'
import { publicUrls } from '../utilities/publicUrls.js'

/**
 * Sends one e-mail to an asker through Payload's configured e-mail adapter. Queued by the
 * endpoints in the same transaction as the change it reports, so a rolled-back question sends
 * nothing. Idempotent: the sent time is recorded on the question and a retry after a
 * successful send sends nothing.
 */
export const sendQuestionEmailTask = (
  cfg: SanitizedCitizenConfig,
): TaskConfig<{ input: { questionId: string; kind: QuestionEmailKind }; output: { outcome: string } }> => ({
  slug: TASK_SEND_QUESTION_EMAIL,
  label: 'Gửi thư hỏi đáp — send a question e-mail',
  retries: cfg.emailRetries,
  inputSchema: [
    { name: 'questionId', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: [...QUESTION_EMAIL_KINDS] },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const { kind, questionId } = input as { kind: QuestionEmailKind; questionId: string }
    const collection = asCollectionSlug(cfg.questionsSlug)
    const question = (await req.payload.findByID({
      collection,
      id: questionId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })) as QuestionDoc | null
    if (!question) return { output: { outcome: 'question deleted' } }
    if (!question.email) return { output: { outcome: 'skipped (no e-mail address)' } }
    const sentField = kind === 'receipt' ? 'receiptSentAt' : 'answerSentAt'
    if (question[sentField]) return { output: { outcome: 'already sent' } }
    if (kind === 'answer' && question.status !== 'published') return { output: { outcome: 'skipped (not published)' } }

    await req.payload.sendEmail(
      buildQuestionEmail({ ...publicUrls({ cfg, code: question.code, payload: req.payload }), kind, question, timeZone: cfg.timeZone }),
    )
    await req.payload.update({ collection, id: question.id, data: { [sentField]: new Date().toISOString() } as never, depth: 0, overrideAccess: true, req })
    return { output: { outcome: `sent ${kind}` } }
  },
})
