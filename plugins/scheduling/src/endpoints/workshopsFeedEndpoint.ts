import type { CollectionSlug, Endpoint } from 'payload'

import type { CalendarWorkshop } from '@loa/helpers'
import type { SanitizedSchedulingConfig } from '../types.js'

import { buildWorkshopCalendar } from '@loa/helpers'
import { icsResponse } from '../utilities/icsResponse.js'

/** How many upcoming workshops one feed lists. */
const FEED_LIMIT = 200

/**
 * GET /api/feeds/workshops.ics — every published workshop that has not ended yet, for calendar
 * apps to subscribe to. Registered ahead of other `/feeds/…` endpoints so it is matched first.
 */
export const workshopsFeedEndpoint = (cfg: SanitizedSchedulingConfig): Endpoint => ({
  path: '/feeds/workshops.ics',
  method: 'get',
  handler: async (req) => {
    const { docs } = await req.payload.find({
      collection: cfg.workshopsCollection as CollectionSlug,
      depth: 0,
      draft: false,
      limit: FEED_LIMIT,
      overrideAccess: false,
      req,
      sort: 'startsAt',
      where: { and: [{ _status: { equals: 'published' } }, { endsAt: { greater_than_equal: new Date().toISOString() } }] },
    })
    const body = buildWorkshopCalendar({
      name: 'Loa — Hội thảo, tập huấn sắp diễn ra',
      serverURL: req.payload.config.serverURL,
      timeZone: cfg.timeZone,
      workshops: docs as unknown as CalendarWorkshop[],
    })
    return icsResponse({ body, filename: 'workshops.ics', request: req })
  },
})
