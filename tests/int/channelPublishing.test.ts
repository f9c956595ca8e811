import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'
import type { WebhookReceiver } from '../helpers/webhookReceiver.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { newWebhookSecret, startWebhookReceiver } from '../helpers/webhookReceiver.js'
import { claimDelivery, drainDeliveries } from '@loa/plugin-channel-publishing'
import { lexicalFromParagraphs } from '../../src/lib/lexical.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'
import { writeAsWorkflow } from '../helpers/fixtures.js'

type Delivery = {
  id: number | string
  action: string
  status: string
  attempts: number
  webhookId: string
  remoteId?: string | null
  remoteUrl?: string | null
  lastError?: string | null
  nextAttemptAt: string
}

const PASSWORD = 'LoaDemo!2024'

describe.each(adaptersUnderTest())('channel publishing on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let adminToken: string
  let campaignId: number | string
  let adminId: number | string
  let receiver: WebhookReceiver

  const payload = () => ctx.payload

  /** Publishes as the review workflow does once the approvals are in. */
  const publish = (id: number | string, data: Record<string, unknown> = {}) => writeAsWorkflow(payload(), 'reports', id, { ...data, _status: 'published' })

  const unpublish = (id: number | string) => writeAsWorkflow(payload(), 'reports', id, { _status: 'draft' })

  const createReport = async (title: string) =>
    (await payload().create({
      collection: 'reports',
      data: {
        title,
        campaign: campaignId,
        summary: `Sapo: ${title}`,
        body: lexicalFromParagraphs([`Nội dung của "${title}" <script>alert(1)</script>`]),
        topics: ['chuyển đổi số'],
        audiences: ['citizens'],
        authors: [adminId],
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })) as { id: number | string }

  const deliveriesOf = async (reportId: number | string): Promise<Delivery[]> => {
    const { docs } = await payload().find({
      collection: 'deliveries' as never,
      where: { itemKey: { equals: `reports:${reportId}` } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
    return docs as unknown as Delivery[]
  }

  /** Makes `url` the only enabled webhook channel. */
  const useOnlyWebhookChannel = async (slug: string, url: string, secret: string) => {
    await payload().update({ collection: 'channels' as never, where: { enabled: { equals: true } }, data: { enabled: false } as never })
    const response = await api.post(
      '/api/channels',
      { name: `Cổng ${slug}`, slug, kind: 'webhook', endpoint: url, secret, contentTypes: ['reports'], enabled: true },
      { token: adminToken },
    )
    expect(response.status).toBe(201)
    return response.body.doc as { id: number | string }
  }

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    await seedDemoContent(ctx.payload, () => undefined)
    adminToken = await api.login('admin@loa.local', PASSWORD)
    const campaigns = await payload().find({ collection: 'campaigns', limit: 1, depth: 0 })
    campaignId = campaigns.docs[0]!.id
    const admins = await payload().find({ collection: 'users', where: { email: { equals: 'admin@loa.local' } }, depth: 0 })
    adminId = admins.docs[0]!.id
    receiver = await startWebhookReceiver()
  })
  afterAll(async () => {
    await receiver?.close()
    await ctx?.cleanup()
  })
  beforeEach(() => {
    receiver.received.length = 0
    receiver.script.length = 0
    receiver.fallback = 200
  })

  it('refuses channels without an endpoint, with a malformed or private URL, or of an unknown kind, naming the field', async () => {
    const base = { name: 'Cổng thử', kind: 'webhook', secret: newWebhookSecret(), contentTypes: ['reports'] }
    const missing = await api.post('/api/channels', { ...base, slug: 'thieu-endpoint' }, { token: adminToken })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain('endpoint')

    const malformed = await api.post('/api/channels', { ...base, slug: 'sai-url', endpoint: 'not a url' }, { token: adminToken })
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].data.errors[0]).toMatchObject({ path: 'endpoint', message: expect.stringContaining('not a valid URL') })

    const privateHost = await api.post('/api/channels', { ...base, slug: 'noi-bo', endpoint: 'http://10.1.2.3/hook' }, { token: adminToken })
    expect(privateHost.status).toBe(400)
    expect(privateHost.body.errors[0].data.errors[0]).toMatchObject({ path: 'endpoint', message: expect.stringContaining('is not public: private network') })

    const linkLocal = await api.post('/api/channels', { ...base, slug: 'link-local', endpoint: 'http://169.254.169.254/latest' }, { token: adminToken })
    expect(linkLocal.status).toBe(400)

    const nat64Metadata = await api.post('/api/channels', { ...base, slug: 'nat64', endpoint: 'http://[64:ff9b::a9fe:a9fe]/latest' }, { token: adminToken })
    expect(nat64Metadata.status).toBe(400)
    expect(nat64Metadata.body.errors[0].data.errors[0]).toMatchObject({ path: 'endpoint', message: expect.stringContaining('NAT64 form of 169.254.169.254') })

    const databasePort = await api.post('/api/channels', { ...base, slug: 'cong-csdl', endpoint: 'http://db.thanhhoa.gov.vn:5432/' }, { token: adminToken })
    expect(databasePort.status).toBe(400)
    expect(databasePort.body.errors[0].data.errors[0]).toMatchObject({ path: 'endpoint', message: expect.stringContaining('port 5432 is not allowed') })

    const unknownKind = await api.post('/api/channels', { ...base, slug: 'la', kind: 'fax', endpoint: receiver.url }, { token: adminToken })
    expect(unknownKind.status).toBe(400)
    expect(unknownKind.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain('kind')

    const badSecret = await api.post('/api/channels', { ...base, slug: 'khoa-sai', endpoint: receiver.url, secret: 'hunter2' }, { token: adminToken })
    expect(badSecret.status).toBe(400)
    expect(badSecret.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain('secret')

    const editor = await api.login('editor@loa.local', PASSWORD)
    const byEditor = await api.post('/api/channels', { ...base, slug: 'bien-tap', endpoint: receiver.url }, { token: editor })
    expect(byEditor.status).toBe(403)
  })

  it('never reveals a credential through REST, GraphQL or the Local API, but says which ones are set', async () => {
    const secret = newWebhookSecret()
    const channel = await useOnlyWebhookChannel('bi-mat', receiver.url, secret)
    const wordpress = await api.post(
      '/api/channels',
      {
        name: 'WP',
        slug: 'wp-bi-mat',
        kind: 'wordpress',
        endpoint: 'http://127.0.0.1:9/',
        username: 'wpuser',
        applicationPassword: 'abcd efgh ijkl',
        contentTypes: ['reports'],
        enabled: false,
      },
      { token: adminToken },
    )
    expect(wordpress.status).toBe(201)

    const rest = await api.get(`/api/channels/${channel.id}`, { token: adminToken })
    expect(rest.status).toBe(200)
    expect(rest.body.secret).toBeUndefined()
    expect(rest.body.hasSecret).toBe(true)
    const list = await api.get('/api/channels?limit=50&depth=0', { token: adminToken })
    expect(list.text).not.toContain(secret)
    expect(list.text).not.toContain('abcd efgh ijkl')
    expect(list.text).not.toContain('wpuser')

    const gql = await api.graphql('{ Channels(limit: 50) { docs { slug hasSecret hasApplicationPassword } } }', { token: adminToken })
    expect(gql.errors).toBeUndefined()
    expect(JSON.stringify(gql)).not.toContain(secret)
    const asked = await api.graphql('{ Channels(limit: 50) { docs { secret applicationPassword } } }', { token: adminToken })
    expect(JSON.stringify(asked)).not.toContain(secret)
    expect(JSON.stringify(asked)).not.toContain('abcd efgh ijkl')

    const local = await payload().findByID({ collection: 'channels' as never, id: channel.id, overrideAccess: true, showHiddenFields: true })
    expect(JSON.stringify(local)).not.toContain(secret)

    const updated = await api.patch(`/api/channels/${channel.id}`, { name: 'Cổng bí mật (đổi tên)' }, { token: adminToken })
    expect(updated.status).toBe(200)
    expect(updated.text).not.toContain(secret)
    expect(updated.body.doc.hasSecret).toBe(true)

    const anonymous = await api.get('/api/channels')
    expect(anonymous.status).toBe(403)
    const deliveries = await api.get('/api/deliveries')
    expect(deliveries.status).toBe(403)
  })

  it('approve → publish sends one signed delivery, received once; a draft saved over it sends nothing', async () => {
    await useOnlyWebhookChannel('cong-tinh', receiver.url, receiver.secret)
    const report = await createReport('Thanh Hoá ra mắt ứng dụng công dân số')
    expect(await deliveriesOf(report.id)).toHaveLength(0)

    await publish(report.id)
    const pending = await deliveriesOf(report.id)
    expect(pending.map((d) => [d.action, d.status])).toEqual([['publish', 'pending']])

    await payload().jobs.run()
    expect(receiver.received).toHaveLength(1)
    const [hook] = receiver.received
    expect(hook!.isVerified).toBe(true)
    expect(hook!.webhookId).toBe(pending[0]!.webhookId)
    expect(hook!.body.type).toBe('content.published')
    expect(hook!.body.data).toMatchObject({
      collection: 'reports',
      title: 'Thanh Hoá ra mắt ứng dụng công dân số',
      summary: 'Sapo: Thanh Hoá ra mắt ứng dụng công dân số',
      topics: ['chuyển đổi số'],
      audiences: ['citizens'],
      authors: [{ name: 'Quản trị hệ thống' }],
      campaign: { code: 'CDS-TH-2024' },
    })
    expect(hook!.body.data.publicUrl).toMatch(/^http:\/\/localhost:3000\/reports\//)
    expect(hook!.body.data.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(hook!.body.data.html).not.toContain('<script>')

    const [delivered] = await deliveriesOf(report.id)
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, remoteId: 'remote-1', remoteUrl: 'https://portal.example.gov.vn/tin/remote-1' })
    const ledger = await api.get('/api/deliveries?depth=2&limit=100', { token: adminToken })
    expect(ledger.body.docs[0].channel.slug).toBe('cong-tinh')
    expect(ledger.text).not.toContain(receiver.secret)
    const ledgerGql = await api.graphql('{ Deliveries(limit: 100) { docs { status channel { slug secret hasSecret } } } }', { token: adminToken })
    expect(JSON.stringify(ledgerGql)).not.toContain(receiver.secret)

    await payload().update({ collection: 'reports', id: report.id, data: { title: 'Bản nháp chưa duyệt' } as never, draft: true, overrideAccess: true })
    await payload().jobs.run()
    expect(await deliveriesOf(report.id)).toHaveLength(1)
    expect(receiver.received).toHaveLength(1)
  })

  it('sends nothing while an item is in review, and one signed delivery when the manager publishes it after approval', async () => {
    await useOnlyWebhookChannel('cong-quy-trinh', receiver.url, receiver.secret)
    const editor = await api.login('editor@loa.local', PASSWORD)
    const reviewer = await api.login('reviewer@loa.local', PASSWORD)
    const manager = await api.login('manager@loa.local', PASSWORD)
    const created = await api.post(
      '/api/reports?draft=true',
      { title: 'Tin qua quy trình duyệt', campaign: campaignId, summary: 'Sapo qua quy trình', body: lexicalFromParagraphs(['Nội dung đã duyệt.']) },
      { token: editor },
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await api.post(`/api/reports/${id}/workflow`, { action: 'submit' }, { token: editor })).status).toBe(200)
    expect((await api.post(`/api/reports/${id}/workflow`, { action: 'approve' }, { token: reviewer })).status).toBe(200)
    await payload().jobs.run()
    expect(await deliveriesOf(id)).toHaveLength(0)
    expect(receiver.received).toHaveLength(0)

    const published = await api.post(`/api/reports/${id}/workflow`, { action: 'publish' }, { token: manager })
    expect(published.status).toBe(200)
    await payload().jobs.run()
    expect(receiver.received.map((r) => [r.body.type, r.body.data.title, r.isVerified])).toEqual([['content.published', 'Tin qua quy trình duyệt', true]])
    expect((await deliveriesOf(id)).map((d) => [d.action, d.status])).toEqual([['publish', 'delivered']])
  })

  it('retries a failing receiver with the same webhook-id until it succeeds, surviving errors, garbage, resets and hangs', async () => {
    await useOnlyWebhookChannel('cong-chap-chon', receiver.url, receiver.secret)
    const report = await createReport('Hội nghị chuyển đổi số cấp xã')
    receiver.script = [503, 'garbage', 'reset', 'hang', 200]
    await publish(report.id)

    let now = new Date()
    const errors: string[] = []
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await drainDeliveries({ payload: payload(), now, timeoutMs: 400 })
      const [row] = await deliveriesOf(report.id)
      expect(row).toMatchObject({ status: 'failed', attempts: attempt })
      errors.push(row!.lastError ?? '')
      expect(new Date(row!.nextAttemptAt).getTime()).toBeGreaterThan(now.getTime())
      now = new Date(row!.nextAttemptAt)
    }
    expect(errors[0]).toContain('HTTP 503')
    expect(errors[1]).toContain('network error')
    expect(errors[2]).toContain('network error')
    expect(errors[3]).toContain('timeout')

    await drainDeliveries({ payload: payload(), now, timeoutMs: 400 })
    const [row] = await deliveriesOf(report.id)
    expect(row).toMatchObject({ status: 'delivered', attempts: 5, lastError: null })
    expect(receiver.received).toHaveLength(5)
    expect(new Set(receiver.received.map((r) => r.webhookId))).toEqual(new Set([row!.webhookId]))
    expect(receiver.received.every((r) => r.isVerified)).toBe(true)
  })

  it('marks a delivery dead after the last retry; a campaign manager retries it and it is delivered', async () => {
    await useOnlyWebhookChannel('cong-sap', receiver.url, receiver.secret)
    const report = await createReport('Phổ cập kỹ năng số cho hộ kinh doanh')
    receiver.fallback = 500
    await publish(report.id)

    let now = new Date()
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await drainDeliveries({ payload: payload(), now })
      const [row] = await deliveriesOf(report.id)
      now = new Date(Math.max(now.getTime(), new Date(row!.nextAttemptAt).getTime()))
    }
    const [dead] = await deliveriesOf(report.id)
    expect(dead).toMatchObject({ status: 'dead', attempts: 10, lastError: expect.stringContaining('HTTP 500') })
    await drainDeliveries({ payload: payload(), now: new Date(now.getTime() + 24 * 3600_000) })
    expect(receiver.received).toHaveLength(10)

    const editor = await api.login('editor@loa.local', PASSWORD)
    const refused = await api.post(`/api/deliveries/${dead!.id}/retry`, undefined, { token: editor })
    expect(refused.status).toBe(403)

    receiver.fallback = 200
    const manager = await api.login('manager@loa.local', PASSWORD)
    const retried = await api.post(`/api/deliveries/${dead!.id}/retry`, undefined, { token: manager })
    expect(retried.status).toBe(200)
    expect(retried.body.doc.status).toBe('pending')
    const again = await api.post(`/api/deliveries/${dead!.id}/retry`, undefined, { token: manager })
    expect(again.status).toBe(409)

    await payload().jobs.run()
    const [delivered] = await deliveriesOf(report.id)
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1 })
    expect(receiver.received).toHaveLength(11)
    expect(receiver.received.at(-1)!.webhookId).toBe(dead!.webhookId)

    const listed = await api.get('/api/deliveries?where[status][equals]=delivered&limit=100', { token: manager })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((d: { id: unknown }) => d.id)).toContain(dead!.id)
  })

  it('sends an edit after publish as an update to the same remote id, and an unpublish as a retraction', async () => {
    await useOnlyWebhookChannel('cong-cap-nhat', receiver.url, receiver.secret)
    const report = await createReport('Dịch vụ công trực tuyến mức độ toàn trình')
    await publish(report.id)
    await payload().jobs.run()
    const [first] = await deliveriesOf(report.id)
    expect(first!.status).toBe('delivered')

    await publish(report.id, { title: 'Dịch vụ công trực tuyến toàn trình: 1.200 thủ tục' })
    await publish(report.id)
    await payload().jobs.run()
    await unpublish(report.id)
    await payload().jobs.run()

    const rows = await deliveriesOf(report.id)
    expect(rows.map((d) => [d.action, d.status])).toEqual([
      ['publish', 'delivered'],
      ['update', 'delivered'],
      ['retract', 'delivered'],
    ])
    expect(rows.map((d) => d.remoteId)).toEqual([first!.remoteId, first!.remoteId, first!.remoteId])
    expect(receiver.received.map((r) => [r.body.type, r.body.data.remoteId, r.body.data.title])).toEqual([
      ['content.published', null, 'Dịch vụ công trực tuyến mức độ toàn trình'],
      ['content.updated', first!.remoteId, 'Dịch vụ công trực tuyến toàn trình: 1.200 thủ tục'],
      ['content.retracted', first!.remoteId, 'Dịch vụ công trực tuyến toàn trình: 1.200 thủ tục'],
    ])
  })

  it('retracts a published item from its channels when the item is deleted', async () => {
    await useOnlyWebhookChannel('cong-xoa', receiver.url, receiver.secret)
    const report = await createReport('Tin sẽ bị xoá')
    await publish(report.id)
    await payload().jobs.run()
    await payload().delete({ collection: 'reports', id: report.id, overrideAccess: true })
    await payload().jobs.run()
    expect(receiver.received.map((r) => [r.body.type, r.body.data.title])).toEqual([
      ['content.published', 'Tin sẽ bị xoá'],
      ['content.retracted', 'Tin sẽ bị xoá'],
    ])
    expect(await deliveriesOf(report.id)).toEqual([])
    const { docs } = await payload().find({
      collection: 'deliveries' as never,
      where: { itemKey: { like: `reports:${report.id}#deleted` } },
      sort: 'createdAt',
      depth: 0,
    })
    const rows = docs as unknown as Delivery[]
    expect(rows.map((d) => [d.action, d.status])).toEqual([
      ['publish', 'delivered'],
      ['retract', 'delivered'],
    ])
    expect(receiver.received[1]!.body.data.remoteId).toBe(rows[0]!.remoteId)
  })

  it('never lets an update overtake its publish to the same channel', async () => {
    await useOnlyWebhookChannel('cong-thu-tu', receiver.url, receiver.secret)
    const report = await createReport('Thứ tự gửi không đảo')
    receiver.script = [503]
    await publish(report.id)
    await drainDeliveries({ payload: payload() })
    await publish(report.id, { summary: 'Sapo đã sửa' })
    await drainDeliveries({ payload: payload() })
    expect(receiver.received.map((r) => r.body.type)).toEqual(['content.published'])

    const [failed] = await deliveriesOf(report.id)
    await drainDeliveries({ payload: payload(), now: new Date(failed!.nextAttemptAt) })
    expect(receiver.received.map((r) => r.body.type)).toEqual(['content.published', 'content.published', 'content.updated'])
    expect((await deliveriesOf(report.id)).map((d) => d.status)).toEqual(['delivered', 'delivered'])
  })

  it('lets a slow portal hold up only its own channel: the other channel gets every item meanwhile', async () => {
    // Two slow portals, one created before and one after the fast one, so whichever order a
    // worker takes the channels in, a slow one comes before the fast one.
    const slowBefore = await startWebhookReceiver()
    const slowAfter = await startWebhookReceiver()
    for (const slow of [slowBefore, slowAfter]) slow.fallback = { slowMs: 1500, status: 200 }
    const addChannel = async (slug: string, target: WebhookReceiver) => {
      const response = await api.post(
        '/api/channels',
        { name: `Cổng ${slug}`, slug, kind: 'webhook', endpoint: target.url, secret: target.secret, contentTypes: ['reports'], enabled: true },
        { token: adminToken },
      )
      expect(response.status).toBe(201)
    }
    let round: ReturnType<typeof drainDeliveries> | undefined
    try {
      await useOnlyWebhookChannel('cong-cham-truoc', slowBefore.url, slowBefore.secret)
      await addChannel('cong-nhanh', receiver)
      await addChannel('cong-cham-sau', slowAfter)
      const reports = []
      for (const title of ['Cổng chậm 1', 'Cổng chậm 2', 'Cổng chậm 3']) reports.push(await createReport(title))
      for (const report of reports) await publish(report.id)

      // One worker round. Sending channel after channel, the fast portal would get its items
      // only once a slow portal had taken (and answered) all three of its own.
      round = drainDeliveries({ payload: payload(), timeoutMs: 5000 })
      while (receiver.received.length < 3) await new Promise((resolve) => setTimeout(resolve, 20))
      expect(slowBefore.received.length + slowAfter.received.length).toBeLessThanOrEqual(2)
      expect(await round).toMatchObject({ delivered: 9, failed: 0, dead: 0 })
      expect([slowBefore.received.length, slowAfter.received.length]).toEqual([3, 3])
    } finally {
      // The round finishes before anything is torn down, also when an expectation failed.
      await round?.catch(() => undefined)
      await payload().update({
        collection: 'channels' as never,
        where: { slug: { in: ['cong-cham-truoc', 'cong-nhanh', 'cong-cham-sau'] } },
        data: { enabled: false } as never,
      })
      await slowBefore.close()
      await slowAfter.close()
    }
  })

  it('delivers once after a worker dies holding a delivery, and two workers never send the same one', async () => {
    await useOnlyWebhookChannel('cong-ben-bi', receiver.url, receiver.secret)
    const report = await createReport('Người thợ bị dừng giữa chừng')
    await publish(report.id)
    const [row] = await deliveriesOf(report.id)

    const crashedAt = new Date()
    const isClaimed = await claimDelivery({
      payload: payload(),
      id: row!.id,
      now: crashedAt,
      leaseUntil: new Date(crashedAt.getTime() + 60_000),
      token: 'dead-worker',
    })
    expect(isClaimed).toBe(true)
    await drainDeliveries({ payload: payload(), now: new Date(crashedAt.getTime() + 30_000) })
    expect(receiver.received).toHaveLength(0)
    expect((await deliveriesOf(report.id))[0]!.status).toBe('delivering')

    const restartedAt = new Date(crashedAt.getTime() + 61_000)
    await Promise.all([drainDeliveries({ payload: payload(), now: restartedAt }), drainDeliveries({ payload: payload(), now: restartedAt })])
    expect(receiver.received).toHaveLength(1)
    expect((await deliveriesOf(report.id))[0]).toMatchObject({ status: 'delivered', attempts: 1 })
  })

  it('disables a channel whose receiver answers 410 Gone', async () => {
    const channel = await useOnlyWebhookChannel('cong-da-dong', receiver.url, receiver.secret)
    const report = await createReport('Cổng đã ngừng hoạt động')
    receiver.fallback = 410
    await publish(report.id)
    await payload().jobs.run()
    const [row] = await deliveriesOf(report.id)
    expect(row).toMatchObject({ status: 'dead', lastError: expect.stringContaining('410') })
    const reread = await api.get(`/api/channels/${channel.id}`, { token: adminToken })
    expect(reread.body.enabled).toBe(false)
    expect(reread.body.disabledReason).toContain('410')
  })

  it('refuses at send time a host name that then resolves to a private address, and connects to the checked address', async () => {
    const resolveTo = (address: string) => async () => [{ address, family: 4 as const }]

    await useOnlyWebhookChannel('ten-mien-tro-noi-bo', 'http://cong.doi-dia-chi.test/hook', receiver.secret)
    const report = await createReport('Tin gửi tới tên miền trỏ về máy chủ nội bộ')
    await publish(report.id)
    await drainDeliveries({ payload: payload(), resolveHost: resolveTo('127.0.0.1') })
    const [refused] = await deliveriesOf(report.id)
    expect(refused).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastError: 'refused: endpoint host "cong.doi-dia-chi.test" resolves to 127.0.0.1, which is not public (loopback)',
    })
    expect(receiver.received).toHaveLength(0)

    // Listed host:port: the request goes to the address the resolver gave (no real DNS knows the name).
    const viaName = new URL(receiver.url)
    viaName.hostname = 'cong.noi-bo.test'
    const allowed = process.env.CHANNEL_ALLOWED_HOSTS
    process.env.CHANNEL_ALLOWED_HOSTS = `${allowed},cong.noi-bo.test:${viaName.port}`
    const channel = await useOnlyWebhookChannel('ten-mien-duoc-phep', viaName.toString(), receiver.secret)
    try {
      const listed = await createReport('Tin gửi tới cổng nội bộ được phép')
      await publish(listed.id)
      await drainDeliveries({ payload: payload(), resolveHost: resolveTo('127.0.0.1') })
      expect((await deliveriesOf(listed.id)).map((d) => d.status)).toEqual(['delivered'])
      expect(receiver.received.map((r) => [r.body.data.title, r.isVerified])).toEqual([['Tin gửi tới cổng nội bộ được phép', true]])
    } finally {
      // While it is still listed: once it is not, the channel no longer validates.
      await payload().update({ collection: 'channels' as never, id: channel.id, data: { enabled: false } as never })
      process.env.CHANNEL_ALLOWED_HOSTS = allowed
    }
  })
})
