/**
 * The WordPress adapter against a real WordPress (Debian's package, brought up by
 * scripts/wordpress/setup.sh). Locally the real-portal tests run only when that WordPress
 * answers, and the file says so loudly when it does not; under CI=true it must answer.
 */
import fs from 'node:fs'
import net from 'node:net'

import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { drainDeliveries } from '@loa/plugin-channel-publishing'
import { lexicalFromParagraphs } from '../../src/lib/lexical.js'
import { makeDemoImage } from '../../src/seed/demoImage.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'
import { writeAsWorkflow } from '../helpers/fixtures.js'

type WordPressAccess = { url: string; username: string; applicationPassword: string }

const readAccess = (): WordPressAccess | undefined => {
  if (process.env.WORDPRESS_URL && process.env.WORDPRESS_USERNAME && process.env.WORDPRESS_APP_PASSWORD) {
    return { url: process.env.WORDPRESS_URL, username: process.env.WORDPRESS_USERNAME, applicationPassword: process.env.WORDPRESS_APP_PASSWORD }
  }
  const file = process.env.LOA_WORDPRESS_CREDENTIALS || '/var/lib/loa-wordpress/credentials.json'
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as WordPressAccess
  } catch {
    return undefined
  }
}

const probe = async (access: WordPressAccess | undefined): Promise<boolean> => {
  if (!access) return false
  try {
    const response = await fetch(`${access.url}/wp-json/wp/v2/users/me?context=edit`, {
      headers: { authorization: `Basic ${Buffer.from(`${access.username}:${access.applicationPassword}`).toString('base64')}` },
      signal: AbortSignal.timeout(5000),
    })
    return response.ok
  } catch {
    return false
  }
}

const access = readAccess()
const isWordPressUp = await probe(access)
if (!isWordPressUp) {
  const message = `[loa tests] WORDPRESS NOT REACHABLE${access ? ` at ${access.url}` : ''}: the real-portal WordPress tests are not run. Start it with scripts/wordpress/setup.sh`
  if (process.env.CI === 'true') throw new Error(`${message} (required under CI=true)`)
  process.stdout.write(`\n\n!!!!!!!!!!\n${message}\n!!!!!!!!!!\n\n`)
}

