/**
 * Channel deliveries of the campaign's items (the channel-publishing outbox). A delivery counts
 * in the window its row was written, which is the moment its item was published.
 */
import type { Where } from 'payload'

import type { ComputedMetric, Id, MetricContext } from '../types.js'

import { countWhere, forEachMatching, groupCount, idOf } from '../utilities/aggregate.js'
import { hasCollection, hasFieldPath } from '../utilities/schema.js'
import { inCampaign, within } from '../utilities/where.js'

const ID_CHUNK = 500

/**
 * Filters that together select the campaign's deliveries in the window: one when the ledger
 * stores the campaign, otherwise one per chunk of the campaign's item ids (disjoint, so counts add up).
 */
export const deliveryScopes = (ctx: MetricContext): Promise<Where[]> => {
  let scopes = scopesByContext.get(ctx)
  if (!scopes) {
    scopes = findDeliveryScopes(ctx)
    scopesByContext.set(ctx, scopes)
  }
  return scopes
}

const scopesByContext = new WeakMap<MetricContext, Promise<Where[]>>()

const findDeliveryScopes = async (ctx: MetricContext): Promise<Where[]> => {
  const { deliveriesSlug } = ctx.cfg
  const { payload } = ctx.req
  if (!hasCollection(payload, deliveriesSlug)) return []
  const inWindow = within('createdAt', ctx.window)
  if (hasFieldPath(payload, deliveriesSlug, 'campaign')) return [{ and: [inCampaign(ctx.campaignId), ...inWindow] }]
  const scopes: Where[] = []
  for (const slug of ctx.cfg.contentCollections) {
    const ids: Id[] = []
    await forEachMatching({ collection: slug, req: ctx.req, select: { updatedAt: true }, where: inCampaign(ctx.campaignId) }, (doc) => {
      const id = idOf(doc.id)
      if (id !== undefined) ids.push(id)
    })
    for (let start = 0; start < ids.length; start += ID_CHUNK) {
      scopes.push({ and: [{ 'item.relationTo': { equals: slug } }, { 'item.value': { in: ids.slice(start, start + ID_CHUNK) } }, ...inWindow] })
    }
  }
  return scopes
}

/** A first publication, as opposed to an update or a retraction of the same item. */
export const publishActions = (ctx: MetricContext): Where[] =>
  hasFieldPath(ctx.req.payload, ctx.cfg.deliveriesSlug, 'action') ? [{ action: { equals: 'publish' } }] : []

export const countDeliveries = async (ctx: MetricContext, extra: Where[]): Promise<number> => {
  let total = 0
  for (const scope of await deliveryScopes(ctx)) {
    total += await countWhere({ collection: ctx.cfg.deliveriesSlug, req: ctx.req, where: { and: [scope, ...extra] } })
  }
  return total
}

/** Delivered first publications per channel id. */
export const deliveredPerChannel = async (ctx: MetricContext): Promise<Map<string, number>> => {
  const perChannel = new Map<string, number>()
  for (const scope of await deliveryScopes(ctx)) {
    const tally = await groupCount({
      collection: ctx.cfg.deliveriesSlug,
      groupBy: [{ path: 'channel' }],
      req: ctx.req,
      where: { and: [scope, { status: { equals: 'delivered' } }, ...publishActions(ctx)] },
    })
    for (const [channel, count] of tally) perChannel.set(channel, (perChannel.get(channel) ?? 0) + count)
  }
  return perChannel
}

export const deliveriesSucceeded: ComputedMetric = {
  key: 'deliveriesSucceeded',
  label: { vi: 'Lượt đăng lên kênh thành công', en: 'Channel deliveries succeeded' },
  compute: (ctx) => countDeliveries(ctx, [{ status: { equals: 'delivered' } }, ...publishActions(ctx)]),
}

export const portalsReached: ComputedMetric = {
  key: 'portalsReached',
  label: { vi: 'Cổng thông tin / kênh nhận bài', en: 'Portals reached' },
  compute: async (ctx) => (await deliveredPerChannel(ctx)).size,
}

/** Every delivery of the window by outcome; the success rate is delivered over settled ones. */
export const deliveryOutcomes = async (ctx: MetricContext) => {
  const [delivered, failed, dead, total] = await Promise.all([
    countDeliveries(ctx, [{ status: { equals: 'delivered' } }]),
    countDeliveries(ctx, [{ status: { equals: 'failed' } }]),
    countDeliveries(ctx, [{ status: { equals: 'dead' } }]),
    countDeliveries(ctx, []),
  ])
  const settled = delivered + failed + dead
  return {
    dead,
    delivered,
    failed,
    pending: total - settled,
    successRate: settled ? Math.round((delivered / settled) * 1000) / 10 : 0,
    total,
  }
}
