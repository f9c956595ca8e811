import type { PayloadRequest } from 'payload'

/** A campaign as the insights read it. */
export type CampaignRef = { id: Id } & Record<string, unknown>

/** Who sees one campaign's figures (dashboard, JSON, reports). Admins always do. */
export type CanSeeInsights = (args: { doc: CampaignRef; req: PayloadRequest }) => boolean | Promise<boolean>

/**
 * A KPI metric contributed by the host or another plugin (questions answered, bulletins aired):
 * it appears in the KPI's metric picker and `compute` answers it for one campaign and period.
 */
export type InsightMetric = {
  /** Stored in the KPI's `metric`; lower camel case, unique. */
  key: string
  /** Shown in the metric picker and the report. */
  label: { en: string; vi: string }
  /** The actual value for the campaign over `ctx.window` (pass `ctx.req` to every query). */
  compute: (ctx: MetricContext, kpi: KpiRow) => Promise<number>
  /**
   * Also printed in the results report's table of other figures (DOCX and XLSX), whether or
   * not a KPI measures it: figures every report of the province should carry.
   * @default false
   */
  inReport?: boolean
  /** Unit printed next to the figure in that table (e.g. "phút", "%"). */
  unit?: string
}

/** A table a host adds to the results report (DOCX section and XLSX sheet), from its own collections. */
export type ReportSection = {
  /** Heading of the section in the Word report (a Roman numeral is put before it). */
  title: string
  /** Name of its sheet in the spreadsheet (at most 31 characters). */
  sheetName: string
  /** Column headings and widths (percent of the page width, for Word). */
  headers: string[]
  widths: number[]
  /** The rows for the campaign over `ctx.window` (pass `ctx.req` to every query); none: the section says so. */
  rows: (ctx: MetricContext) => Promise<Array<Array<number | string>>>
  /** Printed when there is no row. */
  emptyText: string
  /** Columns holding a percentage (0–100), drawn as bars on the dashboard. */
  barColumns?: number[]
}

/** A host section as computed for one campaign and period, for the dashboard and the report. */
export type InsightsSection = { title: string; sheetName: string; headers: string[]; widths: number[]; rows: Array<Array<number | string>>; emptyText: string; barColumns: number[] }

export type CampaignInsightsPluginConfig = {
  /**
   * Slug of the collection that holds the KPIs (a `kpis` array with a `target` is made
   * measurable; without one the plugin adds it).
   * @default 'campaigns'
   */
  campaignsSlug?: string
  /**
   * Slug of the channels collection (names in the per-channel counts; read when it exists).
   * @default 'channels'
   */
  channelsSlug?: string
  /**
   * Collections whose items belong to a campaign (a `campaign` field) and count as published content.
   * @default []
   */
  contentCollections?: string[]
  /**
   * Slug of the channel deliveries collection (counted when it exists).
   * @default 'deliveries'
   */
  deliveriesSlug?: string
  /**
   * Add the fields but no endpoints or views (the schema stays stable when switched off).
   * @default false
   */
  disabled?: boolean
  /**
   * Whether a user is an admin (sees every campaign's figures).
   * @default a user whose `roles` include 'admin'
   */
  isAdmin?: (user: PayloadRequest['user']) => boolean
  /**
   * Who sees a campaign's figures besides admins.
   * @default admins only (`isAdmin`)
   */
  canSeeInsights?: CanSeeInsights
  /**
   * More KPI metrics next to the built-in ones (see `InsightMetric`).
   * @default []
   */
  metrics?: InsightMetric[]
  /**
   * More tables in the results report, after the built-in ones (e.g. awareness survey results).
   * @default []
   */
  reportSections?: ReportSection[]
  /**
   * Where an item's publication moment is read, first existing path wins; `createdAt` is
   * the last resort so a collection without any publication stamp still counts.
   * @default ['firstPublishedAt', 'workflow.publishedAt', 'publishedAt', 'workflow.stageChangedAt', 'createdAt']
   */
  publishedAtPaths?: string[]
  /**
   * How many waiting items the review queue lists (the counts cover all of them).
   * @default 20
   */
  queueListLimit?: number
  /**
   * Slug of the workshop registrations collection (counted when it exists).
   * @default 'registrations'
   */
  registrationsSlug?: string
  /**
   * Workflow stages shown in the review queue, in order.
   * @default ['in_review', 'changes_requested', 'approved', 'scheduled']
   */
  reviewQueueStages?: string[]
  /**
   * How many upcoming scheduled items and workshops the dashboard lists.
   * @default 10
   */
  upcomingLimit?: number
  /**
   * Slug of the users collection (who entered a manual KPI value).
   * @default 'users'
   */
  usersSlug?: string
  /**
   * Names of the content collections in the report and the dashboard, per language
   * (`{ reports: { vi: 'Phóng sự / tin bài', en: 'Reports' } }`).
   * @default each collection's slug
   */
  contentLabels?: Record<string, Record<string, string>>
  /**
   * Slug of the workshops collection (one of `contentCollections`, with startsAt, capacity).
   * @default undefined (no workshop figures)
   */
  workshopsSlug?: string
}

