import type { CollectionConfig, PayloadRequest } from 'payload'

export type Id = number | string

/** What the scheduler asks of an item when its time comes. */
export type ScheduledAction = 'publish' | 'unpublish'

/** How one scheduled action ended, as kept in the schedule runs log. */
export type ScheduleRunStatus = 'done' | 'refused' | 'cancelled'

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
 * Publishes or unpublishes one item through the review gate (approvals checked again). Throws
 * an APIError (400/403/404/409) when the gate refuses.
 */
export type PerformScheduledAction = (args: PerformScheduledActionArgs) => Promise<unknown>

/**
 * Decides whether the request's user may set or change an item's schedule (publishAt,
 * unpublishAt, the campaign-window override). `doc` is the item as it would be saved (its
 * campaign included); the scheduler asks it again, as the user who set the time, when the
 * time comes.
 */
export type CanSchedule = (args: { req: PayloadRequest; doc: Record<string, unknown> }) => boolean | Promise<boolean>

/** Decides whether the request's user sees an item's schedule proposals and who set its times. */
export type CanReadScheduleStaffFields = (args: { req: PayloadRequest; doc?: Record<string, unknown> }) => boolean | Promise<boolean>

export type SchedulingPluginConfig = {
  /** Slugs of the collections that get publishAt/unpublishAt (drafts enabled, reviewed by the workflow). */
  collections: string[]
  /** Slug of the workshops collection: its published upcoming workshops make the iCalendar feeds. */
  workshopsCollection?: string
  /** Slug of the campaigns collection. */
  campaignsCollection?: string
  /** Relationship field (to campaigns) on each scheduled collection. */
  campaignField?: string
  /** Dotted paths of the campaign's period start and end (the window schedules must fall in). */
  campaignPeriodStartPath?: string
  campaignPeriodEndPath?: string
  /** Dotted path of the workflow stage on the latest version. */
  stagePath?: string
  /** IANA zone times are entered and shown in; `LOA_TIME_ZONE` or Asia/Ho_Chi_Minh by default. */
  timeZone?: string
  /** Queue the due-items task is scheduled on. */
  queue?: string
  /** Cron (with seconds) of the due-items task; every second by default, so items are at most ~2 s late. */
  cron?: string
  /**
   * Run the jobs queue (all queues) inside the web server. Default: on outside production and
   * tests unless LOA_JOBS_IN_PROCESS=false; production runs `npm run worker` instead.
   */
  runJobsInProcess?: boolean
  /** Slug of the review events collection the override is recorded in. */
  eventsCollection?: string
  /** Publishes/unpublishes one item; the review workflow's gate by default. */
  performAction?: PerformScheduledAction
  /**
   * Whether a user is an admin (used by the default `canSchedule`).
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
  /** Slug of the auth collection whose users set schedules. @default the admin user collection, or 'users' */
  usersCollection?: string
  /** Path of the calendar JSON endpoint under /api (`/calendar`). */
  calendarPath?: string
  /** Path of the admin calendar view under /admin. */
  adminViewPath?: string
  /**
   * Fields holding when a live item actually went public (e.g. a `firstPublishedAt` another
   * plugin stamps), tried in order before publishAt: the calendar puts a published item there.
   * @default []
   */
  publishedAtFields?: string[]
  /** Turn scheduling off; the fields and the runs collection stay so the schema is stable. */
  disabled?: boolean
  /** Overrides merged into the schedule runs collection. */
  runsCollectionOverrides?: Partial<Omit<CollectionConfig, 'slug' | 'fields'>>
}

export type SanitizedSchedulingConfig = Required<Omit<SchedulingPluginConfig, 'runsCollectionOverrides'>> & {
  runsCollectionOverrides: Partial<Omit<CollectionConfig, 'slug' | 'fields'>>
  /** Slug of the log of scheduled actions (and their claims). */
  runsCollection: string
  /** Slug of the due-items task. */
  taskSlug: string
}
