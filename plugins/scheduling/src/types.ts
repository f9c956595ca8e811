import type { PayloadRequest } from 'payload'

import type { CollectionOverrides } from '@loa/helpers'

export type Id = number | string

/** What the scheduler asks of an item when its time comes. */
export type ScheduledAction = 'publish' | 'unpublish'

/** How one scheduled action ended, as kept in the schedule runs log. */
export type ScheduleRunStatus = 'done' | 'refused' | 'cancelled' | 'override'

export type PerformScheduledActionArgs = {
  /** Carries the per-item transaction the claim was written in. */
  req: PayloadRequest
  collection: string
  id: Id
  action: ScheduledAction
  /** The user who set the time being acted on (checked to still be allowed); kept on the review event. */
  scheduledBy: Id
}

/**
 * Publishes or unpublishes one item (Loa: through the review workflow's gate, approvals checked
 * again). Throws an APIError (400/403/404/409) when it refuses: the refusal is recorded.
 */
export type PerformScheduledAction = (args: PerformScheduledActionArgs) => Promise<unknown>

/**
 * Decides whether the request's user may set or change an item's schedule (publishAt,
 * unpublishAt, the campaign-window override). `doc` is the item as it would be saved (its
 * campaign included); the scheduler asks it again, as the user who set the time, when the
 * time comes.
 */
export type CanSchedule = (args: { req: PayloadRequest; doc: Record<string, unknown> }) => boolean | Promise<boolean>

/** Who reads the schedule runs log (the runs collection's read access). */
export type CanReadRuns = (args: { req: PayloadRequest }) => boolean | Promise<boolean>

/** Records that a schedule was let out of the campaign's period (the override), in the request's transaction. */
export type RecordScheduleOverride = (args: {
  req: PayloadRequest
  collection: string
  doc: Record<string, unknown> & { id: Id }
  /** What was allowed, in Vietnamese and English. */
  note: string
}) => Promise<unknown>

/** Decides whether the request's user sees an item's schedule proposals and who set its times. */
export type CanReadScheduleStaffFields = (args: { req: PayloadRequest; doc?: Record<string, unknown> }) => boolean | Promise<boolean>

export type SchedulingPluginConfig = {
  /** Slugs of the collections that get publishAt/unpublishAt (drafts enabled). */
  collections: string[]
  /**
   * Slug of a collection whose items also have a `startsAt` (workshops, events): the calendar shows them on that day.
   * @default undefined
   */
  workshopsCollection?: string
  /**
   * Slug of the collection whose period bounds the schedules (Loa: campaigns).
   * @default undefined (no window: any time may be set)
   */
  campaignsCollection?: string
  /**
   * Relationship field (to `campaignsCollection`) on each scheduled collection.
   * @default 'campaign'
   */
  campaignField?: string
  /**
   * Dotted path of the campaign's period start (the window schedules must fall in).
   * @default 'period.start'
   */
  campaignPeriodStartPath?: string
  /**
   * Dotted path of the campaign's period end.
   * @default 'period.end'
   */
  campaignPeriodEndPath?: string
  /**
   * Dotted path of a review stage on the latest version: when set, only items at stage
   * `scheduled` are published when due, and leaving that stage cancels the schedule.
   * @default false (every draft whose publishAt has come is published)
   */
  stagePath?: string | false
  /**
   * IANA zone times are entered and shown in.
   * @default process.env.LOA_TIME_ZONE or 'Asia/Ho_Chi_Minh'
   */
  timeZone?: string
  /**
   * Queue the due-items task is scheduled on.
   * @default 'scheduling'
   */
  queue?: string
  /**
   * Cron (with seconds) of the due-items task; items are at most ~2 s late with a worker polling as often.
   * @default '* * * * * *'
   */
  cron?: string
  /**
   * Publishes/unpublishes one item when its time comes (Loa: the review workflow's runWorkflowAction).
   * @default sets `_status` directly ('published' / 'draft') with overrideAccess
   */
  performAction?: PerformScheduledAction
  /**
   * Records a schedule let out of the campaign's period (Loa: a review event).
   * @default a row with status 'override' in the schedule runs collection
   */
  recordScheduleOverride?: RecordScheduleOverride
  /**
   * Whether a user is an admin (used by the default access rules).
   * @default a user whose `roles` include 'admin'
   */
  isAdmin?: (user: PayloadRequest['user']) => boolean
  /**
   * Who may set or change publishAt, unpublishAt and scheduleOverride; anyone else's value is
   * dropped (they may propose times in proposedPublishAt / proposedUnpublishAt).
   * @default admins only (`isAdmin`)
   */
  canSchedule?: CanSchedule
  /**
   * Who reads the proposed times and who set the times (`publishAtSetBy`, `unpublishAtSetBy`).
   * @default admins only (`isAdmin`)
   */
  canReadStaffFields?: CanReadScheduleStaffFields
  /**
   * Who reads the schedule runs log.
   * @default admins only (`isAdmin`)
   */
  canReadRuns?: CanReadRuns
  /**
   * Slug of the auth collection whose users set schedules.
   * @default the admin user collection, or 'users'
   */
  usersCollection?: string
  /**
   * Path of the calendar JSON endpoint under /api.
   * @default '/calendar'
   */
  calendarPath?: string
  /**
   * Path of the admin calendar view under /admin (the nav link follows it).
   * @default '/calendar'
   */
  adminViewPath?: string
  /**
   * Fields holding when a live item actually went public (e.g. a `firstPublishedAt` another
   * plugin stamps), tried in order before publishAt: the calendar puts a published item there.
   * @default []
   */
  publishedAtFields?: string[]
  /**
   * Turn scheduling off; the fields and the runs collection stay so the schema is stable.
   * @default false
   */
  disabled?: boolean
  /**
   * Overrides merged into the schedule runs collection; a given `slug` is honoured.
   * @default {}
   */
  runsCollectionOverrides?: CollectionOverrides
}

export type SanitizedSchedulingConfig = Required<Omit<SchedulingPluginConfig, 'runsCollectionOverrides' | 'campaignsCollection' | 'workshopsCollection'>> & {
  campaignsCollection?: string
  workshopsCollection?: string
  runsCollectionOverrides: CollectionOverrides
  /** Slug of the log of scheduled actions (and their claims). */
  runsCollection: string
  /** Slug of the due-items task. */
  taskSlug: string
}
