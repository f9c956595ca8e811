/** Everything the results report prints: the insights plus the list of published items and where they went. */
import type { CampaignInsights, KpiRow, MetricContext } from '../types.js'
import type { InsightsInput } from '../utilities/computeInsights.js'

import { typeLabelOf } from '../defaults.js'
import { deliveryScopes, publishActions } from '../metrics/deliveries.js'
import { forEachMatching, idOf } from '../utilities/aggregate.js'
import { hasCollection, valueAt } from '../utilities/schema.js'
import { computeInsights } from '../utilities/computeInsights.js'
import { publishedAtPathOf, publishedInWindow } from '../utilities/where.js'

export type ReportItem = { collection: string; portals: string[]; publishedAt: string; title: string; typeLabel: string }

/** `typeLabels`: the content collections' names in the report's language (Vietnamese). */
export type ReportData = {
  insights: CampaignInsights
  issuedAt: Date
  items: ReportItem[]
  typeLabels: Record<string, string>
  /** The metrics marked `inReport`, measured over the report's period. */
  figures: ReportFigure[]
}

export type ReportFigure = { label: string; unit: string; value: number }

/** Each metric marked `inReport`, computed once for the campaign and the period (no KPI row: an empty one). */
const reportFigures = async (ctx: MetricContext): Promise<ReportFigure[]> => {
  const figures: ReportFigure[] = []
  for (const metric of Object.values(ctx.cfg.metricsByKey)) {
    if (!metric.inReport) continue
    figures.push({ label: metric.label.vi, unit: metric.unit ?? '', value: await metric.compute(ctx, { metric: metric.key } as KpiRow) })
  }
  return figures
}

const channelsByItem = async (ctx: MetricContext, names: Map<string, string>): Promise<Map<string, Set<string>>> => {
  const byItem = new Map<string, Set<string>>()
  if (!hasCollection(ctx.req.payload, ctx.cfg.deliveriesSlug)) return byItem
  for (const scope of await deliveryScopes(ctx)) {
    await forEachMatching(
      {
        collection: ctx.cfg.deliveriesSlug,
        req: ctx.req,
        select: { item: true, channel: true },
        where: { and: [scope, { status: { equals: 'delivered' } }, ...publishActions(ctx)] },
      },
      (doc) => {
        const item = doc.item as { relationTo?: string } | null
        const itemId = idOf(item)
        const channel = idOf(doc.channel)
        if (!item?.relationTo || itemId === undefined || channel === undefined) return
        const key = `${item.relationTo}|${String(itemId)}`
        const set = byItem.get(key) ?? new Set<string>()
        set.add(names.get(String(channel)) ?? String(channel))
        byItem.set(key, set)
      },
    )
  }
  return byItem
}

export const loadReportData = async (input: InsightsInput): Promise<ReportData> => {
  const now = input.now ?? new Date()
  const insights = await computeInsights({ ...input, now })
  const ctx: MetricContext = { campaignId: input.campaign.id, cfg: input.cfg, now, req: input.req, window: input.window }
  const names = new Map(insights.published.channels.map((channel) => [String(channel.id), channel.name]))
  const portals = await channelsByItem(ctx, names)
  const items: ReportItem[] = []
  for (const slug of input.cfg.contentCollections) {
    const path = publishedAtPathOf(ctx, slug)
    await forEachMatching(
      { collection: slug, req: input.req, select: { title: true, [path.split('.')[0]]: true }, sort: path, where: publishedInWindow(ctx, slug) },
      (doc) => {
        const publishedAt = valueAt(doc, path)
        if (typeof publishedAt !== 'string') return
        items.push({
          collection: slug,
          portals: [...(portals.get(`${slug}|${String(doc.id)}`) ?? [])].sort((a, b) => a.localeCompare(b, 'vi')),
          publishedAt,
          title: String(doc.title ?? ''),
          typeLabel: typeLabelOf(input.cfg.contentLabels, slug),
        })
      },
    )
  }
  items.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.title.localeCompare(b.title, 'vi'))
  const typeLabels = Object.fromEntries(input.cfg.contentCollections.map((slug) => [slug, typeLabelOf(input.cfg.contentLabels, slug)]))
  return { insights, issuedAt: now, items, typeLabels, figures: await reportFigures(ctx) }
}
