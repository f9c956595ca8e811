import type { Where } from 'payload'

import type { Id, MetricContext, Window } from '../types.js'
import { firstFieldPath } from './schema.js'

/** `path` inside the half-open window [from, to). */
export const within = (path: string, window: Window): Where[] => [
  { [path]: { greater_than_equal: window.from.toISOString() } },
  { [path]: { less_than: window.to.toISOString() } },
]

export const inCampaign = (campaignId: Id): Where => ({ campaign: { equals: campaignId } })

/** Where the collection keeps the moment an item went live (see publishedAtPaths). */
export const publishedAtPathOf = (ctx: MetricContext, slug: string): string => firstFieldPath(ctx.req.payload, slug, ctx.cfg.publishedAtPaths) ?? 'createdAt'

/** The campaign's items of one collection that are live and went live inside the window. */
export const publishedInWindow = (ctx: MetricContext, slug: string, window: Window = ctx.window): Where => ({
  and: [inCampaign(ctx.campaignId), { _status: { equals: 'published' } }, ...within(publishedAtPathOf(ctx, slug), window)],
})
