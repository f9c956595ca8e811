/**
 * The dashboard's view model: the insights with every date already printed the Vietnamese way
 * (on the server, through @loa/helpers' time functions), so the client component only draws.
 */
import type { CampaignInsights } from '../types.js'

import { formatVietnameseDate, formatVietnameseDateTime } from '@loa/helpers'
import { STAGE_LABELS, TYPE_LABELS } from '../defaults.js'
import { formatPeriod } from '../report/format.js'

export type DashboardModel = {
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
}

/** "3 ngày 4 giờ", "5 giờ", "dưới 1 giờ". */
export const formatWaiting = (hours: number): string => {
  if (hours < 1) return 'dưới 1 giờ'
  const days = Math.floor(hours / 24)
  const rest = Math.floor(hours % 24)
  if (!days) return `${rest} giờ`
  return rest ? `${days} ngày ${rest} giờ` : `${days} ngày`
}

/** "Nhập bởi Lê Thị Quản Lý lúc Thứ sáu, 27/11/2026 | 08:51 - GMT+7". */
const lastEntryText = ({ by, enteredAt }: { by: string | null; enteredAt: string | null }): string =>
  [by ? `Nhập bởi ${by}` : 'Nhập', enteredAt ? `lúc ${formatVietnameseDateTime(enteredAt)}` : ''].filter(Boolean).join(' ')

export const toDashboardModel = ({
  adminRoute,
  apiRoute,
  from,
  insights,
  to,
}: {
  adminRoute: string
  apiRoute: string
  from: string
  insights: CampaignInsights
  to: string
}): DashboardModel => {
  const channelName = new Map(insights.published.channels.map((channel) => [String(channel.id), channel.name]))
  const typeNames = Object.keys(insights.published.byType).map((slug) => TYPE_LABELS[slug] ?? slug)
  const shortWeek = (week: string) => `T${Number(week.split('-W')[1])}`
  const itemHref = (collection: string, id: number | string) => `${adminRoute}/collections/${collection}/${id}`
  return {
    adminRoute,
    apiBase: `${apiRoute}/campaigns/${insights.campaign.id}`,
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
      lastEntry: kpi.lastEntry ? lastEntryText(kpi.lastEntry) : null,
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
        stage: STAGE_LABELS[item.stage] ?? item.stage,
        title: item.title,
        type: TYPE_LABELS[item.collection] ?? item.collection,
        waiting: formatWaiting(item.waitingHours),
      })),
      stages: insights.reviewQueue.stages.map((stage) => ({
        count: stage.count,
        label: STAGE_LABELS[stage.stage] ?? stage.stage,
        longestWaiting: stage.count ? formatWaiting(stage.longestWaitingHours) : '—',
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
        href: itemHref('workshops', workshop.id),
        startsAt: formatVietnameseDateTime(workshop.startsAt),
        title: workshop.title,
        venue: workshop.venue,
      })),
    },
    workshops: { ...insights.workshops, lineTimes: insights.workshops.lines.map((line) => formatVietnameseDate(line.startsAt)) },
  }
}
