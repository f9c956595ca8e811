/**
 * iCalendar for workshops: the one place that turns workshops into VEVENTs, shared by the
 * scheduling feeds (`/api/feeds/workshops.ics`, `/api/workshops/{id}/ics`) and by the
 * workshop e-mails that attach an invitation. Times are written with the zone's TZID and a
 * VTIMEZONE, so calendar apps show them in GMT+7 whatever the reader's own zone.
 */
import ical, { ICalCalendarMethod } from 'ical-generator'

import { hasFixedOffset, icalUtcOffset, inTimeZone, loaTimeZone } from './time.js'

/** The workshop fields an event is made of (a workshop document read at depth 0 or more). */
export type CalendarWorkshop = {
  id: number | string
  title?: string | null
  slug?: string | null
  summary?: string | null
  startsAt?: string | Date | null
  endsAt?: string | Date | null
  venue?: string | null
  onlineUrl?: string | null
  organizer?: string | null
  updatedAt?: string | Date | null
}

export type BuildWorkshopCalendarArgs = {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name?: string
  /** METHOD of the calendar: PUBLISH for feeds (default), REQUEST for e-mail invitations. */
  method?: 'publish' | 'request'
  /** Public URL of the site, for the event's URL (`{serverURL}/workshops/{slug}`). */
  serverURL?: string
  /** Zone the times are written in; the configured Loa zone by default. */
  timeZone?: string
  workshops: CalendarWorkshop[]
}

const UID_DOMAIN = 'loa.local'

/**
 * The event's UID: the same for a workshop whatever feed or e-mail carries it, so calendar
 * apps update the event they already have instead of adding a second one.
 */
export const workshopEventUid = (workshop: Pick<CalendarWorkshop, 'id'>): string => `workshop-${workshop.id}@${UID_DOMAIN}`

/** Where the workshop is read on the public site, when the site's URL is known. */
export const workshopPublicUrl = (workshop: CalendarWorkshop, serverURL?: string): string | undefined => {
  if (!serverURL) return undefined
  return `${serverURL.replace(/\/$/, '')}/workshops/${workshop.slug || workshop.id}`
}

/** A VTIMEZONE for zones without daylight saving; other zones are left to the app's tz database. */
const vtimezoneFor = (timeZone: string): string | null => {
  if (!hasFixedOffset(timeZone)) return null
  const offset = icalUtcOffset(Date.now(), timeZone)
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    `X-LIC-LOCATION:${timeZone}`,
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${offset.slice(0, 3)}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n')
}

const locationOf = (workshop: CalendarWorkshop): string | null => {
  const parts = [workshop.venue, workshop.onlineUrl].filter((part): part is string => Boolean(part && part.trim()))
  return parts.length ? parts.join(' — ') : null
}

const descriptionOf = (workshop: CalendarWorkshop, url: string | undefined): string | null => {
  const parts = [
    workshop.summary,
    workshop.organizer ? `Đơn vị tổ chức / Organizer: ${workshop.organizer}` : null,
    workshop.onlineUrl ? `Tham gia trực tuyến / Join online: ${workshop.onlineUrl}` : null,
    url ? `Chi tiết / Details: ${url}` : null,
  ].filter((part): part is string => Boolean(part))
  return parts.length ? parts.join('\n\n') : null
}

/**
 * An iCalendar (RFC 5545) text with one VEVENT per workshop that has a start and an end.
 * Workshops without times are skipped: an event without DTSTART is not an event.
 */
export const buildWorkshopCalendar = ({ method = 'publish', name, serverURL, timeZone = loaTimeZone(), workshops }: BuildWorkshopCalendarArgs): string => {
  const calendar = ical({
    name: name ?? 'Loa — Hội thảo / Workshops',
    prodId: { company: 'Loa', product: 'workshops', language: 'VI' },
    method: method === 'request' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
    timezone: { name: timeZone, generator: vtimezoneFor },
  })
  for (const workshop of workshops) {
    if (!workshop.startsAt || !workshop.endsAt) continue
    const url = workshopPublicUrl(workshop, serverURL)
    calendar.createEvent({
      id: workshopEventUid(workshop),
      start: inTimeZone(workshop.startsAt, timeZone),
      end: inTimeZone(workshop.endsAt, timeZone),
      timezone: timeZone,
      summary: workshop.title ?? '',
      description: descriptionOf(workshop, url),
      location: locationOf(workshop),
      url: url ?? workshop.onlineUrl ?? null,
      stamp: workshop.updatedAt ? new Date(workshop.updatedAt) : new Date(),
      lastModified: workshop.updatedAt ? new Date(workshop.updatedAt) : null,
    })
  }
  return calendar.toString()
}
