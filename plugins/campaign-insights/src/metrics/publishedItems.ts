/** Items published: one COUNT per content collection, over items live now that went live in the window. */
import type { ComputedMetric, MetricContext } from '../types.js'

import { countWhere } from '../utilities/aggregate.js'
import { publishedInWindow } from '../utilities/where.js'

export const countPublished = (ctx: MetricContext, slug: string): Promise<number> =>
  countWhere({ collection: slug, req: ctx.req, where: publishedInWindow(ctx, slug) })

export const publishedItems: ComputedMetric = {
  key: 'publishedItems',
  label: { vi: 'Tin bài được xuất bản (theo loại)', en: 'Items published (by type)' },
  compute: async (ctx, kpi) => {
    const chosen = kpi.contentTypes?.length ? ctx.cfg.contentCollections.filter((slug) => kpi.contentTypes?.includes(slug)) : ctx.cfg.contentCollections
    const counts = await Promise.all(chosen.map((slug) => countPublished(ctx, slug)))
    return counts.reduce((sum, count) => sum + count, 0)
  },
}
