import { loaTimeZone } from '@loa/helpers'

export const PLUGIN_NAME = 'scheduling'

export const DEFAULT_CAMPAIGN_FIELD = 'campaign'
export const DEFAULT_PERIOD_START_PATH = 'period.start'
export const DEFAULT_PERIOD_END_PATH = 'period.end'
export const DEFAULT_QUEUE = 'scheduling'
/** Every second: with a worker polling as often, an item goes live at most ~2 s after its time. */
export const DEFAULT_CRON = '* * * * * *'
export const DEFAULT_CALENDAR_PATH = '/calendar'
export const DEFAULT_ADMIN_VIEW_PATH = '/calendar'

export const RUNS_COLLECTION = 'schedule-runs'

/** Key on each scheduled collection's `custom` holding the sanitized options. */
export const SCHEDULING_CUSTOM_KEY = 'scheduling'
export const TASK_SLUG = 'publishDueItems'

/** The system actor a host may name the scheduler's actions after (Loa: in the review workflow). */
export const SCHEDULER_ACTOR = 'system:scheduler' as const

/** Fields this plugin adds to each scheduled collection. */
export const PUBLISH_AT_FIELD = 'publishAt'
export const UNPUBLISH_AT_FIELD = 'unpublishAt'
export const SCHEDULE_OVERRIDE_FIELD = 'scheduleOverride'
/** Times an editor may suggest; they decide nothing. */
export const PROPOSED_PUBLISH_AT_FIELD = 'proposedPublishAt'
export const PROPOSED_UNPUBLISH_AT_FIELD = 'proposedUnpublishAt'
/** Who set each time: written by the server only, checked by the scheduler when the time comes. */
export const PUBLISH_AT_SET_BY_FIELD = 'publishAtSetBy'
export const UNPUBLISH_AT_SET_BY_FIELD = 'unpublishAtSetBy'

/** Each scheduled time with the field that records who set it. */
export const SCHEDULE_SETTER_FIELDS = [
  [PUBLISH_AT_FIELD, PUBLISH_AT_SET_BY_FIELD],
  [UNPUBLISH_AT_FIELD, UNPUBLISH_AT_SET_BY_FIELD],
] as const

/**
 * Fields whose change is scheduling only: the review workflow must not void approvals for them
 * (the `_tz` companions are added by Payload for date fields with a time zone).
 */
export const SCHEDULING_FIELD_NAMES = [
  PUBLISH_AT_FIELD,
  `${PUBLISH_AT_FIELD}_tz`,
  UNPUBLISH_AT_FIELD,
  `${UNPUBLISH_AT_FIELD}_tz`,
  SCHEDULE_OVERRIDE_FIELD,
  PROPOSED_PUBLISH_AT_FIELD,
  `${PROPOSED_PUBLISH_AT_FIELD}_tz`,
  PROPOSED_UNPUBLISH_AT_FIELD,
  `${PROPOSED_UNPUBLISH_AT_FIELD}_tz`,
  PUBLISH_AT_SET_BY_FIELD,
  UNPUBLISH_AT_SET_BY_FIELD,
] as const

export const defaultTimeZone = (): string => loaTimeZone()

/** The safe default for a host that says nothing about admins: a `roles` array holding 'admin'. */
export const hasAdminRole = (user: unknown): boolean => {
  const roles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(roles) && roles.includes('admin')
}
