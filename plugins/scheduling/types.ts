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
}

/**
 * Publishes or unpublishes one item through the review gate (approvals checked again). Throws
 * an APIError (400/403/404/409) when the gate refuses.
 */
export type PerformScheduledAction = (args: PerformScheduledActionArgs) => Promise<unknown>

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
  /** Path of the calendar JSON endpoint under /api (`/calendar`). */
  calendarPath?: string
  /** Path of the admin calendar view under /admin. */
  adminViewPath?: string
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