export type SanitizedInsightsConfig = Required<Omit<CampaignInsightsPluginConfig, 'workshopsSlug'>> & {
  workshopsSlug: string
  /** Every metric by key, the built-in ones first. */
  metricsByKey: Record<string, InsightMetric>
}

export type Id = number | string

/** A half-open period [from, to). */
export type Window = { from: Date; to: Date }

export type MetricContext = {
  campaignId: Id
  cfg: SanitizedInsightsConfig
  /** The moment "held", "upcoming" and waiting times are measured against. */
  now: Date
  req: PayloadRequest
  window: Window
}

export type ComputedMetricKey = 'attendance' | 'deliveriesSucceeded' | 'portalsReached' | 'publishedItems' | 'registrations' | 'workshopsHeld'

/** A built-in metric's key, a contributed one's, or 'manual'. */
export type MetricKey = string

export type ComputedMetric = InsightMetric & { key: ComputedMetricKey }

export type ManualValue = {
  at?: string | null
  enteredAt?: string | null
  enteredBy?: unknown
  id?: string | null
  note?: string | null
  value?: number | null
}

export type KpiRow = {
  /** Content collections a publishedItems KPI counts; all when empty. */
  contentTypes?: string[] | null
  id?: string | null
  label?: string | null
  manualValues?: ManualValue[] | null
  metric?: string | null
  periodEnd?: string | null
  periodStart?: string | null
  target?: number | null
  unit?: string | null
}

export type KpiResult = {
  actual: number
  id: string | null
  label: string
  /** Last manual entry: who and when (manual KPIs only). */
  lastEntry: { at: string; by: string | null; enteredAt: string | null } | null
  metric: MetricKey
  metricLabel: string
  /** The part of the report period this KPI was counted over. */
  period: { from: string; to: string }
  /** actual / target in percent, one decimal; 0 when there is no target. */
  percent: number
  target: number
  unit: string
}

export type PublishedWeek = {
  byChannel: Record<string, number>
  byType: Record<string, number>
  label: string
  start: string
  total: number
  week: string
}

export type QueueItem = {
  collection: string
  id: Id
  since: string
  stage: string
  title: string
  waitingHours: number
}

export type WorkshopLine = {
  attended: number
  cancelled: number
  capacity: number | null
  confirmed: number
  endsAt: string | null
  id: Id
  isHeld: boolean
  isPublished: boolean
  startsAt: string
  title: string
  venue: string
  waitlisted: number
}

export type CampaignInsights = {
  campaign: { code: string; id: Id; name: string; period: { end: string | null; start: string | null } }
  deliveries: { dead: number; delivered: number; failed: number; pending: number; successRate: number; total: number }
  generatedAt: string
  kpis: KpiResult[]
  published: {
    byType: Record<string, number>
    channels: Array<{ id: Id; name: string }>
    total: number
    weeks: PublishedWeek[]
  }
  reviewQueue: {
    items: QueueItem[]
    stages: Array<{ count: number; longestWaitingHours: number; oldestSince: string | null; stage: string }>
  }
  upcoming: {
    scheduled: Array<{ collection: string; id: Id; publishAt: string; title: string }>
    workshops: Array<{ id: Id; startsAt: string; title: string; venue: string }>
  }
  window: { from: string; to: string }
  /** The host's own tables (`reportSections`), on the dashboard and in the report. */
  sections: InsightsSection[]
  workshops: {
    attendanceRate: number
    attended: number
    capacity: number
    count: number
    fillRate: number
    held: number
    lines: WorkshopLine[]
    /** Confirmed registrations, attended ones included (seats taken). */
    registered: number
    waitlisted: number
  }
}
