import type { CollectionSlug, Endpoint } from 'payload'

import type { CalendarWorkshop } from '@loa/helpers'

import { buildWorkshopCalendar } from '@loa/helpers'
import { calendarTimeZone } from '../utilities/calendarTimeZone.js'
import { icsResponse } from '../utilities/icsResponse.js'

/** The feed's name in calendar apps, unless the host names it. */
export const DEFAULT_FEED_NAME = 'Loa — Hội thảo, tập huấn sắp diễn ra'

/** How many upcoming workshops one feed lists. */
const FEED_LIMIT = 200

/**
 * GET /api/feeds/workshops.ics — every published workshop that has not ended yet, for calendar
 * apps to subscribe to. Registered ahead of other `/feeds/…` endpoints so it is matched first.
 */
export const workshopsFeedEndpoint = ({ feedName = DEFAULT_FEED_NAME, workshopsSlug }: { feedName?: string; workshopsSlug: string }): Endpoint => ({
  path: '/feeds/workshops.ics',
  method: 'get',
  handler: async (req) => {
    const { docs } = await req.payload.find({
      collection: workshopsSlug as CollectionSlug,
      depth: 0,
      draft: false,
      limit: FEED_LIMIT,
      overrideAccess: false,
      req,
      sort: 'startsAt',
      where: { and: [{ _status: { equals: 'published' } }, { endsAt: { greater_than_equal: new Date().toISOString() } }] },
    })
    const body = buildWorkshopCalendar({
      name: feedName,
      serverURL: req.payload.config.serverURL,
      timeZone: calendarTimeZone(req.payload),
      workshops: docs as unknown as CalendarWorkshop[],
    })
    return icsResponse({ body, filename: 'workshops.ics', request: req })
  },
})
