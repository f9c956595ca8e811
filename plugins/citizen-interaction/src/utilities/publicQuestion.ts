import type { QuestionDoc } from '../types.js'

/** A published question as anyone may read it: the asker's initials, never their name or contact. */
export const publicQuestionOf = (question: QuestionDoc) => ({
  code: question.code,
  askedBy: question.publicName || 'Ẩn danh',
  question: question.question,
  topic: question.topic ?? null,
  answer: question.answer ?? '',
  askedAt: question.createdAt,
  publishedAt: question.publishedAt ?? null,
})
