import React from 'react'

import type { SchedulingTranslationKey } from '../translations/vi.js'
import type { CalendarData, CalendarEntry, CalendarEntryKind } from '../utilities/loadCalendar.js'

import { addLocalDays, formatLocalTime, formatVietnameseDate, formatVietnameseMonth, formatVietnameseWeek, gmtOffsetLabel, localDateKey } from '@loa/helpers'

export type CalendarMode = 'month' | 'week'

/** The plugin's strings in the reader's language (`req.i18n.t` under the plugin's namespace). */
export type CalendarTranslate = (key: SchedulingTranslationKey, vars?: Record<string, unknown>) => string

export type CalendarBoardProps = {
  data: CalendarData
  mode: CalendarMode
  /** First instant of the month or week shown (local midnight). */
  periodStart: Date
  /** Anchors of the previous and next period and of today, as local days "2024-10-01". */
  nav: { previous: string; next: string; today: string }
  /** Campaigns the reader may filter by. */
  campaigns: Array<{ id: number | string; name: string }>
  selectedCampaign?: string
  /** The view's own URL (admin route + view path), for its links. */
  basePath: string
  /** Names of the scheduled collections in the reader's language, by slug. */
  collectionLabels: Record<string, string>
  /** The reader's language: Vietnamese dates as portals print them, others through Intl. */
  language: string
  t: CalendarTranslate
}

const KINDS: CalendarEntryKind[] = ['scheduled', 'published', 'unpublish', 'workshop']

const KIND_COLORS: Record<CalendarEntryKind, string> = {
  scheduled: '#b26a00',
  published: '#1b7f3b',
  unpublish: '#8a1c1c',
  workshop: '#1f4f99',
}

const WEEKDAY_KEYS = [1, 2, 3, 4, 5, 6, 7].map((day) => `weekday_${day}` as SchedulingTranslationKey)

const periodName = ({ language, mode, periodStart, timeZone }: { language: string; mode: CalendarMode; periodStart: Date; timeZone: string }): string => {
  if (language === 'vi') return mode === 'month' ? formatVietnameseMonth(periodStart, timeZone) : formatVietnameseWeek(periodStart, timeZone)
  if (mode === 'month') return new Intl.DateTimeFormat(language, { month: 'long', timeZone, year: 'numeric' }).format(periodStart)
  const end = addLocalDays(periodStart, 6, timeZone)
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone, year: 'numeric' }).formatRange(periodStart, end)
}

const link = (basePath: string, params: Record<string, string | undefined>) => {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])))
  return `${basePath}?${query.toString()}`
}

const Entry = ({
  collectionLabels,
  entry,
  t,
  timeZone,
}: {
  collectionLabels: Record<string, string>
  entry: CalendarEntry
  t: CalendarTranslate
  timeZone: string
}) => (
  <li data-kind={entry.kind} style={{ borderLeft: `3px solid ${KIND_COLORS[entry.kind]}`, listStyle: 'none', margin: '0 0 4px', padding: '0 0 0 6px' }}>
    <span style={{ color: KIND_COLORS[entry.kind], fontSize: 11, fontWeight: 600 }}>
      {formatLocalTime(entry.at, timeZone)} · {t(`kind_${entry.kind}`)}
    </span>{' '}
    <a href={entry.adminUrl} title={`${collectionLabels[entry.collection] ?? entry.collection}${entry.campaign?.name ? ` — ${entry.campaign.name}` : ''}`}>
      {entry.title}
    </a>
    {entry.kind === 'workshop' && entry.end ? <span style={{ fontSize: 11 }}> ({t('until', { time: formatLocalTime(entry.end, timeZone) })})</span> : null}
  </li>
)

/**
 * The calendar grid (month) or columns (week) with one link per entry to the item in the
 * admin. Plain server-rendered markup: navigation and the campaign filter are links and a GET
 * form, so the view works without client JavaScript.
 */
