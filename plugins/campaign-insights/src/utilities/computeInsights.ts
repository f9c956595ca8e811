/** Assembles the insights of one campaign over one window from the metrics/ queries. */
import type { PayloadRequest } from 'payload'

import type { CampaignInsights, Id, InsightsSection, KpiResult, KpiRow, MetricContext, SanitizedInsightsConfig, Window } from '../types.js'

import { deliveredPerChannel, deliveryOutcomes } from '../metrics/deliveries.js'
import { MANUAL_METRIC_LABEL } from '../metrics/index.js'
import { lastManualEntry, manualActual } from '../metrics/manual.js'
import { countPublished } from '../metrics/publishedItems.js'
import { publishedPerWeek } from '../metrics/publishedPerWeek.js'
import { reviewQueue } from '../metrics/reviewQueue.js'
import { upcoming } from '../metrics/upcoming.js'
import { workshopSummary } from '../metrics/workshops.js'
import { idOf } from './aggregate.js'
import { hasCollection } from './schema.js'
import { intersect, periodWindow } from './window.js'

export type CampaignDoc = {
  code?: string | null
  id: Id
  kpis?: KpiRow[] | null
  name?: string | null
  period?: { end?: string | null; start?: string | null } | null
}

export const loadCampaign = async (req: PayloadRequest, cfg: SanitizedInsightsConfig, id: Id): Promise<CampaignDoc | null> => {
  const found = await req.payload.find({
    collection: cfg.campaignsSlug as never,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { equals: id } },
  })
  return (found.docs[0] as unknown as CampaignDoc | undefined) ?? null
}

const percentOf = (actual: number, target: number): number => (target > 0 ? Math.round((actual / target) * 1000) / 10 : 0)

const userNames = async (req: PayloadRequest, cfg: SanitizedInsightsConfig, ids: Id[]): Promise<Map<string, string>> => {
  const names = new Map<string, string>()
  if (!ids.length || !hasCollection(req.payload, cfg.usersSlug)) return names
  const { docs } = await req.payload.find({
    collection: cfg.usersSlug as never,
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
    where: { id: { in: ids } },
  })
  for (const user of docs as Array<{ displayName?: string; email?: string; id: Id }>)
    names.set(String(user.id), user.displayName || user.email || String(user.id))
  return names
}

const kpiResults = async (ctx: MetricContext, campaign: CampaignDoc): Promise<KpiResult[]> => {
  const rows = campaign.kpis ?? []
  const enteredBy = rows.flatMap((row) => (row.manualValues ?? []).map((entry) => idOf(entry.enteredBy))).filter((id): id is Id => id !== undefined)
  const names = await userNames(ctx.req, ctx.cfg, [...new Set(enteredBy)])
  const results: KpiResult[] = []
  for (const row of rows) {
    const window: Window = intersect(ctx.window, periodWindow({ end: row.periodEnd, start: row.periodStart }, ctx.window))
    const scoped: MetricContext = { ...ctx, window }
    const target = typeof row.target === 'number' ? row.target : 0
    let actual = 0
    let lastEntry: KpiResult['lastEntry'] = null
    let metricLabel = MANUAL_METRIC_LABEL.vi
    const metric = typeof row.metric === 'string' && row.metric !== 'manual' ? ctx.cfg.metricsByKey[row.metric] : undefined
    if (metric) {
      actual = await metric.compute(scoped, row)
      metricLabel = metric.label.vi
    } else {
      actual = manualActual(row, window)
      const last = lastManualEntry(row, window)
      if (last) {
        const by = idOf(last.enteredBy)
        lastEntry = {
          at: String(last.at ?? last.enteredAt),
          by: by === undefined ? null : (names.get(String(by)) ?? String(by)),
          enteredAt: last.enteredAt ?? null,
        }
      }
    }
    results.push({
      actual,
      id: row.id ?? null,
      label: row.label || metricLabel,
      lastEntry,
      metric: metric ? metric.key : 'manual',
      metricLabel,
      percent: percentOf(actual, target),
      period: { from: window.from.toISOString(), to: window.to.toISOString() },
      target,
      unit: row.unit ?? '',
    })
  }
  return results
}

const channelNames = async (ctx: MetricContext, ids: string[]): Promise<CampaignInsights['published']['channels']> => {
  if (!ids.length || !hasCollection(ctx.req.payload, ctx.cfg.channelsSlug)) return ids.map((id) => ({ id, name: id }))
  const { docs } = await ctx.req.payload.find({
    collection: ctx.cfg.channelsSlug as never,
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req: ctx.req,
    select: { name: true } as never,
    where: { id: { in: ids } },
  })
  const named = new Map((docs as Array<{ id: Id; name?: string }>).map((doc) => [String(doc.id), doc.name || String(doc.id)]))
  return ids.map((id) => ({ id, name: named.get(id) ?? id }))
}

/** Each of the host's `reportSections` with its rows for the campaign and the period. */
const hostSections = async (ctx: MetricContext): Promise<InsightsSection[]> => {
  const sections: InsightsSection[] = []
  for (const { barColumns = [], emptyText, headers, rows, sheetName, title, widths } of ctx.cfg.reportSections) {
    sections.push({ title, sheetName, headers, widths, emptyText, barColumns, rows: await rows(ctx) })
  }
  return sections
}

export type InsightsInput = {
  campaign: CampaignDoc
  cfg: SanitizedInsightsConfig
  now?: Date
  req: PayloadRequest
  window: Window
}

export const computeInsights = async ({ campaign, cfg, now = new Date(), req, window }: InsightsInput): Promise<CampaignInsights> => {
  const ctx: MetricContext = { campaignId: campaign.id, cfg, now, req, window }
  const kpis = await kpiResults(ctx, campaign)
  const byType: Record<string, number> = {}
  for (const slug of cfg.contentCollections) byType[slug] = await countPublished(ctx, slug)
  const weeks = await publishedPerWeek(ctx)
  const perChannel = await deliveredPerChannel(ctx)
  const channels = await channelNames(ctx, [...perChannel.keys()].sort())
  return {
    campaign: {
      code: campaign.code ?? '',
      id: campaign.id,
      name: campaign.name ?? '',
      period: { end: campaign.period?.end ?? null, start: campaign.period?.start ?? null },
    },
    deliveries: await deliveryOutcomes(ctx),
    generatedAt: now.toISOString(),
    kpis,
    published: { byType, channels, total: Object.values(byType).reduce((sum, count) => sum + count, 0), weeks },
    reviewQueue: await reviewQueue(ctx),
    upcoming: await upcoming(ctx),
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    sections: await hostSections(ctx),
    workshops: await workshopSummary(ctx),
  }
}
