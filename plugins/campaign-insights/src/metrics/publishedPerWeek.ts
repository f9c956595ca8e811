/**
 * Published items per local week (Asia/Ho_Chi_Minh, Monday first), by content type from the
 * items and by channel from the delivered publications.
 */
import type { MetricContext, PublishedWeek } from '../types.js'

import { formatVietnameseWeek, localIsoWeekKey, localWeekStartsBetween } from '@loa/helpers'
import { groupCount } from '../utilities/aggregate.js'
import { publishedAtPathOf, publishedInWindow } from '../utilities/where.js'
import { deliveryScopes, publishActions } from './deliveries.js'

export const publishedPerWeek = async (ctx: MetricContext): Promise<PublishedWeek[]> => {
  const weeks = localWeekStartsBetween(ctx.window.from, ctx.window.to).map<PublishedWeek>((start) => ({
    byChannel: {},
    byType: {},
    label: formatVietnameseWeek(start),
    start: start.toISOString(),
    total: 0,
    week: localIsoWeekKey(start),
  }))
  const byKey = new Map(weeks.map((week) => [week.week, week]))
  const buckets = weeks.map((week) => ({ from: new Date(week.start), key: week.week }))
  if (!buckets.length) return weeks

  for (const slug of ctx.cfg.contentCollections) {
    const tally = await groupCount({
      collection: slug,
      groupBy: [{ path: publishedAtPathOf(ctx, slug), buckets }],
      req: ctx.req,
      where: publishedInWindow(ctx, slug),
    })
    for (const [key, count] of tally) {
      const week = byKey.get(key)
      if (!week) continue
      week.byType[slug] = (week.byType[slug] ?? 0) + count
      week.total += count
    }
  }

  for (const scope of await deliveryScopes(ctx)) {
    const tally = await groupCount({
      collection: ctx.cfg.deliveriesSlug,
      groupBy: [{ path: 'createdAt', buckets }, { path: 'channel' }],
      req: ctx.req,
      where: { and: [scope, { status: { equals: 'delivered' } }, ...publishActions(ctx)] },
    })
    for (const [key, count] of tally) {
      const [weekKey, channel] = key.split('|')
      const week = byKey.get(weekKey)
      if (week) week.byChannel[channel] = (week.byChannel[channel] ?? 0) + count
    }
  }
  return weeks
}
