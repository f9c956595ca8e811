/**
 * A development server started without LOA_PUBLIC_URL (as `npm run dev` is): what it publishes
 * still carries its hero image with an absolute address on the server's own origin, in the
 * delivery sent to channels (the WordPress featured image) and in the feeds (the enclosure).
 * A production server without it says so at start.
 */
import { jest } from '@jest/globals'
import Parser from 'rss-parser'

import type { TestPayload } from '../helpers/testPayload.js'

import { makeDemoImage } from '../../src/seed/demoImage.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, writeAsWorkflow } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Snapshot = { heroImage: { url: string; alt: string } | null; publicUrl: string }

describe.each(adaptersUnderTest())('publishing without LOA_PUBLIC_URL in development on %s', (adapter) => {
  let ctx: TestPayload
  const configured = process.env.LOA_PUBLIC_URL

  beforeAll(async () => {
    delete process.env.LOA_PUBLIC_URL
    ctx = await createTestPayload(adapter, { serverURL: null })
  })
  afterAll(async () => {
    await ctx?.cleanup()
    if (configured !== undefined) process.env.LOA_PUBLIC_URL = configured
  })

  it('keeps the hero image, at http://localhost:3000, in the delivery snapshot and the feed enclosure', async () => {
    const api = createApi(ctx.payload, ctx.databaseUri)
    const campaign = await createCampaign(ctx.payload, { code: 'NO-URL' })
    await ctx.payload.create({
      collection: 'channels' as never,
      data: { name: 'Nguồn tin tỉnh', slug: 'nguon-tin-tinh', kind: 'feed', contentTypes: ['reports'], enabled: true } as never,
    })
    const image = await makeDemoImage({ caption: 'Ảnh đại diện', hue: 10 })
    const media = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Người dân học kỹ năng số' },
      file: { data: image, mimetype: 'image/jpeg', name: 'anh-dai-dien.jpg', size: image.length },
    })
    const report = await createDraft(ctx.payload, 'reports', { campaign: campaign.id, title: 'Lớp học kỹ năng số ở xã', heroImage: media.id })
    await writeAsWorkflow(ctx.payload, 'reports', report.id, { _status: 'published' })

    const { docs } = await ctx.payload.find({ collection: 'deliveries' as never, where: { 'item.value': { equals: report.id } }, depth: 0 })
    const snapshot = (docs[0] as unknown as { snapshot: Snapshot }).snapshot
    expect(snapshot.heroImage).toEqual(
      expect.objectContaining({ url: `http://localhost:3000/api/media/file/${media.filename}`, alt: 'Người dân học kỹ năng số' }),
    )
    expect(snapshot.publicUrl).toMatch(/^http:\/\/localhost:3000\/reports\//)

    const feed = await new Parser().parseString((await api.get('/api/feeds/nguon-tin-tinh/rss.xml')).text)
    expect(feed.items.map((item) => item.enclosure?.url)).toEqual([`http://localhost:3000/api/media/file/${media.filename}`])
  })

  it('warns at start in production when LOA_PUBLIC_URL is unset, and not once it is set', async () => {
    const warn = jest.spyOn(ctx.payload.logger, 'warn')
    // The Node types make NODE_ENV read-only; a start in production is what is tried here.
    const env = process.env as Record<string, string | undefined>
    const environment = env.NODE_ENV
    let warnings: string[]
    try {
      env.NODE_ENV = 'production'
      await ctx.payload.config.onInit?.(ctx.payload)
      process.env.LOA_PUBLIC_URL = 'https://loa.thanhhoa.gov.vn'
      await ctx.payload.config.onInit?.(ctx.payload)
      warnings = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('LOA_PUBLIC_URL'))
    } finally {
      env.NODE_ENV = environment
      delete process.env.LOA_PUBLIC_URL
      warn.mockRestore()
    }
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('LOA_PUBLIC_URL is not set: links and images sent to channels, feeds and e-mails have no absolute address')
  })
})
