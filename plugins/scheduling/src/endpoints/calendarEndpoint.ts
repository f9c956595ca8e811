import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

import { calendarRange } from '../utilities/calendarRange.js'
import { loadCalendar } from '../utilities/loadCalendar.js'

/**
 * GET /api/calendar?from=&to=&campaign= — the calendar as JSON (the admin view shows the same
 * data). Anonymous readers get published items and workshops; signed-in staff also get the
 * scheduled items of the campaigns they may read.
 */
export const calendarEndpoint = (cfg: SanitizedSchedulingConfig): Endpoint => ({
  path: cfg.calendarPath,
  method: 'get',
  handler: async (req) => {
    const { campaign, from, to } = (req.query ?? {}) as Record<string, string | undefined>
    const range = calendarRange({ from, timeZone: cfg.timeZone, to })
    if (campaign !== undefined && !/^[\w-]{1,64}$/.test(campaign)) {
      throw new APIError(`Tham số "campaign" không hợp lệ — "campaign" must be a campaign id`, 400, undefined, true)
    }
    const campaignId =
      campaign === undefined || campaign === '' ? undefined : /^\d+$/.test(campaign) && req.payload.db.defaultIDType === 'number' ? Number(campaign) : campaign
    const data = await loadCalendar({ campaign: campaignId, cfg, from: range.from, req, to: range.to })
    return Response.json(data, { headers: { 'Cache-Control': req.user ? 'private, no-store' : 'public, max-age=60' } })
  },
})
