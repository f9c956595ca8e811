import ICAL from 'ical.js'
import { createLocalReq } from 'payload'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { Api } from '../helpers/api.js'
import type { Cast } from '../helpers/scheduling.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { approvedItem, createCampaignWithCast, DAY, publishedWorkshop } from '../helpers/scheduling.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { CalendarBoard, loadCalendarBoardProps } from '@loa/plugin-scheduling'
import { buildWorkshopCalendar, workshopEventUid } from '@loa/helpers'
import { DEMO_CAMPAIGN, DEMO_REPORTS, DEMO_WORKSHOPS } from '../../src/seed/demoContent.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'

type ParsedEvent = { uid: string; summary: string; location: string; start: string; startZone: string; startUtc: string; endUtc: string; url?: string }

/** Reads an .ics text with ical.js, an independent parser. */
const parseEvents = (ics: string): ParsedEvent[] => {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    const dtstart = component.getFirstProperty('dtstart')
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      start: event.startDate.toString(),
      startZone: String(dtstart?.getParameter('tzid')),
      startUtc: event.startDate.toJSDate().toISOString(),
      endUtc: event.endDate.toJSDate().toISOString(),
      url: component.getFirstPropertyValue('url') as string | undefined,
    }
  })
}

describe.each(adaptersUnderTest())('calendar and iCalendar on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let cast: Cast
  let upcomingId: number
  let onlineId: number
  let pastId: number
  let draftId: number

  beforeAll(async () => {
    ctx = await createTestPayload(adapter, { serverURL: 'https://loa.example.vn' })
    await seedDemoContent(ctx.payload, () => undefined)
    api = createApi(ctx.payload, ctx.databaseUri)
    cast = await createCampaignWithCast({ api, code: `CAL-${adapter}`, payload: ctx.payload })
    const upcoming = await publishedWorkshop({
      campaignId: cast.campaignId,
      payload: ctx.payload,
      data: {
        title: 'Tập huấn chữ ký số cho cán bộ xã',
        slug: 'tap-huan-chu-ky-so',
        startsAt: '2027-03-09T08:00:00+07:00',
        endsAt: '2027-03-09T11:30:00+07:00',
        venue: 'Hội trường UBND huyện Thọ Xuân',
      },
    })
    const online = await publishedWorkshop({
      campaignId: cast.campaignId,
      payload: ctx.payload,
      data: {
        title: 'Hội thảo trực tuyến: hoá đơn điện tử',
        startsAt: '2027-03-10T14:00:00+07:00',
        endsAt: '2027-03-10T16:00:00+07:00',
        onlineUrl: 'https://meet.thanhhoa.gov.vn/hoa-don',
      },
    })
    const past = await publishedWorkshop({
      campaignId: cast.campaignId,
      payload: ctx.payload,
      data: { title: 'Hội thảo đã qua', startsAt: '2024-03-01T08:00:00+07:00', endsAt: '2024-03-01T10:00:00+07:00', venue: 'Hội trường tỉnh' },
    })
    const draft = await ctx.payload.create({
      collection: 'workshops',
      draft: true,
      data: {
        title: 'Hội thảo còn nháp',
        campaign: cast.campaignId,
        kind: 'seminar',
        startsAt: '2027-03-11T08:00:00+07:00',
        endsAt: '2027-03-11T10:00:00+07:00',
      } as never,
    })
    upcomingId = upcoming.id as number
    onlineId = online.id as number
    pastId = past.id as number
    draftId = draft.id as number
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  describe('GET /api/feeds/workshops.ics', () => {
    it('lists the published upcoming workshops at their GMT+7 times with stable UIDs, venue or online link', async () => {
      const response = await api.get('/api/feeds/workshops.ics')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
      const events = parseEvents(response.text)
      const byUid = new Map(events.map((event) => [event.uid, event]))

      expect(byUid.get(`workshop-${upcomingId}@loa.local`)).toEqual({
        uid: `workshop-${upcomingId}@loa.local`,
        summary: 'Tập huấn chữ ký số cho cán bộ xã',
        location: 'Hội trường UBND huyện Thọ Xuân',
        start: '2027-03-09T08:00:00',
        startZone: 'Asia/Ho_Chi_Minh',
        startUtc: '2027-03-09T01:00:00.000Z',
        endUtc: '2027-03-09T04:30:00.000Z',
        url: 'https://loa.example.vn/workshops/tap-huan-chu-ky-so',
      })
      expect(byUid.get(`workshop-${onlineId}@loa.local`)).toMatchObject({
        location: 'https://meet.thanhhoa.gov.vn/hoa-don',
        start: '2027-03-10T14:00:00',
        startZone: 'Asia/Ho_Chi_Minh',
        endUtc: '2027-03-10T09:00:00.000Z',
      })
      expect(byUid.has(`workshop-${pastId}@loa.local`)).toBe(false)
      expect(byUid.has(`workshop-${draftId}@loa.local`)).toBe(false)
    })

    it('answers 304 to a client that already has this version', async () => {
      const first = await api.get('/api/feeds/workshops.ics')
      const again = await api.get('/api/feeds/workshops.ics', { headers: { 'If-None-Match': first.headers.get('etag')! } })
      expect(again.status).toBe(304)
    })
  })

  describe('GET /api/workshops/{id}/ics', () => {
    it('gives one workshop with the same UID as the feed, so calendar apps update instead of duplicating', async () => {
      const response = await api.get(`/api/workshops/${upcomingId}/ics`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="tap-huan-chu-ky-so.ics"')
      const [event] = parseEvents(response.text)
      expect(event).toMatchObject({
        uid: workshopEventUid({ id: upcomingId }),
        start: '2027-03-09T08:00:00',
        startZone: 'Asia/Ho_Chi_Minh',
        startUtc: '2027-03-09T01:00:00.000Z',
      })
      expect(response.text).toContain('TZOFFSETTO:+0700')
    })

    it('answers 404 for a draft workshop and for an id that is not one', async () => {
      expect((await api.get(`/api/workshops/${draftId}/ics`)).status).toBe(404)
      const bogus = await api.get('/api/workshops/abc/ics')
      expect(bogus.status).toBe(404)
      expect(bogus.body.errors[0].message).toContain('Không tìm thấy hội thảo')
    })

    it('builds the same event for e-mail attachments (buildWorkshopCalendar, METHOD:REQUEST)', () => {
      const ics = buildWorkshopCalendar({
        method: 'request',
        workshops: [{ id: 41, title: 'Hội nghị', startsAt: '2027-01-10T07:00:00Z', endsAt: '2027-01-10T10:00:00Z', venue: 'Trung tâm Hội nghị tỉnh' }],
      })
      expect(ics).toContain('METHOD:REQUEST')
      expect(parseEvents(ics)[0]).toMatchObject({ uid: 'workshop-41@loa.local', start: '2027-01-10T14:00:00', endUtc: '2027-01-10T10:00:00.000Z' })
    })
  })

  describe('GET /api/calendar', () => {
    let scheduledId: number
    const publishAt = new Date(Date.now() + 6 * DAY)
    const from = new Date(Date.now() - DAY).toISOString()
    const to = new Date(Date.now() + 30 * DAY).toISOString()

    beforeAll(async () => {
      scheduledId = (await approvedItem({ api, cast, payload: ctx.payload, data: { title: 'Phóng sự hẹn giờ trên lịch', publishAt: publishAt.toISOString() } }))
        .id
    })

    it('shows members the scheduled item at its publishAt, with a link to it in the admin', async () => {
      const response = await api.get(`/api/calendar?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&campaign=${cast.campaignId}`, {
        token: cast.tokens.manager,
      })
      expect(response.status).toBe(200)
      expect(response.body.includesScheduled).toBe(true)
      const entry = response.body.entries.find((each: any) => each.collection === 'reports' && each.id === scheduledId)
      expect(entry).toMatchObject({
        kind: 'scheduled',
        title: 'Phóng sự hẹn giờ trên lịch',
        at: publishAt.toISOString(),
        adminUrl: `/admin/collections/reports/${scheduledId}`,
        campaign: { id: cast.campaignId, name: `Chiến dịch thử lịch đăng CAL-${adapter}` },
      })
    })

    it('shows anonymous readers published items and workshops only', async () => {
      const response = await api.get('/api/calendar?from=2027-03-01&to=2027-03-31')
      expect(response.status).toBe(200)
      expect(response.body.includesScheduled).toBe(false)
      const workshops = response.body.entries.filter((each: any) => each.kind === 'workshop').map((each: any) => each.title)
      expect(workshops).toEqual(['Tập huấn chữ ký số cho cán bộ xã', 'Hội thảo trực tuyến: hoá đơn điện tử'])

      const near = await api.get(`/api/calendar?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)
      expect(near.body.entries.some((each: any) => each.kind === 'scheduled')).toBe(false)
    })

    it('reads a local day as GMT+7 midnight and refuses bad bounds naming the parameter', async () => {
      const day = await api.get('/api/calendar?from=2027-03-09&to=2027-03-09')
      expect(day.body.from).toBe('2027-03-08T17:00:00.000Z')
      expect(day.body.to).toBe('2027-03-09T17:00:00.000Z')
      expect(day.body.entries.map((each: any) => each.title)).toEqual(['Tập huấn chữ ký số cho cán bộ xã'])

      const bad = await api.get('/api/calendar?from=hôm-qua')
      expect(bad.status).toBe(400)
      expect(bad.body.errors[0].message).toContain('"from"')
      const reversed = await api.get('/api/calendar?from=2027-03-09&to=2027-03-01')
      expect(reversed.status).toBe(400)
      expect(reversed.body.errors[0].message).toContain('"to" must be after "from"')
    })
  })

  describe('published items', () => {
    it('sit at their first publication (the seed’s 2024 dates), not at the day they were last saved', async () => {
      const seeded = DEMO_REPORTS.filter((report) => report.isPublished && report.publishedAt)
      expect(seeded.length).toBeGreaterThan(0)
      const october = await api.get('/api/calendar?from=2024-10-01&to=2024-11-30')
      expect(october.status).toBe(200)
      for (const report of seeded) {
        const entry = october.body.entries.find((each: any) => each.collection === 'reports' && each.title === report.title)
        expect({ title: report.title, kind: entry?.kind, at: entry?.at }).toEqual({
          title: report.title,
          kind: 'published',
          at: new Date(report.publishedAt!).toISOString(),
        })
      }
      // Seeded (saved) today: not on today's calendar as published today.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
      const now = await api.get(`/api/calendar?from=${today}&to=${today}`)
      const titles = now.body.entries.map((each: any) => each.title)
      for (const report of seeded) expect(titles).not.toContain(report.title)
    })
  })

  describe('admin calendar view', () => {
    it('renders the seeded campaign’s month in Vietnamese with links to each item', async () => {
      const { docs } = await ctx.payload.find({ collection: 'users', where: { email: { equals: 'admin@loa.local' } }, depth: 0 })
      const req = await createLocalReq({ user: { ...docs[0], collection: 'users' } as never }, ctx.payload)
      const { docs: campaigns } = await ctx.payload.find({ collection: 'campaigns', where: { code: { equals: DEMO_CAMPAIGN.code } }, depth: 0 })
      const seededWorkshop = DEMO_WORKSHOPS[0]
      const { docs: workshops } = await ctx.payload.find({ collection: 'workshops', where: { slug: { equals: seededWorkshop.slug } }, depth: 0 })

      const props = await loadCalendarBoardProps({ req, searchParams: { campaign: String(campaigns[0].id), date: '2026-12-15', view: 'month' } })
      const html = renderToStaticMarkup(React.createElement(CalendarBoard, props))

      expect(html).toContain('Lịch đăng bài — Tháng Mười Hai 2026')
      expect(html).toContain(`href="/admin/collections/workshops/${workshops[0].id}"`)
      expect(html).toContain(seededWorkshop.title)
      expect(html).toContain('08:00 · Diễn ra')
      expect(html).toContain(`<option value="${campaigns[0].id}" selected="">${DEMO_CAMPAIGN.name}</option>`)
      expect(html).not.toContain('Tập huấn chữ ký số cho cán bộ xã')

      const week = await loadCalendarBoardProps({ req, searchParams: { date: '2026-12-15', view: 'week' } })
      const weekHtml = renderToStaticMarkup(React.createElement(CalendarBoard, week))
      expect(weekHtml).toContain('Lịch đăng bài — Tuần 51 (14/12 – 20/12/2026)')
      expect(weekHtml).toContain(seededWorkshop.title)
    })
  })
})
