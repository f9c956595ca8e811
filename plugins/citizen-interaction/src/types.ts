import type { PayloadRequest } from 'payload'

import type { CollectionOverrides, RateLimit, RateLimitStore } from '@loa/helpers'

export type Id = number | string

export const QUESTION_STATUSES = ['received', 'assigned', 'answered', 'approved', 'published', 'closed'] as const
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]

export const WORKFLOW_ACTIONS = ['assign', 'answer', 'approve', 'request_changes', 'publish', 'close'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** What the mail job sends to the asker. */
export const QUESTION_EMAIL_KINDS = ['receipt', 'answer'] as const
export type QuestionEmailKind = (typeof QUESTION_EMAIL_KINDS)[number]

export type { RateLimit } from '@loa/helpers'

export type CitizenRateLimits = {
  /** Questions per client address (per /64 for IPv6). A commune office behind one NAT is one address. */
  perAddress: RateLimit
  /** Questions per e-mail address or phone number. */
  perContact: RateLimit
  /** Feedback (helpful or not, with an optional comment) per client address. */
  feedbackPerAddress: RateLimit
}

export const COMMENT_STATUSES = ['none', 'pending', 'approved', 'rejected'] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]

/** A question as the workflow rules see it (depth 0). */
export type QuestionDoc = {
  id: Id
  code: string
  name: string
  publicName?: null | string
  email?: null | string
  phone?: null | string
  question: string
  campaign?: Id | null | { id: Id }
  item?: null | { relationTo: string; value: Id | { id: Id } }
  topic?: null | string
  consent: boolean
  consentAt?: null | string
  status: QuestionStatus
  assignee?: Id | null | { id: Id }
  assignedUnit?: null | string
  answer?: null | string
  answeredBy?: Id | null | { id: Id }
  approvedBy?: Id | null | { id: Id }
  publishedAt?: null | string
  answeredInWorkingDays?: null | number
  closedReason?: null | string
  dueDate: string
  workingDays: number
  receiptSentAt?: null | string
  answerSentAt?: null | string
  dueSoonSentAt?: null | string
  overdueSentAt?: null | string
  anonymisedAt?: null | string
  createdAt: string
  updatedAt: string
}

/** A host decision about the current user, optionally about one question. */
export type AccessDecision = (args: { req: PayloadRequest; question?: QuestionDoc }) => boolean | Promise<boolean>

/** One day the official calendar changes: an extra day off, or a weekend day worked in exchange. */
export type CalendarChange = {
  /** Local date, `YYYY-MM-DD`. */
  date: string
  kind: 'day_off' | 'working_day'
}

