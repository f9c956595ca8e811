/**
 * The commune radio as Loa wires it (src/channels/radioChannelKind.ts): a `radio` channel is
 * created like the other channels, an approved report's bulletin is read aloud offline after
 * the approval without voiding it (espeak-ng and lame, really run), and publishing delivers the
 * signed radio message once to a verifying receiver on 127.0.0.1 with the channel's own
 * programme slot and an audio link that works and can't be altered; airing receipts are
 * accepted when signed with the radio channel's secret.
 */
import type { Payload } from 'payload'

import { handleEndpoints } from 'payload'

import { drainDeliveries } from '@loa/plugin-channel-publishing'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { parseFile } from 'music-metadata'
import Parser from 'rss-parser'
import { Webhook } from 'standardwebhooks'

import type { Api } from '../helpers/api.js'
import type { TeamRole } from '../helpers/fixtures.js'
import type { TestPayload } from '../helpers/testPayload.js'
import type { WebhookReceiver } from '../helpers/webhookReceiver.js'

import { mediaDir } from '../../collections/Media.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { measureKpis } from '../helpers/insights.js'
import { createApi } from '../helpers/api.js'
import { createCampaignTeam, createDraft, writeAsWorkflow } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { newWebhookSecret, startWebhookReceiver } from '../helpers/webhookReceiver.js'

type Id = number | string
type Actor = TeamRole

const clockInHanoi = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso))

