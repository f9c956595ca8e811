import type { Api } from '../helpers/api.js'
import type { SmtpReceiver } from '../helpers/smtpReceiver.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { startSmtpReceiver } from '../helpers/smtpReceiver.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { lexicalFromParagraphs } from '../../src/lib/lexical.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'
import { writeAsWorkflow } from '../helpers/fixtures.js'

const addresses = (mail: { to?: unknown }) => {
  const to = mail.to as { value: Array<{ address: string }> } | Array<{ value: Array<{ address: string }> }>
  return (Array.isArray(to) ? to : [to]).flatMap((entry) => entry.value.map((v) => v.address)).sort()
}

describe.each(adaptersUnderTest())('e-mail channel and resend on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let smtp: SmtpReceiver
  let adminToken: string
  let channelId: number | string
  let reportId: number | string

  const setLive = (id: number | string, data: Record<string, unknown>) => writeAsWorkflow(ctx.payload, 'reports', id, data)

  beforeAll(async () => {
    smtp = await startSmtpReceiver()
    ctx = await createTestPayload(adapter, { email: smtp.emailAdapter() })
    api = createApi(ctx.payload, ctx.databaseUri)
    await seedDemoContent(ctx.payload, () => undefined)
    adminToken = await api.login('admin@loa.local', 'LoaDemo!2024')
    const campaignId = (await ctx.payload.find({ collection: 'campaigns', limit: 1, depth: 0 })).docs[0]!.id
    reportId = (
      await ctx.payload.create({
        collection: 'reports',
        data: {
          title: 'Thư gửi các sở, ngành',
          campaign: campaignId,
          summary: 'Bản tin tuần về chuyển đổi số',
          body: lexicalFromParagraphs(['Nội dung bản tin.']),
          _status: 'draft',
        } as never,
        draft: true,
        overrideAccess: true,
      })
    ).id
  })
  afterAll(async () => {
    await ctx?.cleanup()
    await smtp?.close()
  })

  it('refuses an e-mail channel without recipients or with a malformed address, and hides the recipients', async () => {
    const none = await api.post('/api/channels', { name: 'Thư', slug: 'thu-trong', kind: 'email', contentTypes: ['reports'] }, { token: adminToken })
    expect(none.status).toBe(400)
    expect(none.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain('recipients')
    const bad = await api.post(
      '/api/channels',
      { name: 'Thư', slug: 'thu-sai', kind: 'email', recipients: 'so-tttt@thanhhoa.gov.vn, khong-phai-thu', contentTypes: ['reports'] },
      { token: adminToken },
    )
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].message).toContain('khong-phai-thu')

    const created = await api.post(
      '/api/channels',
      { name: 'Thư các sở', slug: 'thu-cac-so', kind: 'email', recipients: 'so-tttt@thanhhoa.gov.vn\nvp-ubnd@thanhhoa.gov.vn', contentTypes: ['reports'] },
      { token: adminToken },
    )
    expect(created.status).toBe(201)
    expect(created.body.doc.recipients).toBeUndefined()
    expect(created.body.doc.hasRecipients).toBe(true)
    expect(created.text).not.toContain('vp-ubnd@thanhhoa.gov.vn')
    channelId = created.body.doc.id
  })

  it('mails a published item to every recipient through Payload’s e-mail adapter', async () => {
    await setLive(reportId, { _status: 'published', firstPublishedAt: '2025-05-19T02:30:00.000Z' })
    await ctx.payload.jobs.run()
    const mail = await smtp.waitFor((m) => m.subject === '[Loa] Tin mới: Thư gửi các sở, ngành')
    expect(addresses(mail)).toEqual(['so-tttt@thanhhoa.gov.vn', 'vp-ubnd@thanhhoa.gov.vn'])
    expect(mail.html).toContain('<p>Nội dung bản tin.</p>')
    expect(mail.html).toContain('Thứ hai, 19/05/2025 | 09:30 - GMT+7')
  })

  it('lets a campaign manager resend the item to the channel, refusing an editor and bad input', async () => {
    const editor = await api.login('editor@loa.local', 'LoaDemo!2024')
    const refused = await api.post('/api/deliveries/resend', { collection: 'reports', id: reportId, channel: channelId }, { token: editor })
    expect(refused.status).toBe(403)
    const manager = await api.login('manager@loa.local', 'LoaDemo!2024')
    const badCollection = await api.post('/api/deliveries/resend', { collection: 'users', id: reportId, channel: channelId }, { token: manager })
    expect(badCollection.status).toBe(400)
    expect(badCollection.body.errors[0].message).toContain('"collection"')
    const missingChannel = await api.post('/api/deliveries/resend', { collection: 'reports', id: reportId }, { token: manager })
    expect(missingChannel.status).toBe(400)
    expect(missingChannel.body.errors[0].message).toContain('"channel"')

    const resent = await api.post('/api/deliveries/resend', { collection: 'reports', id: reportId, channel: channelId }, { token: manager })
    expect(resent.status).toBe(201)
    expect(resent.body.doc).toMatchObject({ action: 'update', status: 'pending' })
    await ctx.payload.jobs.run()
    await smtp.waitFor((m) => m.subject === '[Loa] Cập nhật: Thư gửi các sở, ngành')
    const { docs } = await ctx.payload.find({
      collection: 'deliveries' as never,
      where: { itemKey: { equals: `reports:${reportId}` } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((d: any) => [d.action, d.status])).toEqual([
      ['publish', 'delivered'],
      ['update', 'delivered'],
    ])
  })

  it('shows a manager of one campaign only that campaign’s deliveries, and the channels without credentials', async () => {
    const other = await ctx.payload.create({
      collection: 'campaigns',
      data: {
        name: 'Chiến dịch huyện',
        code: 'HUYEN-2025',
        status: 'active',
        period: { start: '2025-01-01T00:00:00+07:00', end: '2025-12-31T00:00:00+07:00' },
      } as never,
      overrideAccess: true,
    })
    const user = await ctx.payload.create({
      collection: 'users',
      data: { email: 'quanly-huyen@loa.local', password: 'LoaDemo!2024', displayName: 'Quản lý huyện', roles: ['editor'] } as never,
      overrideAccess: true,
    })
    await ctx.payload.update({
      collection: 'campaigns',
      id: other.id,
      data: { members: [{ user: user.id, role: 'manager' }] } as never,
      overrideAccess: true,
    })
    const token = await api.login('quanly-huyen@loa.local', 'LoaDemo!2024')
    const channels = await api.get('/api/channels?depth=0', { token })
    expect(channels.status).toBe(200)
    expect(channels.body.docs.map((c: { slug: string }) => c.slug)).toContain('thu-cac-so')
    expect(channels.text).not.toContain('vp-ubnd@thanhhoa.gov.vn')
    const deliveries = await api.get('/api/deliveries?depth=0', { token })
    expect(deliveries.status).toBe(200)
    expect(deliveries.body.docs).toEqual([])
    const resend = await api.post('/api/deliveries/resend', { collection: 'reports', id: reportId, channel: channelId }, { token })
    expect(resend.status).toBe(403)
  })

  it('mails the retraction when the item is unpublished, and refuses to resend an unpublished item', async () => {
    await setLive(reportId, { _status: 'draft' })
    await ctx.payload.jobs.run()
    const mail = await smtp.waitFor((m) => m.subject === '[Loa] Đã gỡ: Thư gửi các sở, ngành')
    expect(mail.html).toContain('đã được gỡ')
    const manager = await api.login('manager@loa.local', 'LoaDemo!2024')
    const refused = await api.post('/api/deliveries/resend', { collection: 'reports', id: reportId, channel: channelId }, { token: manager })
    expect(refused.status).toBe(409)
  })
})
