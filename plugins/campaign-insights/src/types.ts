import type { PayloadRequest } from 'payload'

export type CampaignInsightsPluginConfig = {
  /** Slug of the campaigns collection that holds the KPIs. */
  campaignsSlug?: string
  /** Slug of the outbox ledger written by channel publishing (counted when it exists). */
  channelsSlug?: string
  /** Collections whose items belong to a campaign and are counted as published content. */
  contentCollections?: string[]
  /** Slug of the channel deliveries collection (counted when it exists). */
  deliveriesSlug?: string
  /** Add the fields but no endpoints or views (the schema stays stable when switched off). */
  disabled?: boolean
  /**
   * Where an item's publication moment is read, first existing path wins; `createdAt` is
   * the last resort so a collection without any publication stamp still counts.
   */
  publishedAtPaths?: string[]
  /** How many waiting items the review queue lists (the counts cover all of them). */
  queueListLimit?: number
  /** Slug of the workshop registrations collection (counted when it exists). */
  registrationsSlug?: string
  /** Workflow stages shown in the review queue, in order. */
  reviewQueueStages?: string[]
  /** How many upcoming scheduled items and workshops the dashboard lists. */
  upcomingLimit?: number
  /** Slug of the users collection (who entered a manual KPI value). */
  usersSlug?: string
  /** Slug of the workshops collection (a content collection with startsAt, capacity). */
  workshopsSlug?: string
}

export type SanitizedInsightsConfig = Required<CampaignInsightsPluginConfig>

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

export type MetricKey = ComputedMetricKey | 'manual'

export type ComputedMetric = {
  key: ComputedMetricKey
  label: { en: string; vi: string }
  /** One query (or one paged aggregate) answering the metric for the campaign and window. */
  compute: (ctx: MetricContext, kpi: KpiRow) => Promise<number>
}

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
