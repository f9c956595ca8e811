import type { CitizenTranslationKey } from '../translations/index.js'
import type { QuestionStatus, WorkflowAction } from '../types.js'

export const STATUS_LABEL_KEYS: Record<QuestionStatus, CitizenTranslationKey> = {
  received: 'statusReceived',
  assigned: 'statusAssigned',
  answered: 'statusAnswered',
  approved: 'statusApproved',
  published: 'statusPublished',
  closed: 'statusClosed',
}

export const ACTION_LABEL_KEYS: Record<'ask' | WorkflowAction, CitizenTranslationKey> = {
  ask: 'actionAsk',
  assign: 'actionAssign',
  answer: 'actionAnswer',
  approve: 'actionApprove',
  request_changes: 'actionRequestChanges',
  publish: 'actionPublish',
  close: 'actionClose',
}

/** Both languages, for the public status answer and the e-mails (no admin `t` there). */
export const STATUS_TEXT: Record<QuestionStatus, { vi: string; en: string }> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  assigned: { vi: 'Đang xử lý', en: 'Being handled' },
  answered: { vi: 'Đang xử lý', en: 'Being handled' },
  approved: { vi: 'Đang xử lý', en: 'Being handled' },
  published: { vi: 'Đã trả lời', en: 'Answered' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
}
