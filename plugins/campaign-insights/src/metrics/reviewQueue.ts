/**
 * Items waiting in each workflow stage (the review-workflow plugin's `workflow.stage` on the
 * latest draft) and how long they have waited since `workflow.stageChangedAt`.
 */
import type { CampaignInsights, MetricContext, QueueItem } from '../types.js'

import { countWhere, forEachMatching, idOf } from '../utilities/aggregate.js'
import { firstFieldPath, hasFieldPath, valueAt } from '../utilities/schema.js'
import { inCampaign } from '../utilities/where.js'

const HOUR = 3_600_000

const waitingHours = (ctx: MetricContext, since: string): number => Math.max(0, Math.round(((ctx.now.getTime() - new Date(since).getTime()) / HOUR) * 10) / 10)

const queuedCollections = (ctx: MetricContext): string[] => ctx.cfg.contentCollections.filter((slug) => hasFieldPath(ctx.req.payload, slug, 'workflow.stage'))

const sincePathOf = (ctx: MetricContext, slug: string): string => firstFieldPath(ctx.req.payload, slug, ['workflow.stageChangedAt', 'updatedAt']) ?? 'updatedAt'

export const reviewQueue = async (ctx: MetricContext): Promise<CampaignInsights['reviewQueue']> => {
  const collections = queuedCollections(ctx)
  const items: QueueItem[] = []
  for (const slug of collections) {
    const sincePath = sincePathOf(ctx, slug)
    await forEachMatching(
      {
        collection: slug,
        isDraft: true,
        limit: ctx.cfg.queueListLimit,
        req: ctx.req,
        select: { title: true, workflow: true, updatedAt: true },
        sort: sincePath,
        where: { and: [inCampaign(ctx.campaignId), { 'workflow.stage': { in: ctx.cfg.reviewQueueStages } }] },
      },
      (doc) => {
        const id = idOf(doc.id)
        const since = valueAt(doc, sincePath)
        if (id === undefined || typeof since !== 'string') return
        items.push({
          collection: slug,
          id,
          since,
          stage: String(valueAt(doc, 'workflow.stage')),
          title: String(doc.title ?? ''),
          waitingHours: waitingHours(ctx, since),
        })
      },
    )
  }
  items.sort((a, b) => a.since.localeCompare(b.since))

  const stages = []
  for (const stage of ctx.cfg.reviewQueueStages) {
    let count = 0
    let oldestSince: string | null = null
    for (const slug of collections) {
      const where = { and: [inCampaign(ctx.campaignId), { 'workflow.stage': { equals: stage } }] }
      count += await countWhere({ collection: slug, isDraft: true, req: ctx.req, where })
      const sincePath = sincePathOf(ctx, slug)
      await forEachMatching(
        { collection: slug, isDraft: true, limit: 1, req: ctx.req, select: { workflow: true, updatedAt: true }, sort: sincePath, where },
        (doc) => {
          const since = valueAt(doc, sincePath)
          if (typeof since === 'string' && (!oldestSince || since < oldestSince)) oldestSince = since
        },
      )
    }
    stages.push({ count, longestWaitingHours: oldestSince ? waitingHours(ctx, oldestSince) : 0, oldestSince, stage })
  }
  return { items: items.slice(0, ctx.cfg.queueListLimit), stages }
}