const closedPort = async (): Promise<number> => {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe.each(adaptersUnderTest())('WordPress channel on %s', (adapter) => {
  let ctx: TestPayload
  let campaignId: number | string
  let adminToken: string
  const run = `${adapter}-${Date.now().toString(36)}`

  const publish = (id: number | string, data: Record<string, unknown> = {}) => writeAsWorkflow(ctx.payload, 'reports', id, { ...data, _status: 'published' })

  const deliveriesOf = async (id: number | string) =>
    (
      await ctx.payload.find({
        collection: 'deliveries' as never,
        where: { itemKey: { equals: `reports:${id}` } },
        sort: 'createdAt',
        depth: 0,
        pagination: false,
      })
    ).docs as unknown as Array<{ action: string; status: string; remoteId?: string; remoteUrl?: string; lastError?: string; attempts: number }>

  const createChannel = async (endpoint: string, username: string, applicationPassword: string) => {
    await ctx.payload.update({ collection: 'channels' as never, where: { enabled: { equals: true } }, data: { enabled: false } as never })
    const api = createApi(ctx.payload, ctx.databaseUri)
    const response = await api.post(
      '/api/channels',
      {
        name: 'Cổng thông tin tỉnh (WordPress)',
        slug: `wp-${Date.now().toString(36)}`,
        kind: 'wordpress',
        endpoint,
        username,
        applicationPassword,
        contentTypes: ['reports'],
      },
      { token: adminToken },
    )
    expect(response.status).toBe(201)
  }

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    await seedDemoContent(ctx.payload, () => undefined)
    adminToken = await createApi(ctx.payload, ctx.databaseUri).login('admin@loa.local', 'LoaDemo!2024')
    campaignId = (await ctx.payload.find({ collection: 'campaigns', limit: 1, depth: 0 })).docs[0]!.id
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('records an unreachable portal as a failure to retry, without crashing the worker', async () => {
    await createChannel(`http://127.0.0.1:${await closedPort()}`, 'loa', 'xxxx xxxx xxxx')
    const report = await ctx.payload.create({
      collection: 'reports',
      data: { title: `Cổng tắt ${run}`, campaign: campaignId, _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    await publish(report.id)
    await drainDeliveries({ payload: ctx.payload })
    const [row] = await deliveriesOf(report.id)
    expect(row).toMatchObject({ action: 'publish', status: 'failed', attempts: 1, lastError: expect.stringContaining('ECONNREFUSED') })
  })

  if (!isWordPressUp || !access) return

  const wp = async (path: string) => {
    const response = await fetch(`${access.url}/wp-json/wp/v2${path}`, {
      headers: { authorization: `Basic ${Buffer.from(`${access.username}:${access.applicationPassword}`).toString('base64')}` },
    })
    return { status: response.status, body: (await response.json()) as any }
  }

  it('creates the post with its featured image, updates that same post, then trashes it, never a duplicate', async () => {
    await createChannel(access.url, access.username, access.applicationPassword)
    const image = await makeDemoImage({ caption: 'Công dân số', hue: 200 })
    const media = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Người dân dùng ứng dụng công dân số' } as never,
      file: { data: image, mimetype: 'image/jpeg', name: `cong-dan-so-${run}.jpg`, size: image.length },
      overrideAccess: true,
    })
    const title = `Thanh Hoá phổ cập công dân số ${run}`
    const report = (await ctx.payload.create({
      collection: 'reports',
      data: {
        title,
        campaign: campaignId,
        summary: 'Hơn 1 triệu người dân đã có tài khoản định danh điện tử.',
        body: lexicalFromParagraphs(['Đoạn mở đầu về công dân số.', '## Kết quả', 'Đoạn kết quả.']),
        heroImage: media.id,
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })) as { id: number | string; slug: string }

    await publish(report.id)
    await drainDeliveries({ payload: ctx.payload })
    const [created] = await deliveriesOf(report.id)
    expect(created).toMatchObject({ action: 'publish', status: 'delivered' })
    const post = await wp(`/posts/${created!.remoteId}?context=edit`)
    expect(post.status).toBe(200)
    expect(post.body.title.raw).toBe(title)
    expect(post.body.excerpt.raw).toBe('Hơn 1 triệu người dân đã có tài khoản định danh điện tử.')
    expect(post.body.content.raw).toContain('<h2>Kết quả</h2>')
    expect(post.body.slug).toBe(report.slug)
    expect(post.body.status).toBe('publish')
    expect(created!.remoteUrl).toBe(post.body.link)
    expect(post.body.featured_media).toBeGreaterThan(0)
    const featured = await wp(`/media/${post.body.featured_media}`)
    expect(featured.body.alt_text).toBe('Người dân dùng ứng dụng công dân số')
    const imageResponse = await fetch(featured.body.source_url)
    expect(imageResponse.headers.get('content-type')).toBe('image/jpeg')

    await publish(report.id, { title: `${title} (cập nhật)` })
    await drainDeliveries({ payload: ctx.payload })
    const afterUpdate = await deliveriesOf(report.id)
    expect(afterUpdate.map((d) => [d.action, d.status, d.remoteId])).toEqual([
      ['publish', 'delivered', created!.remoteId],
      ['update', 'delivered', created!.remoteId],
    ])
    const updated = await wp(`/posts/${created!.remoteId}?context=edit`)
    expect(updated.body.title.raw).toBe(`${title} (cập nhật)`)
    expect(updated.body.featured_media).toBe(post.body.featured_media)
    const sameSlug = await wp(`/posts?slug=${report.slug}&status=publish,draft,trash&context=edit`)
    expect(sameSlug.body.map((p: { id: number }) => p.id)).toEqual([Number(created!.remoteId)])

    await writeAsWorkflow(ctx.payload, 'reports', report.id, { _status: 'draft' })
    await drainDeliveries({ payload: ctx.payload })
    expect((await deliveriesOf(report.id)).map((d) => [d.action, d.status])).toEqual([
      ['publish', 'delivered'],
      ['update', 'delivered'],
      ['retract', 'delivered'],
    ])
    const trashed = await wp(`/posts/${created!.remoteId}?context=edit`)
    expect(trashed.body.status).toBe('trash')
    const published = await wp(`/posts?search=${encodeURIComponent(run)}`)
    expect(published.body).toEqual([])
  })
})
