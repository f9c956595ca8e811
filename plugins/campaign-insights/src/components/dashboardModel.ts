/**
 * The dashboard's view model: the insights with every date already printed the Vietnamese way
 * (on the server, through @loa/helpers' time functions), so the client component only draws.
 */
import type { CampaignInsightsTranslationKey } from '../translations/index.js'
import type { CampaignInsights, SanitizedInsightsConfig } from '../types.js'

import { formatVietnameseDate, formatVietnameseDateTime } from '@loa/helpers'
import { typeLabelOf } from '../defaults.js'
import { formatPeriod } from '../report/format.js'
import { key, vi } from '../translations/index.js'

/** Payload's `i18n.t`: a key, and the values of its {{placeholders}}. */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** Every string the dashboard draws, already in the admin's language. */
export type DashboardText = Record<CampaignInsightsTranslationKey, string>

export type DashboardModel = {
  text: DashboardText
  adminRoute: string
  apiBase: string
  campaignName: string
  chart: {
    byChannel: Array<Record<string, number | string>>
    byType: Array<Record<string, number | string>>
    channelNames: string[]
    typeNames: string[]
  }
  deliveries: CampaignInsights['deliveries']
  from: string
  kpis: Array<{ actual: number; label: string; lastEntry: string | null; metricLabel: string; percent: number; target: number; unit: string }>
  period: string
  published: { byType: Array<{ count: number; label: string }>; total: number }
  queue: {
    items: Array<{ href: string; since: string; stage: string; title: string; type: string; waiting: string }>
    stages: Array<{ count: number; label: string; longestWaiting: string }>
  }
  to: string
  upcoming: {
    scheduled: Array<{ href: string; publishAt: string; title: string; type: string }>
    workshops: Array<{ href: string; startsAt: string; title: string; venue: string }>
  }
  workshops: CampaignInsights['workshops'] & { lineTimes: string[] }
  sections: CampaignInsights['sections']
}

/** "3 ngày 4 giờ", "5 giờ", "dưới 1 giờ" (in the admin's language). */
export const formatWaiting = (t: Translate, hours: number): string => {
  if (hours < 1) return t(key('lessThanAnHour'))
  const days = Math.floor(hours / 24)
  const rest = Math.floor(hours % 24)
  if (!days) return t(key('hours'), { count: rest })
  return rest ? `${t(key('days'), { count: days })} ${t(key('hours'), { count: rest })}` : t(key('days'), { count: days })
}

/** "Nhập bởi Lê Thị Quản Lý lúc Thứ sáu, 27/11/2026 | 08:51 - GMT+7". */
const lastEntryText = (t: Translate, { by, enteredAt }: { by: string | null; enteredAt: string | null }): string =>
  [by ? t(key('enteredBy'), { name: by }) : t(key('entered')), enteredAt ? t(key('at'), { time: formatVietnameseDateTime(enteredAt) }) : '']
    .filter(Boolean)
    .join(' ')

export const toDashboardModel = ({
  adminRoute,
  apiRoute,
  cfg,
  from,
  insights,
  language,
  t,
  to,
}: {
  adminRoute: string
  apiRoute: string
  cfg: Pick<SanitizedInsightsConfig, 'campaignsSlug' | 'contentLabels' | 'workshopsSlug'>
  from: string
  insights: CampaignInsights
  language: string
  t: Translate
  to: string
}): DashboardModel => {
  const TYPE_LABELS = Object.fromEntries(Object.keys(insights.published.byType).map((slug) => [slug, typeLabelOf(cfg.contentLabels, slug, language)]))
  const stageLabel = (stage: string) => (`stage-${stage}` in vi ? t(key(`stage-${stage}` as CampaignInsightsTranslationKey)) : stage)
  const text = Object.fromEntries(Object.keys(vi).map((name) => [name, t(key(name as CampaignInsightsTranslationKey))])) as DashboardText
  const channelName = new Map(insights.published.channels.map((channel) => [String(channel.id), channel.name]))
  const typeNames = Object.keys(insights.published.byType).map((slug) => TYPE_LABELS[slug] ?? slug)
  const shortWeek = (week: string) => `T${Number(week.split('-W')[1])}`
  const itemHref = (collection: string, id: number | string) => `${adminRoute}/collections/${collection}/${id}`
  return {
    text,
    adminRoute,
    apiBase: `${apiRoute}/${cfg.campaignsSlug}/${insights.campaign.id}`,
    campaignName: insights.campaign.name,
    chart: {
      byChannel: insights.published.weeks.map((week) => ({
        week: shortWeek(week.week),
        label: week.label,
        ...Object.fromEntries(Object.entries(week.byChannel).map(([id, count]) => [channelName.get(id) ?? id, count])),
      })),
      byType: insights.published.weeks.map((week) => ({
        week: shortWeek(week.week),
        label: week.label,
        ...Object.fromEntries(Object.entries(week.byType).map(([slug, count]) => [TYPE_LABELS[slug] ?? slug, count])),
      })),
      channelNames: insights.published.channels.map((channel) => channel.name),
      typeNames,
    },
    deliveries: insights.deliveries,
    from,
    kpis: insights.kpis.map((kpi) => ({
      actual: kpi.actual,
      label: kpi.label,
      lastEntry: kpi.lastEntry ? lastEntryText(t, kpi.lastEntry) : null,
      metricLabel: kpi.metricLabel,
      percent: kpi.percent,
      target: kpi.target,
      unit: kpi.unit,
    })),
    period: formatPeriod(insights.window),
    published: {
      byType: Object.entries(insights.published.byType).map(([slug, count]) => ({ count, label: TYPE_LABELS[slug] ?? slug })),
      total: insights.published.total,
    },
    queue: {
      items: insights.reviewQueue.items.map((item) => ({
        href: itemHref(item.collection, item.id),
        since: formatVietnameseDateTime(item.since),
        stage: stageLabel(item.stage),
        title: item.title,
        type: TYPE_LABELS[item.collection] ?? item.collection,
        waiting: formatWaiting(t, item.waitingHours),
      })),
      stages: insights.reviewQueue.stages.map((stage) => ({
        count: stage.count,
        label: stageLabel(stage.stage),
        longestWaiting: stage.count ? formatWaiting(t, stage.longestWaitingHours) : '—',
      })),
    },
    to,
    upcoming: {
      scheduled: insights.upcoming.scheduled.map((item) => ({
        href: itemHref(item.collection, item.id),
        publishAt: formatVietnameseDateTime(item.publishAt),
        title: item.title,
        type: TYPE_LABELS[item.collection] ?? item.collection,
      })),
      workshops: insights.upcoming.workshops.map((workshop) => ({
        href: itemHref(cfg.workshopsSlug, workshop.id),
        startsAt: formatVietnameseDateTime(workshop.startsAt),
        title: workshop.title,
        venue: workshop.venue,
      })),
    },
    sections: insights.sections,
    workshops: { ...insights.workshops, lineTimes: insights.workshops.lines.map((line) => formatVietnameseDate(line.startsAt)) },
  }
}
