import type { CollectionSlug, Endpoint } from 'payload'

import { APIError } from 'payload'

import type { CalendarWorkshop } from '@loa/helpers'

import { buildWorkshopCalendar } from '@loa/helpers'
import { calendarTimeZone } from '../utilities/calendarTimeZone.js'
import { icsResponse } from '../utilities/icsResponse.js'

const notFound = () => new APIError('Không tìm thấy hội thảo đã công bố — no published workshop with this id', 404, undefined, true)

/** GET /api/workshops/{id}/ics — one published workshop as an iCalendar file (same UID as the feed). */
export const workshopIcsEndpoint = ({ workshopsSlug }: { workshopsSlug: string }): Endpoint => ({
  path: '/:id/ics',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const isNumeric = req.payload.db.defaultIDType === 'number'
    if (isNumeric ? !/^\d{1,15}$/.test(id) : !/^[\w-]{1,64}$/.test(id)) throw notFound()
    const doc = (await req.payload
      .findByID({
        collection: workshopsSlug as CollectionSlug,
        id: isNumeric ? Number(id) : id,
        depth: 0,
        disableErrors: true,
        draft: false,
        overrideAccess: false,
        req,
      })
      .catch(() => null)) as (CalendarWorkshop & { _status?: string }) | null
    if (!doc || doc._status !== 'published') throw notFound()
    const body = buildWorkshopCalendar({
      name: doc.title ?? undefined,
      serverURL: req.payload.config.serverURL,
      timeZone: calendarTimeZone(req.payload),
      workshops: [doc],
    })
    return icsResponse({ body, filename: `${doc.slug || `workshop-${doc.id}`}.ics`, isAttachment: true, request: req })
  },
})