describe.each(adaptersUnderTest())('the commune radio channel in Loa on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  let receiver: WebhookReceiver
  let campaign: { id: Id }
  let tokens: Record<Actor, string>
  const radioChannel = (overrides: Record<string, unknown> = {}) => ({
    name: 'Đài truyền thanh phường Hạc Thành',
    slug: 'dai-hac-thanh',
    kind: 'radio',
    endpoint: receiver.url,
    secret: receiver.secret,
    contentTypes: ['reports'],
    enabled: true,
    radio: { programmeSlots: [{ start: '11:00', end: '11:30' }] },
    ...overrides,
  })

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    receiver = await startWebhookReceiver()
    ;({ campaign, tokens } = await createCampaignTeam(payload, api, 'LOA-PHUONG'))
  })
  afterAll(async () => {
    await receiver?.close()
    await ctx?.cleanup()
  })

  it('refuses a radio channel without an endpoint, without a secret or with a slot that is not HH:mm, naming the field', async () => {
    const noEndpoint = await api.post('/api/channels', radioChannel({ slug: 'khong-dia-chi', endpoint: undefined }), { token: tokens.admin })
    expect([noEndpoint.status, JSON.stringify(noEndpoint.body)]).toEqual([400, expect.stringContaining('endpoint')])
    const noSecret = await api.post('/api/channels', radioChannel({ slug: 'khong-khoa', secret: undefined }), { token: tokens.admin })
    expect([noSecret.status, JSON.stringify(noSecret.body)]).toEqual([400, expect.stringContaining('secret')])
    const badSlot = await api.post('/api/channels', radioChannel({ slug: 'gio-sai', radio: { programmeSlots: [{ start: '25:00', end: '11:30' }] } }), {
      token: tokens.admin,
    })
    expect([badSlot.status, JSON.stringify(badSlot.body)]).toEqual([400, expect.stringContaining('start')])
    expect((await payload.count({ collection: 'channels', where: { kind: { equals: 'radio' } } })).totalDocs).toBe(0)
  })

  it('reads an approved report out without voiding the approval, and delivers it signed, in the channel’s slot, with a working audio link', async () => {
    const created = await api.post('/api/channels', radioChannel(), { token: tokens.admin })
    expect(created.status).toBe(201)
    const area = (await payload.find({ collection: 'areas', where: { code: { equals: '14797' } }, limit: 1 })).docs[0]!

    const draft = await createDraft(payload, 'reports', {
      campaign: campaign.id,
      title: 'Phường Hạc Thành hỗ trợ cài đặt VNeID',
      bulletin: {
        script: 'Ủy ban nhân dân phường thông báo: từ ngày 15 tháng 12, bộ phận một cửa hỗ trợ cài đặt VNeID.',
        priority: 'ordinary',
        areas: [area.id],
      },
    })
    const act = (action: string, actor: Actor) => api.post(`/api/reports/${draft.id}/workflow`, { action }, { token: tokens[actor] })
    expect((await act('submit', 'editor')).status).toBe(200)
    expect((await act('approve', 'reviewer')).status).toBe(200)

    // The voice is made after the approval, by the queued job: the item stays approved.
    await payload.jobs.run({ limit: 10 })
    const read = async () =>
      (await payload.findByID({ collection: 'reports', id: draft.id, draft: true, depth: 0, overrideAccess: true })) as unknown as {
        workflow: { stage: string }
        bulletin: { audio: Id | null; durationSeconds: number | null; synthesisStatus: string }
      }
    const approved = await read()
    expect(approved.bulletin.synthesisStatus).toBe('done')
    expect(approved.bulletin.audio).not.toBeNull()
    expect(approved.bulletin.durationSeconds).toBeGreaterThan(1)
    expect(approved.workflow.stage).toBe('approved')

    expect((await act('publish', 'manager')).status).toBe(200)
    await drainDeliveries({ payload, timeoutMs: 5000 })
    const messages = receiver.received.filter((message) => message.body.type.startsWith('bulletin.'))
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(message!.isVerified).toBe(true)
    expect(message!.body).toMatchObject({ type: 'bulletin.published', data: { collection: 'reports', id: String(draft.id) } })
    const { bulletin } = message!.body.data as {
      bulletin: {
        priority: string
        areas: Array<{ code: string }>
        slot: { start: string; end: string }
        sha256: string
        audioUrl: string
        durationSeconds: number
      }
    }
    expect(bulletin.priority).toBe('ordinary')
    expect(bulletin.areas.map((each) => each.code)).toEqual(['14797'])
    expect([clockInHanoi(bulletin.slot.start), clockInHanoi(bulletin.slot.end)]).toEqual(['11:00', '11:30'])

    // The file the link names is the synthesized MP3: its hash, and a duration within 10 %.
    const audio = (await payload.findByID({ collection: 'bulletin-audio', id: approved.bulletin.audio!, depth: 0 })) as unknown as { filename: string }
    const file = path.join(mediaDir, 'bulletin-audio', audio.filename)
    expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(bulletin.sha256)
    const decoded = await parseFile(file)
    expect(Math.abs((decoded.format.duration ?? 0) - bulletin.durationSeconds)).toBeLessThanOrEqual(bulletin.durationSeconds * 0.1)

    const link = new URL(bulletin.audioUrl)
    const fetched = await api.get(`${link.pathname}${link.search}`)
    expect([fetched.status, fetched.headers.get('content-type')]).toEqual([200, 'audio/mpeg'])
    const altered = new URL(link)
    altered.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 3600))
    expect((await api.get(`${altered.pathname}${altered.search}`)).status).toBe(403)
  })

  it('serves each radio channel its own podcast at /api/feeds/{slug}/podcast.xml, with the file’s length', async () => {
    const report = (await payload.find({ collection: 'reports', where: { title: { equals: 'Phường Hạc Thành hỗ trợ cài đặt VNeID' } }, limit: 1, depth: 1 }))
      .docs[0] as unknown as { bulletin: { audio: { filename: string; filesize: number } } }
    const feed = await api.get('/api/feeds/dai-hac-thanh/podcast.xml')
    expect([feed.status, feed.headers.get('content-type')]).toEqual([200, 'application/rss+xml; charset=utf-8'])
    const parsed = await new Parser({ customFields: { item: ['itunes:duration'] } }).parseString(feed.text)
    expect(parsed.title).toBe('Đài truyền thanh phường Hạc Thành')
    const entry = parsed.items.find((item) => item.title === 'Phường Hạc Thành hỗ trợ cài đặt VNeID')
    expect(entry?.enclosure).toMatchObject({ type: 'audio/mpeg', length: String(fs.statSync(path.join(mediaDir, 'bulletin-audio', report.bulletin.audio.filename)).size) })
    expect(entry?.['itunes:duration']).toMatch(/^00:00:\d\d$/)
    const link = new URL(entry!.enclosure!.url)
    expect((await api.get(`${link.pathname}${link.search}`)).status).toBe(200)

    // A radio channel for features only lists no report; another kind's slug and an unknown one are 404.
    expect((await api.post('/api/channels', radioChannel({ name: 'Đài chuyên mục', slug: 'dai-chuyen-muc', contentTypes: ['features'] }), { token: tokens.admin })).status).toBe(201)
    const other = await new Parser().parseString((await api.get('/api/feeds/dai-chuyen-muc/podcast.xml')).text)
    expect(other.items.map((item) => item.title)).not.toContain('Phường Hạc Thành hỗ trợ cài đặt VNeID')
    await payload.update({ collection: 'channels', where: { slug: { equals: 'dai-chuyen-muc' } }, data: { enabled: false } as never, overrideAccess: true })
    expect((await api.get('/api/feeds/dai-chuyen-muc/podcast.xml')).status).toBe(404)
    expect((await api.get('/api/feeds/khong-co/podcast.xml')).status).toBe(404)
  })

  it('accepts an airing receipt signed with the radio channel’s secret, and refuses any other with 401', async () => {
    const report = (await payload.find({ collection: 'reports', where: { title: { equals: 'Phường Hạc Thành hỗ trợ cài đặt VNeID' } }, limit: 1 })).docs[0]!
    const send = (secret: string, receiptId: string) => {
      const body = JSON.stringify({
        type: 'bulletin.aired',
        timestamp: new Date().toISOString(),
        data: { receiptId, collection: 'reports', id: String(report.id), areaCode: '14797', playedAt: new Date().toISOString(), seconds: 12 },
      })
      const at = new Date()
      const webhookId = `receipt-${receiptId}`
      return api.post('/api/broadcast/receipts', body, {
        headers: {
          'Content-Type': 'application/json',
          'webhook-id': webhookId,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': new Webhook(secret).sign(webhookId, at, body),
        },
      })
    }
    expect((await send(newWebhookSecret(), 'gia-mao')).status).toBe(401)
    const stored = await send(receiver.secret, 'phat-1')
    expect(stored.status).toBe(201)
    const airing = (await payload.findByID({ collection: 'airings', id: stored.body.id, depth: 0 })) as unknown as { channel: string; seconds: number }
    expect(airing).toMatchObject({ channel: 'dai-hac-thanh', seconds: 12 })

    // Campaign insights count the airtime and the communes reached (the forged receipt is not there).
    const measured = await measureKpis({
      api,
      campaignId: campaign.id,
      payload,
      token: tokens.manager,
      kpis: [
        { label: 'Phút phát trên loa', metric: 'airtimeMinutes', target: 1, unit: 'phút' },
        { label: 'Xã, phường được phát', metric: 'areasReached', target: 2, unit: 'xã' },
      ],
    })
    expect(measured.map((kpi: { metric: string; actual: number; percent: number }) => [kpi.metric, kpi.actual, kpi.percent])).toEqual([
      ['airtimeMinutes', 0.2, 20],
      ['areasReached', 1, 50],
    ])

    // The results report carries the airtime whether or not a KPI asks for it.
    await payload.update({ collection: 'campaigns', id: campaign.id, overrideAccess: true, data: { kpis: [] } as never })
    const xlsx = await handleEndpoints({
      config: payload.config,
      payloadInstanceCacheKey: ctx.databaseUri,
      request: new Request(`http://localhost:3000/api/campaigns/${campaign.id}/report.xlsx`, { headers: { Authorization: `JWT ${tokens.manager}` } }),
    })
    expect(xlsx.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never)
    const rows = (workbook.getWorksheet('Số liệu khác')?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(2, 5))
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Phút phát trên loa truyền thanh', 'phút', 0.2],
        ['Xã, phường đã phát trên loa', 'xã, phường', 1],
      ]),
    )
  })

  it('sends an emergency bulletin ahead of a backlog of ordinary deliveries, played at once (no slot)', async () => {
    const deliveriesOf = async (id: Id) =>
      (await payload.find({ collection: 'deliveries', where: { itemKey: { equals: `reports:${id}` } }, depth: 0, overrideAccess: true }))
        .docs as unknown as Array<{
        status: string
        priority: number
      }>
    const backlog: Id[] = []
    for (let index = 0; index < 12; index += 1) {
      const item = await createDraft(payload, 'reports', {
        campaign: campaign.id,
        title: `Tin thường ${index}`,
        bulletin: { script: `Tin thường số ${index}.` },
      })
      await writeAsWorkflow(payload, 'reports', item.id, { _status: 'published' })
      backlog.push(item.id)
    }
    const alert = await createDraft(payload, 'reports', {
      campaign: campaign.id,
      title: 'Khẩn cấp: bão số 5 đổ bộ',
      bulletin: { script: 'Thông báo khẩn: bão số 5 đổ bộ, bà con không ra khơi.', priority: 'emergency' },
    })
    await writeAsWorkflow(payload, 'reports', alert.id, { _status: 'published' })
    expect((await deliveriesOf(alert.id)).map((row) => row.priority)).toEqual([2])

    receiver.received.length = 0
    // One round of five: the emergency, written last, goes in it.
    await drainDeliveries({ payload, limit: 5, timeoutMs: 5000 })
    expect((await deliveriesOf(alert.id)).map((row) => row.status)).toEqual(['delivered'])
    const stillWaiting = (await Promise.all(backlog.map(deliveriesOf))).flat().filter((row) => row.status === 'pending')
    expect(stillWaiting.length).toBeGreaterThanOrEqual(8)
    const message = receiver.received.find((each) => each.body.data.title === 'Khẩn cấp: bão số 5 đổ bộ')
    expect(message?.body.data.bulletin).toMatchObject({ priority: 'emergency', slot: null })
  })
})
