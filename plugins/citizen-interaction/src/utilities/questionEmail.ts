/**
 * The two e-mails an asker receives: the receipt with the tracking code and due date, and the
 * link to the published answer. Plain text (nothing a citizen wrote is rendered as markup), Vietnamese first.
 */
import type { SendEmailOptions } from 'payload'

import { formatVietnameseDate } from '@loa/helpers'

import type { QuestionDoc, QuestionEmailKind } from '../types.js'

export type QuestionEmailInput = {
  kind: QuestionEmailKind
  question: Pick<QuestionDoc, 'code' | 'dueDate' | 'email' | 'name'>
  statusUrl: string
  answerUrl: string
  timeZone: string
}

export const buildQuestionEmail = ({ answerUrl, kind, question, statusUrl, timeZone }: QuestionEmailInput): SendEmailOptions => {
  const due = formatVietnameseDate(question.dueDate, timeZone)
  if (kind === 'receipt') {
    const lines = [
      `Kính gửi ${question.name},`,
      `Cơ quan đã tiếp nhận câu hỏi của anh/chị. Mã tra cứu: ${question.code}. Hạn trả lời: ${due}.`,
      `Tra cứu tình trạng: ${statusUrl}`,
      `Dear ${question.name}, we have received your question. Tracking code: ${question.code}. Answer due by ${due}. Status: ${statusUrl}`,
    ]
    return {
      to: question.email as string,
      subject: `Đã tiếp nhận câu hỏi ${question.code} — question received`,
      text: lines.join('\n\n'),
    }
  }
  const lines = [
    `Kính gửi ${question.name},`,
    `Câu hỏi ${question.code} của anh/chị đã được trả lời: ${answerUrl}`,
    `Dear ${question.name}, your question ${question.code} has been answered: ${answerUrl}`,
  ]
  return {
    to: question.email as string,
    subject: `Câu hỏi ${question.code} đã được trả lời — your question has been answered`,
    text: lines.join('\n\n'),
  }
}
