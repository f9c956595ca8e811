import type { CitizenInteractionPluginConfig, CitizenRateLimits, RateLimit, SanitizedCitizenConfig } from '../types.js'

import { createMemoryRateLimitStore, idOf } from '@loa/helpers'

import {
  DEFAULT_ANSWER_WORKING_DAYS,
  DEFAULT_DEADLINE_SCHEDULE,
  DEFAULT_RATE_LIMITS,
  DEFAULT_RETENTION_DAYS,
  DEFAULT_RETENTION_SCHEDULE,
  DEFAULT_TIME_ZONE,
  isLoggedIn,
  PLUGIN_NAME,
} from '../defaults.js'
import { asCollectionSlug } from './asCollectionSlug.js'
import { isLocalDate } from './workingCalendar.js'

const fail = (message: string): never => {
  throw new Error(`[${PLUGIN_NAME}] ${message}`)
}

const checkSlug = (name: string, value: unknown): string => {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9-]*$/.test(value)) fail(`option ${name} must be a collection slug, got ${JSON.stringify(value)}`)
  return value as string
}

const checkLimit = (name: string, value: RateLimit): RateLimit => {
  if (!Number.isInteger(value.max) || value.max < 1) fail(`option rateLimits.${name}.max must be a whole number ≥ 1, got ${JSON.stringify(value.max)}`)
  if (!Number.isFinite(value.windowMs) || value.windowMs < 1000)
    fail(`option rateLimits.${name}.windowMs must be at least 1000 ms, got ${JSON.stringify(value.windowMs)}`)
  return { max: value.max, windowMs: value.windowMs }
}

const checkWholeNumber = (name: string, value: number, min: number): number => {
  if (!Number.isInteger(value) || value < min) fail(`option ${name} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`)
  return value
}

const checkTimeZone = (value: string): string => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
  } catch {
    fail(`option timeZone: unknown time zone ${JSON.stringify(value)}`)
  }
  return value
}

const checkSchedule = (name: string, value: unknown): null | string => {
  if (value !== null && (typeof value !== 'string' || value.trim().split(/\s+/).length < 5))
    fail(`option ${name} must be a cron expression or null, got ${JSON.stringify(value)}`)
  return value as null | string
}

/** The default recipient of deadline reminders: whoever the question is assigned to. */
const assigneeEmail =
  (usersSlug: string): SanitizedCitizenConfig['deadlineRecipients'] =>
  async ({ question, req }) => {
    const assignee = idOf(question.assignee)
    if (assignee === undefined) return []
    const user = (await req.payload.findByID({
      collection: asCollectionSlug(usersSlug),
      id: assignee,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })) as {
      email?: string
    } | null
    return user?.email ? [user.email] : []
  }

const defaultAnswerUrl: SanitizedCitizenConfig['answerUrl'] = ({ apiRoute, code, questionsSlug, serverURL }) =>
  `${serverURL}${apiRoute}/${questionsSlug}/public/${encodeURIComponent(code)}`