export const CalendarBoard = ({ basePath, campaigns, collectionLabels, data, language, mode, nav, periodStart, selectedCampaign, t }: CalendarBoardProps) => {
  const { timeZone } = data
  const byDay = new Map<string, CalendarEntry[]>()
  for (const entry of data.entries) {
    const key = localDateKey(entry.at, timeZone)
    byDay.set(key, [...(byDay.get(key) ?? []), entry])
  }
  const periodEnd = new Date(data.to)
  const gridStart = new Date(data.from)
  const days: Date[] = []
  for (let day = gridStart; day.getTime() < periodEnd.getTime(); day = addLocalDays(day, 1, timeZone)) days.push(day)
  const weeks: Date[][] = []
  for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7))
  const shownMonth = localDateKey(periodStart, timeZone).slice(0, 7)
  const todayKey = nav.today
  const heading = t('calendarHeading', { period: periodName({ language, mode, periodStart, timeZone }) })
  const params = { campaign: selectedCampaign, view: mode }

  return (
    <div className="loa-calendar">
      <h1>{heading}</h1>
      <nav aria-label={t('calendarNavigation')} style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 12, margin: '12px 0' }}>
        <a href={link(basePath, { ...params, date: nav.previous })}>← {mode === 'month' ? t('previousMonth') : t('previousWeek')}</a>
        <a href={link(basePath, { ...params, date: nav.today })}>{t('today')}</a>
        <a href={link(basePath, { ...params, date: nav.next })}>{mode === 'month' ? t('nextMonth') : t('nextWeek')} →</a>
        <span>|</span>
        <a
          aria-current={mode === 'month' ? 'page' : undefined}
          href={link(basePath, { campaign: selectedCampaign, date: localDateKey(periodStart, timeZone), view: 'month' })}
        >
          {t('month')}
        </a>
        <a
          aria-current={mode === 'week' ? 'page' : undefined}
          href={link(basePath, { campaign: selectedCampaign, date: localDateKey(periodStart, timeZone), view: 'week' })}
        >
          {t('week')}
        </a>
        <form action={basePath} method="get" style={{ display: 'inline-flex', gap: 6 }}>
          <input name="view" type="hidden" value={mode} />
          <input name="date" type="hidden" value={localDateKey(periodStart, timeZone)} />
          <label>
            {t('campaign')}{' '}
            <select defaultValue={selectedCampaign ?? ''} name="campaign">
              <option value="">{t('allCampaigns')}</option>
              {campaigns.map((campaign) => (
                <option key={campaign.id} value={String(campaign.id)}>
                  {campaign.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('filter')}</button>
        </form>
      </nav>
      <p style={{ fontSize: 12 }}>
        {t('timesIn', { zone: `${timeZone} (${gmtOffsetLabel(periodStart, timeZone)})` })}{' '}
        {KINDS.map((kind) => (
          <span key={kind} style={{ color: KIND_COLORS[kind], marginRight: 10 }}>
            ■ {t(`kind_${kind}`)}
          </span>
        ))}
        {data.includesScheduled ? null : <em>{t('publishedOnly')}</em>}
      </p>
      <table style={{ borderCollapse: 'collapse', tableLayout: 'fixed', width: '100%' }}>
        <thead>
          <tr>
            {WEEKDAY_KEYS.map((weekday) => (
              <th key={weekday} scope="col" style={{ padding: 4, textAlign: 'left' }}>
                {t(weekday)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={localDateKey(week[0], timeZone)}>
              {week.map((day) => {
                const key = localDateKey(day, timeZone)
                const entries = byDay.get(key) ?? []
                const isOtherMonth = mode === 'month' && key.slice(0, 7) !== shownMonth
                return (
                  <td
                    data-day={key}
                    key={key}
                    style={{
                      border: '1px solid var(--theme-elevation-150, #ddd)',
                      height: mode === 'month' ? 110 : 320,
                      opacity: isOtherMonth ? 0.55 : 1,
                      padding: 4,
                      verticalAlign: 'top',
                    }}
                  >
                    <div style={{ fontWeight: key === todayKey ? 700 : 400 }}>
                      {mode === 'month' ? Number(key.slice(8)) : formatVietnameseDate(day, timeZone)}
                    </div>
                    {entries.length ? (
                      <ul style={{ margin: 0, padding: 0 }}>
                        {entries.map((entry) => (
                          <Entry collectionLabels={collectionLabels} entry={entry} key={entry.key} t={t} timeZone={timeZone} />
                        ))}
                      </ul>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {data.entries.length === 0 ? <p>{t('nothingInPeriod')}</p> : null}
    </div>
  )
}
