/**
 * Published items per local week (Asia/Ho_Chi_Minh, Monday first), by content type from the
 * items and by channel from the delivered publications.
 */
import type { MetricContext, PublishedWeek } from '../types.js'

import { formatVietnameseWeek, localIsoWeekKey, localWeekStartsBetween } from '../../../src/lib/time.js'
import { idOf, tallyBy } from '../utilities/aggregate.js'
import { hasCollection, valueAt } from '../utilities/schema.js'
import { publishedAtPathOf, publishedInWindow } from '../utilities/where.js'
import { deliveryScopes, publishActions } from './deliveries.js'

const weekOf = (value: unknown): string | undefined =>
  typeof value === 'string' || value instanceof Date ? localIsoWeekKey(value) : undefined

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

  for (const slug of ctx.cfg.contentCollections) {
    const path = publishedAtPathOf(ctx, slug)
    const tally = await tallyBy(
      { collection: slug, req: ctx.req, select: { [path.split('.')[0]]: true }, where: publishedInWindow(ctx, slug) },
      (doc) => weekOf(valueAt(doc, path)),
    )
    for (const [key, count] of tally) {
      const week = byKey.get(key)
      if (!week) continue
      week.byType[slug] = (week.byType[slug] ?? 0) + count
      week.total += count
    }
  }

  if (hasCollection(ctx.req.payload, ctx.cfg.deliveriesSlug)) {
    for (const scope of await deliveryScopes(ctx)) {
      const tally = await tallyBy(
        {
          collection: ctx.cfg.deliveriesSlug,
          req: ctx.req,
          select: { channel: true, createdAt: true },
          where: { and: [scope, { status: { equals: 'delivered' } }, ...publishActions(ctx)] },
        },
        (doc) => {
          const week = weekOf(doc.createdAt)
          const channel = idOf(doc.channel)
          return week && channel !== undefined ? `${week}|${String(channel)}` : undefined
        },
      )
      for (const [key, count] of tally) {
        const [weekKey, channel] = key.split('|')
        const week = byKey.get(weekKey)
        if (week) week.byChannel[channel] = (week.byChannel[channel] ?? 0) + count
      }
    }
  }
  return weeks
}
