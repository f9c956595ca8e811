import type { Endpoint } from 'payload'

import type { SanitizedInsightsConfig } from '../types.js'

import { computeInsights } from '../utilities/computeInsights.js'
import { authorizeInsights } from './authorizeInsights.js'

/** GET /api/campaigns/{id}/insights?from=&to= — KPIs, weekly publications, deliveries, workshops, review queue. */
export const insightsEndpoint = (cfg: SanitizedInsightsConfig): Endpoint => ({
  path: '/:id/insights',
  method: 'get',
  handler: async (req) => {
    const { campaign, now, window } = await authorizeInsights(req, cfg)
    const insights = await computeInsights({ campaign, cfg, now, req, window })
    return Response.json(insights, { headers: { 'Cache-Control': 'private, no-store' } })
  },
})
