import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'
import type { CalendarBoardProps, CalendarTranslate } from './CalendarBoard.js'

import { getTranslation } from '@payloadcms/translations'

import { TRANSLATION_NAMESPACE } from '../translations/index.js'

import { loadCalendar } from '../utilities/loadCalendar.js'
import { calendarPeriod } from './calendarPeriod.js'

export const schedulingConfigOf = (req: PayloadRequest): SanitizedSchedulingConfig | undefined =>
  req.payload.config.collections.map((collection) => collection.custom?.scheduling as SanitizedSchedulingConfig | undefined).find(Boolean)

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Everything the board needs, read as the signed-in user (also used by the tests). */
export const loadCalendarBoardProps = async ({
  req,
  searchParams,
}: {
  req: PayloadRequest
  searchParams: Record<string, string | string[] | undefined>
}): Promise<CalendarBoardProps> => {
  const cfg = schedulingConfigOf(req)
  if (!cfg) throw new Error('[scheduling] the calendar view needs the scheduling plugin')
  const period = calendarPeriod({ date: first(searchParams.date), timeZone: cfg.timeZone, view: first(searchParams.view) })
  const { docs } = cfg.campaignsCollection
    ? await req.payload.find({
        collection: cfg.campaignsCollection as CollectionSlug,
        depth: 0,
        limit: 200,
        overrideAccess: false,
        req,
        sort: '-updatedAt',
        user: req.user,
      })
    : { docs: [] }
  const campaigns = (docs as Array<{ id: number | string; name?: string }>).map((doc) => ({ id: doc.id, name: doc.name ?? String(doc.id) }))
  const requested = first(searchParams.campaign)
  const selected = campaigns.find((campaign) => String(campaign.id) === requested)
  const data = await loadCalendar({ campaign: selected?.id, cfg, from: period.gridFrom, req, to: period.gridTo })
  const translate = req.i18n.t as (key: string, vars?: Record<string, unknown>) => string
  const t: CalendarTranslate = (key, vars) => translate(`${TRANSLATION_NAMESPACE}:${key}`, vars)
  const collectionLabels = Object.fromEntries(
    cfg.collections.map((slug) => {
      const label = req.payload.collections[slug as CollectionSlug]?.config.labels?.plural
      return [slug, label ? getTranslation(label, req.i18n) : slug]
    }),
  )
  return {
    basePath: `${req.payload.config.routes.admin}${cfg.adminViewPath}`,
    campaigns,
    collectionLabels,
    data,
    language: req.i18n.language,
    mode: period.mode,
    nav: period.nav,
    periodStart: period.periodStart,
    selectedCampaign: selected ? String(selected.id) : undefined,
    t,
  }
}
