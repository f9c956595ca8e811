import type { AccessDecision, CitizenRateLimits, QuestionStatus, WorkflowAction } from './types.js'

export const PLUGIN_NAME = 'citizen-interaction'

/** Namespace of the plugin's strings in `config.i18n.translations`. */
export const TRANSLATION_NAMESPACE = 'plugin-citizen-interaction'

/**
 * The provincial portal rules answered citizens within 15 working days; a campaign may set
 * its own number through the option.
 */
export const DEFAULT_ANSWER_WORKING_DAYS = 15

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/**
 * perAddress: a commune office asking on behalf of several people shares one address; 20 an
 * hour lets it through and stops a flood. perContact: one person asks a few questions a day.
 */
export const DEFAULT_RATE_LIMITS: CitizenRateLimits = {
  perAddress: { max: 20, windowMs: 60 * 60 * 1000 },
  perContact: { max: 5, windowMs: 24 * 60 * 60 * 1000 },
  // A reader rates what they read; a hundred items an hour is already more than anyone reads.
  feedbackPerAddress: { max: 100, windowMs: 60 * 60 * 1000 },
}

/** Longest accepted values, checked by the endpoint and by the fields. */
export const LIMITS = { comment: 2000, name: 120, email: 254, phone: 20, question: 5000, topic: 200, answer: 20_000, note: 2000, unit: 200 } as const

/** Bodies above this are refused before they are parsed. */
export const MAX_BODY_BYTES = 32 * 1024

/** The form field a person never sees (hidden by the form); a robot filling it is refused and nothing is stored. */
export const HONEYPOT_FIELD = 'website'

export const TASK_SEND_QUESTION_EMAIL = 'sendQuestionEmail'
export const TASK_REMIND_QUESTION_DEADLINES = 'remindQuestionDeadlines'

/** 01:00 UTC is 08:00 in Hà Nội: reminders arrive as the working day starts. */
export const DEFAULT_DEADLINE_SCHEDULE = '0 1 * * *'

export const TASK_ANONYMISE_OLD_QUESTIONS = 'anonymiseOldQuestions'

export const DEFAULT_RETENTION_DAYS = 365

/** 20:30 UTC is 03:30 in Hà Nội: erasing is not urgent and should not meet the working day. */
export const DEFAULT_RETENTION_SCHEDULE = '30 20 * * *'

/** What stands where an erased asker's name was. */
export const ANONYMISED_NAME = 'Đã ẩn danh'

/** Statuses of a question still waiting for its answer. */
export const OPEN_STATUSES: readonly QuestionStatus[] = ['received', 'assigned', 'answered', 'approved']

/** Context flag of the writes the workflow makes itself (events, status changes). */
export const WORKFLOW_WRITE_CONTEXT = 'citizenInteractionWorkflowWrite'

/** Which status each action leads from and to. */
export const TRANSITIONS: Record<WorkflowAction, { from: readonly QuestionStatus[]; to: QuestionStatus }> = {
  assign: { from: ['received', 'assigned'], to: 'assigned' },
  answer: { from: ['assigned', 'answered'], to: 'answered' },
  approve: { from: ['answered'], to: 'approved' },
  request_changes: { from: ['answered', 'approved'], to: 'assigned' },
  publish: { from: ['approved'], to: 'published' },
  close: { from: ['received', 'assigned', 'answered', 'approved'], to: 'closed' },
}

/** A host with only `users`: every logged-in user is staff, as Payload's own default access. */
export const isLoggedIn: AccessDecision = ({ req }) => Boolean(req.user)
