/** What comes next: scheduled items by their publication time, and workshops by their start. */
import type { CampaignInsights, MetricContext } from '../types.js'

import { forEachMatching, idOf } from '../utilities/aggregate.js'
import { hasFieldPath, valueAt } from '../utilities/schema.js'
import { inCampaign } from '../utilities/where.js'

export const upcoming = async (ctx: MetricContext): Promise<CampaignInsights['upcoming']> => {
  const { payload } = ctx.req
  const now = ctx.now.toISOString()
  const scheduled: CampaignInsights['upcoming']['scheduled'] = []
  for (const slug of ctx.cfg.contentCollections) {
    if (!hasFieldPath(payload, slug, 'workflow.stage') || !hasFieldPath(payload, slug, 'publishAt')) continue
    await forEachMatching(
      {
        collection: slug,
        isDraft: true,
        limit: ctx.cfg.upcomingLimit,
        req: ctx.req,
        select: { title: true, publishAt: true },
        sort: 'publishAt',
        where: { and: [inCampaign(ctx.campaignId), { 'workflow.stage': { equals: 'scheduled' } }, { publishAt: { greater_than_equal: now } }] },
      },
      (doc) => {
        const id = idOf(doc.id)
        const publishAt = valueAt(doc, 'publishAt')
        if (id !== undefined && typeof publishAt === 'string') scheduled.push({ collection: slug, id, publishAt, title: String(doc.title ?? '') })
      },
    )
  }
  scheduled.sort((a, b) => a.publishAt.localeCompare(b.publishAt))

  const workshops: CampaignInsights['upcoming']['workshops'] = []
  await forEachMatching(
    {
      collection: ctx.cfg.workshopsSlug,
      isDraft: true,
      limit: ctx.cfg.upcomingLimit,
      req: ctx.req,
      select: { title: true, startsAt: true, venue: true },
      sort: 'startsAt',
      where: { and: [inCampaign(ctx.campaignId), { startsAt: { greater_than_equal: now } }] },
    },
    (doc) => {
      const id = idOf(doc.id)
      if (id !== undefined && typeof doc.startsAt === 'string')
        workshops.push({ id, startsAt: doc.startsAt, title: String(doc.title ?? ''), venue: String(doc.venue ?? '') })
    },
  )
  return { scheduled: scheduled.slice(0, ctx.cfg.upcomingLimit), workshops }
}