export type CitizenInteractionPluginConfig = {
  /** Turns the endpoints and jobs off; fields and collections stay so the schema is stable. @default false */
  disabled?: boolean
  /** Everything: calendar data, deleting questions. @default any logged-in user */
  isAdmin?: AccessDecision
  /** Reads questions (contacts included) and their events. @default any logged-in user */
  isStaff?: AccessDecision
  /** Assigns a question to a user or unit (a campaign manager). @default isStaff */
  canAssign?: AccessDecision
  /** Writes an answer. @default isStaff */
  canAnswer?: AccessDecision
  /** Reads the asker's name, e-mail and phone (personal data, Decree 13/2023); others see them empty. @default isAdmin */
  canSeeContacts?: AccessDecision
  /** Approves, requests changes, publishes and closes. The answerer never approves their own answer, whatever this says. @default isStaff */
  canApprove?: AccessDecision
  /** Slug of the users collection (assignees, answerers, approvers). @default 'users' */
  usersSlug?: string
  /** Slug of the campaigns collection; `null`, or a slug the config lacks, leaves the campaign field out. @default 'campaigns' when it exists */
  campaignsSlug?: null | string
  /** Collections a question may be about (the `item` field). @default [] */
  itemCollections?: string[]
  /** Slug of the questions collection. @default 'questions' */
  questionsSlug?: string
  /** Slug of the append-only events collection. @default 'question-events' */
  questionEventsSlug?: string
  /** Slug of the calendar changes collection (official day swaps, extra days off). @default 'working-calendar' */
  calendarSlug?: string
  /** Slug of the feedback collection ("hữu ích / chưa hữu ích" on published items); added only when `itemCollections` is not empty. @default 'feedback' */
  feedbackSlug?: string
  /** Host changes to the feedback collection. */
  feedbackOverrides?: CollectionOverrides
  /** Slug of the awareness surveys collection. @default 'surveys' */
  surveysSlug?: string
  /** Slug of the survey responses collection. @default 'survey-responses' */
  surveyResponsesSlug?: string
  /** Writes surveys and hands out their respondent tokens (a campaign manager). @default isStaff */
  canManageSurveys?: AccessDecision
  /** Approves or rejects feedback comments before anyone sees them. @default isStaff */
  canModerate?: AccessDecision
  /** Host changes to the questions collection. */
  questionsOverrides?: CollectionOverrides
  /** Host changes to the events collection. */
  questionEventsOverrides?: CollectionOverrides
  /** Host changes to the calendar collection. */
  calendarOverrides?: CollectionOverrides
  /** Working days to answer a question. @default 15 */
  answerWorkingDays?: number
  /**
   * Working days to answer a question about a given campaign (its own deadline), or undefined
   * for `answerWorkingDays`. A whole number from 1 to 365; anything else is ignored.
   * @default () => undefined
   */
  answerWorkingDaysFor?: (args: { campaign: Id | null; req: PayloadRequest }) => number | Promise<number | undefined> | undefined
  /** Time zone of the working-day calendar. @default 'Asia/Ho_Chi_Minh' */
  timeZone?: string
  /** Country (and region) whose public holidays `date-holidays` reads. @default 'VN' */
  holidayCountry?: string
  /** Calendar changes known when the app is configured; admins add more in the calendar collection. @default [] */
  calendarChanges?: CalendarChange[]
  /** Limits on the public ask endpoint. */
  rateLimits?: Partial<CitizenRateLimits>
  /** Where the limits keep count; a store shared by every instance makes them hold across instances. @default this process's memory */
  rateLimitStore?: RateLimitStore
  /** The client's address, for the per-address limit; null when unknown (the limit is then skipped). @default () => null */
  clientAddress?: (req: PayloadRequest) => null | string
  /** Public address of the page (or endpoint) that shows one published answer. @default `${serverURL}/api/questions/public/${code}` */
  answerUrl?: (args: { code: string; serverURL: string; apiRoute: string; questionsSlug: string }) => string
  /** Retries of the mail job. @default 5 */
  emailRetries?: number
  /** Working days before the due date when the reminder goes out. @default 2 */
  reminderWorkingDays?: number
  /** Who is e-mailed when a question is due soon or overdue (the campaign's managers, say). @default the assignee's e-mail */
  deadlineRecipients?: (args: { req: PayloadRequest; question: QuestionDoc; kind: DeadlineKind }) => Promise<string[]> | string[]
  /** Cron (server time) of the deadline reminder job; null to queue it only by hand. @default '0 1 * * *' (08:00 in Hà Nội) */
  deadlineSchedule?: null | string
  /** Days after a question arrived before its asker's name, e-mail and phone are erased. @default 365 */
  retentionDays?: number
  /** Cron (server time) of the anonymisation job; null to queue it only by hand. @default '30 20 * * *' (03:30 in Hà Nội) */
  retentionSchedule?: null | string
}

export type DeadlineKind = 'due_soon' | 'overdue'

export type SanitizedCitizenConfig = {
  isEnabled: boolean
  isAdmin: AccessDecision
  isStaff: AccessDecision
  canAssign: AccessDecision
  canAnswer: AccessDecision
  canApprove: AccessDecision
  canSeeContacts: AccessDecision
  usersSlug: string
  campaignsSlug: null | string
  itemCollections: string[]
  questionsSlug: string
  questionEventsSlug: string
  calendarSlug: string
  feedbackSlug: string
  feedbackOverrides?: CollectionOverrides
  canModerate: AccessDecision
  surveysSlug: string
  surveyResponsesSlug: string
  canManageSurveys: AccessDecision
  questionsOverrides?: CollectionOverrides
  questionEventsOverrides?: CollectionOverrides
  calendarOverrides?: CollectionOverrides
  answerWorkingDays: number
  answerWorkingDaysFor: NonNullable<CitizenInteractionPluginConfig['answerWorkingDaysFor']>
  timeZone: string
  holidayCountry: string
  calendarChanges: CalendarChange[]
  rateLimits: CitizenRateLimits
  rateLimitStore: RateLimitStore
  clientAddress: (req: PayloadRequest) => null | string
  answerUrl: NonNullable<CitizenInteractionPluginConfig['answerUrl']>
  emailRetries: number
  reminderWorkingDays: number
  deadlineRecipients: NonNullable<CitizenInteractionPluginConfig['deadlineRecipients']>
  deadlineSchedule: null | string
  retentionDays: number
  retentionSchedule: null | string
}

export const SURVEY_QUESTION_KINDS = ['single', 'multiple', 'scale', 'text'] as const
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number]

export type SurveyDoc = {
  id: Id
  title: string
  isOpen?: boolean | null
  waves: string[]
  questions: Array<{ key: string; text: string; kind: SurveyQuestionKind; options?: string[] | null }>
}

/** One answer as stored: an option, several options, a 1–5 agreement, or short text. */
export type SurveyAnswer = number | string | string[]
