/**
 * @loa/plugin-channel-publishing booted alone (users + posts, none of Loa's code) on SQLite and
 * Postgres: a publish writes one delivery per channel, the delivery job sends a Standard
 * Webhooks-signed message once to a real receiver on 127.0.0.1 (checked with the
 * `standardwebhooks` package), a contributed channel kind is sent through its own function,
 * the feed lists what is published, and by default only admins see the ledger.
 */
import type { AddressInfo } from 'node:net'
import type { SanitizedConfig } from 'payload'

import crypto from 'node:crypto'
import http from 'node:http'
import { Webhook } from 'standardwebhooks'

import type { AdapterArgs } from '@loa/plugin-channel-publishing'

import { buildDevConfig } from '../../plugins/channel-publishing/dev/config.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createStandalonePayload, type StandalonePayload } from '../helpers/standalonePayload.js'
import { sqlAdaptersOf, standaloneApi } from './standaloneApi.js'

type Id = number | string

type Received = { headers: Record<string, string>; raw: string }

/** A plain receiver on 127.0.0.1 that keeps each request's raw body and headers and answers 200 with an id. */
const startReceiver = async () => {
  const received: Received[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ headers: request.headers as Record<string, string>, raw: Buffer.concat(chunks).toString('utf8') })
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: `remote-${received.length}`, url: 'https://partner.example/posts/1' }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    received,
    secret: `whsec_${crypto.randomBytes(24).toString('base64')}`,
    url: `http://127.0.0.1:${port}/hooks`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

describe.each(sqlAdaptersOf(adaptersUnderTest()))('channel-publishing alone on %s', (adapter) => {
  let ctx: StandalonePayload
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let api: ReturnType<typeof standaloneApi>
  const logbook: Array<{ action: string; prefix: unknown; title: string }> = []

  beforeAll(async () => {
    receiver = await startReceiver()
    ctx = await createStandalonePayload(adapter, ({ db, serverURL }): Promise<SanitizedConfig> =>
      buildDevConfig({
        db,
        serverURL,
        pluginOptions: {
          channelKinds: [
            {
              name: 'logbook',
              label: { vi: 'Sổ ghi', en: 'Logbook' },
              fields: [{ name: 'prefix', type: 'text' }],
              send: async ({ channel, delivery }: AdapterArgs) => {
                logbook.push({ action: delivery.action, prefix: (channel.logbook as { prefix?: string } | undefined)?.prefix, title: delivery.snapshot.title })
                return { isOk: true, remoteId: `log-${logbook.length}` }
              },
            },
          ],
        },
      }),
    )
    api = standaloneApi(ctx.payload, `standalone:${ctx.databaseUri}`)
    await ctx.payload.create({ collection: 'users', data: { email: 'admin@example.test', password: 'admin-password-1', roles: ['admin'] } as never })
    await ctx.payload.create({ collection: 'users', data: { email: 'editor@example.test', password: 'editor-password-1', roles: ['editor'] } as never })
  })

  afterAll(async () => {
    await ctx?.cleanup()
    await receiver?.close()
  })

  it('delivers a published post once, signed, to a webhook, and through a contributed channel kind', async () => {
    const { payload } = ctx
    const webhook = (await payload.create({
      collection: 'channels' as never,
      data: { name: 'Cổng đối tác', kind: 'webhook', endpoint: receiver.url, secret: receiver.secret, contentTypes: ['posts'] } as never,
    })) as unknown as { id: Id }
    await payload.create({
      collection: 'channels' as never,
      data: { name: 'Sổ ghi', kind: 'logbook', logbook: { prefix: 'SG' }, contentTypes: ['posts'] } as never,
    })

    const post = (await payload.create({
      collection: 'posts' as never,
      data: {
        title: 'Chuyển đổi số ở xã Quảng Phú',
        slug: 'chuyen-doi-so-quang-phu',
        summary: 'Người dân làm thủ tục trực tuyến.',
        _status: 'published',
      } as never,
    })) as unknown as { id: Id }

    const { docs: pending } = await payload.find({ collection: 'deliveries' as never, where: { status: { equals: 'pending' } } })
    expect(pending).toHaveLength(2)

    await payload.jobs.run({ queue: 'default' })
    await payload.jobs.run({ queue: 'default' })

    expect(receiver.received).toHaveLength(1)
    const [{ headers, raw }] = receiver.received as [Received]
    // The receiver's side of Standard Webhooks: the signature over id, timestamp and raw body.
    const body = new Webhook(receiver.secret).verify(raw, headers) as { type: string; data: Record<string, unknown> }
    expect(() => new Webhook(`whsec_${crypto.randomBytes(24).toString('base64')}`).verify(raw, headers)).toThrow()
    expect(body.type).toBe('content.published')
    expect(body.data.title).toBe('Chuyển đổi số ở xã Quảng Phú')
    expect(body.data.publicUrl).toBe('http://localhost:3000/posts/chuyen-doi-so-quang-phu')

    expect(logbook).toEqual([{ action: 'publish', prefix: 'SG', title: 'Chuyển đổi số ở xã Quảng Phú' }])

    const { docs: ledger } = await payload.find({ collection: 'deliveries' as never, depth: 0, sort: 'createdAt' })
    const rows = ledger as unknown as Array<{ channel: Id; status: string; remoteId?: string; itemKey: string; webhookId: string }>
    expect(rows.map((row) => row.status)).toEqual(['delivered', 'delivered'])
    expect(rows.every((row) => row.itemKey === `posts:${post.id}`)).toBe(true)
    const webhookRow = rows.find((row) => String(row.channel) === String(webhook.id))
    expect(webhookRow?.remoteId).toBe('remote-1')
    expect(headers['webhook-id']).toBe(webhookRow?.webhookId)
  })

  it('serves published posts in the feed and leaves drafts out', async () => {
    const { payload } = ctx
    await payload.create({ collection: 'channels' as never, data: { name: 'Tin mới', slug: 'tin-moi', kind: 'feed', contentTypes: ['posts'] } as never })
    await payload.create({ collection: 'posts' as never, data: { title: 'Bản nháp chưa duyệt', slug: 'ban-nhap', _status: 'draft' } as never })

    const rss = await api.get('/api/feeds/tin-moi/rss.xml')
    expect(rss.status).toBe(200)
    expect(rss.headers.get('content-type')).toContain('application/rss+xml')
    expect(rss.text).toContain('<title><![CDATA[Chuyển đổi số ở xã Quảng Phú]]></title>')
    expect(rss.text).not.toContain('Bản nháp chưa duyệt')

    const again = await api.get('/api/feeds/tin-moi/rss.xml', { 'if-none-match': String(rss.headers.get('etag')) })
    expect(again.status).toBe(304)
    expect((await api.get('/api/feeds/khong-co/rss.xml')).status).toBe(404)
  })

  it('shows the ledger to admins only by default', async () => {
    const adminToken = await api.login('admin@example.test', 'admin-password-1')
    const editorToken = await api.login('editor@example.test', 'editor-password-1')
    const asAdmin = await api.get('/api/deliveries?depth=0', { Authorization: `JWT ${adminToken}` })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.totalDocs).toBe(2)
    const asEditor = await api.get('/api/deliveries?depth=0', { Authorization: `JWT ${editorToken}` })
    expect(asEditor.status).toBe(403)
    const asPublic = await api.get('/api/channels?depth=0')
    expect(asPublic.status).toBe(403)
  })
})
