/**
 * The campaign's "Tổng quan & báo cáo" tab: computed on the server for the signed-in user,
 * drawn by InsightsDashboard. Only admins and the campaign's managers and reviewers see figures.
 */
import type { DocumentViewServerProps } from 'payload'

import React from 'react'

import type { SanitizedInsightsConfig } from '../types.js'

import { formatVietnameseDate } from '@loa/helpers'
import { canSeeCampaignInsights } from '../access/canSeeCampaignInsights.js'
import { CUSTOM_KEY } from '../defaults.js'
import { key } from '../translations/index.js'
import { computeInsights, loadCampaign } from '../utilities/computeInsights.js'
import { windowFromQuery } from '../utilities/window.js'
import { type Translate, toDashboardModel } from './dashboardModel.js'
import { InsightsDashboard } from './InsightsDashboard.js'

const box: React.CSSProperties = { padding: 'calc(var(--base) * 2) var(--gutter-h, 60px)' }

const isoDay = (value: Date | string) => formatVietnameseDate(value).split('/').reverse().join('-')

export const InsightsView = async ({ doc, initPageResult, searchParams }: DocumentViewServerProps) => {
  const { req } = initPageResult
  const cfg = initPageResult.collectionConfig?.custom?.[CUSTOM_KEY] as SanitizedInsightsConfig | undefined
  const id = (doc as { id?: number | string } | undefined)?.id
  if (!cfg || id === undefined) return null
  if (!(await canSeeCampaignInsights(req, cfg, { ...(doc as Record<string, unknown>), id }))) {
    return (
      <div style={box}>
        <p>{(req.i18n.t as (k: string) => string)(key('forbidden'))}</p>
      </div>
    )
  }
  const campaign = await loadCampaign(req, cfg, id)
  if (!campaign) return null
  const query = Object.fromEntries(Object.entries(searchParams ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]))
  let error: string | null = null
  let window
  try {
    window = windowFromQuery(query, campaign.period, new Date())
  } catch (err) {
    error = (err as Error).message
    window = windowFromQuery({}, campaign.period, new Date())
  }
  const insights = await computeInsights({ campaign, cfg, req, window })
  const model = toDashboardModel({
    adminRoute: req.payload.config.routes.admin,
    apiRoute: req.payload.config.routes.api,
    cfg,
    language: req.i18n.language,
    t: req.i18n.t as Translate,
    from: isoDay(window.from),
    insights,
    to: isoDay(new Date(window.to.getTime() - 1)),
  })
  return (
    <div style={box}>
      {error ? <p style={{ color: 'var(--theme-error-500)' }}>{error}</p> : null}
      <InsightsDashboard model={model} />
    </div>
  )
}