/** Options with their defaults, checked once at start-up; `existingSlugs` are the host's collections. */
export const sanitizeConfig = (options: CitizenInteractionPluginConfig, existingSlugs: readonly string[]): SanitizedCitizenConfig => {
  const usersSlug = checkSlug('usersSlug', options.usersSlug ?? 'users')
  if (!existingSlugs.includes(usersSlug)) fail(`unknown collection "${usersSlug}" (option usersSlug)`)
  const questionsSlug = checkSlug('questionsSlug', options.questionsSlug ?? 'questions')
  const questionEventsSlug = checkSlug('questionEventsSlug', options.questionEventsSlug ?? 'question-events')
  const calendarSlug = checkSlug('calendarSlug', options.calendarSlug ?? 'working-calendar')
  const feedbackSlug = checkSlug('feedbackSlug', options.feedbackSlug ?? 'feedback')
  const surveysSlug = checkSlug('surveysSlug', options.surveysSlug ?? 'surveys')
  const surveyResponsesSlug = checkSlug('surveyResponsesSlug', options.surveyResponsesSlug ?? 'survey-responses')
  for (const [name, slug] of [
    ['surveysSlug', surveysSlug],
    ['surveyResponsesSlug', surveyResponsesSlug],
    ['questionsSlug', questionsSlug],
    ['questionEventsSlug', questionEventsSlug],
    ['calendarSlug', calendarSlug],
    ['feedbackSlug', feedbackSlug],
  ] as const) {
    if (existingSlugs.includes(slug)) fail(`collection "${slug}" already exists (option ${name})`)
  }
  if (new Set([questionsSlug, questionEventsSlug, calendarSlug, feedbackSlug, surveysSlug, surveyResponsesSlug]).size < 6)
    fail('the slugs of the collections the plugin adds must differ')

  // The default follows the host: a campaigns collection when it has one, none otherwise.
  const campaignsSlug =
    options.campaignsSlug === undefined
      ? existingSlugs.includes('campaigns')
        ? 'campaigns'
        : null
      : options.campaignsSlug === null
        ? null
        : checkSlug('campaignsSlug', options.campaignsSlug)
  if (campaignsSlug && !existingSlugs.includes(campaignsSlug)) fail(`unknown collection "${campaignsSlug}" (option campaignsSlug)`)
  const itemCollections = (options.itemCollections ?? []).map((slug, index) => checkSlug(`itemCollections[${index}]`, slug))
  for (const slug of itemCollections) if (!existingSlugs.includes(slug)) fail(`unknown collection "${slug}" (option itemCollections)`)

  for (const change of options.calendarChanges ?? []) {
    if (!isLocalDate(change.date) || (change.kind !== 'day_off' && change.kind !== 'working_day'))
      fail(`option calendarChanges: ${JSON.stringify(change)} needs a YYYY-MM-DD date and kind "day_off" or "working_day"`)
  }

  const isStaff = options.isStaff ?? isLoggedIn
  const isAdmin = options.isAdmin ?? isLoggedIn
  return {
    isEnabled: !options.disabled,
    isAdmin,
    canSeeContacts: options.canSeeContacts ?? isAdmin,
    isStaff,
    canAssign: options.canAssign ?? isStaff,
    canAnswer: options.canAnswer ?? isStaff,
    canApprove: options.canApprove ?? isStaff,
    usersSlug,
    campaignsSlug,
    itemCollections,
    questionsSlug,
    questionEventsSlug,
    calendarSlug,
    feedbackSlug,
    feedbackOverrides: options.feedbackOverrides,
    canModerate: options.canModerate ?? isStaff,
    surveysSlug,
    surveyResponsesSlug,
    canManageSurveys: options.canManageSurveys ?? isStaff,
    questionsOverrides: options.questionsOverrides,
    questionEventsOverrides: options.questionEventsOverrides,
    calendarOverrides: options.calendarOverrides,
    answerWorkingDays: checkWholeNumber('answerWorkingDays', options.answerWorkingDays ?? DEFAULT_ANSWER_WORKING_DAYS, 1),
    answerWorkingDaysFor: options.answerWorkingDaysFor ?? (() => undefined),
    timeZone: checkTimeZone(options.timeZone ?? DEFAULT_TIME_ZONE),
    holidayCountry: options.holidayCountry ?? 'VN',
    calendarChanges: [...(options.calendarChanges ?? [])],
    rateLimits: {
      perAddress: checkLimit('perAddress', { ...DEFAULT_RATE_LIMITS.perAddress, ...options.rateLimits?.perAddress }),
      perContact: checkLimit('perContact', { ...DEFAULT_RATE_LIMITS.perContact, ...options.rateLimits?.perContact }),
      feedbackPerAddress: checkLimit('feedbackPerAddress', { ...DEFAULT_RATE_LIMITS.feedbackPerAddress, ...options.rateLimits?.feedbackPerAddress }),
    } satisfies CitizenRateLimits,
    rateLimitStore: options.rateLimitStore ?? createMemoryRateLimitStore(),
    clientAddress: options.clientAddress ?? (() => null),
    answerUrl: options.answerUrl ?? defaultAnswerUrl,
    emailRetries: checkWholeNumber('emailRetries', options.emailRetries ?? 5, 0),
    reminderWorkingDays: checkWholeNumber('reminderWorkingDays', options.reminderWorkingDays ?? 2, 0),
    deadlineRecipients: options.deadlineRecipients ?? assigneeEmail(usersSlug),
    deadlineSchedule: checkSchedule('deadlineSchedule', options.deadlineSchedule === undefined ? DEFAULT_DEADLINE_SCHEDULE : options.deadlineSchedule),
    retentionDays: checkWholeNumber('retentionDays', options.retentionDays ?? DEFAULT_RETENTION_DAYS, 1),
    retentionSchedule: checkSchedule('retentionSchedule', options.retentionSchedule === undefined ? DEFAULT_RETENTION_SCHEDULE : options.retentionSchedule),
  }
}
