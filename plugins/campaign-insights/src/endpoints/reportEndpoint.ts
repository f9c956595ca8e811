import type { Endpoint } from 'payload'

import type { SanitizedInsightsConfig } from '../types.js'

import { loadReportData } from '../report/loadReportData.js'
import { authorizeInsights } from './authorizeInsights.js'

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** GET /api/campaigns/{id}/report.docx | report.xlsx — the results report ("báo cáo kết quả") for a period. */
export const reportEndpoint = (cfg: SanitizedInsightsConfig, format: 'docx' | 'xlsx'): Endpoint => ({
  path: `/:id/report.${format}`,
  method: 'get',
  handler: async (req) => {
    const { campaign, now, window } = await authorizeInsights(req, cfg)
    const data = await loadReportData({ campaign, cfg, now, req, window })
    // The document libraries are loaded on the first report, not when the server starts.
    const file =
      format === 'docx'
        ? await (await import('../report/buildReportDocx.js')).buildReportDocx(data)
        : await (await import('../report/buildReportXlsx.js')).buildReportXlsx(data)
    const name = `bao-cao-ket-qua-${(campaign.code || String(campaign.id)).replace(/[^A-Za-z0-9-]+/g, '-')}.${format}`
    return new Response(new Uint8Array(file), {
      headers: {
        'Cache-Control': 'private, no-store',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Content-Type': CONTENT_TYPES[format],
      },
    })
  },
})
