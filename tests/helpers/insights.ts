/**
 * Sets a campaign's KPIs and reads what campaign insights measured for them over a window wide
 * enough to hold everything a test wrote (the insights endpoint, as a manager sees it).
 */
import type { Payload } from 'payload'

import type { Api } from './api.js'

export type KpiInput = { label: string; metric: string; target: number; unit: string }
export type MeasuredKpi = { metric: string; actual: number; percent: number }

export const measureKpis = async ({
  api,
  campaignId,
  kpis,
  payload,
  token,
}: {
  api: Api
  campaignId: number | string
  kpis: KpiInput[]
  payload: Payload
  token: string
}): Promise<MeasuredKpi[]> => {
  await payload.update({ collection: 'campaigns', id: campaignId, overrideAccess: true, data: { kpis } as never })
  const insights = await api.get(`/api/campaigns/${campaignId}/insights?from=2020-01-01&to=2100-01-01`, { token })
  expect(insights.status).toBe(200)
  return insights.body.kpis as MeasuredKpi[]
}
