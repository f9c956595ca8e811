import Parser from 'rss-parser'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { lexicalFromParagraphs } from '../../src/lib/lexical.js'
import { makeDemoImage } from '../../src/seed/demoImage.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'
import { writeAsWorkflow } from '../helpers/fixtures.js'

type Collection = 'features' | 'reports'

describe.each(adaptersUnderTest())('feeds on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let campaign: { id: number | string; slug: string }
  let otherCampaignId: number | string
  const parser = new Parser({ customFields: { item: ['category'] } })
  const ids: Record<string, number | string> = {}

  const setLive = (collection: Collection, id: number | string, data: Record<string, unknown>) => writeAsWorkflow(ctx.payload, collection, id, data)

  const createItem = async (collection: Collection, title: string, extra: Record<string, unknown> = {}) => {
    const doc = await ctx.payload.create({
      collection,
      data: {
        title,
        campaign: campaign.id,
        summary: `Tóm tắt: ${title}`,
        body: lexicalFromParagraphs([`Thân bài ${title}.`]),
        topics: ['kỹ năng số'],
        ...(collection === 'features' ? { column: 'Chuyển đổi số và cuộc sống' } : {}),
        ...extra,
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })
    return doc.id
  }

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    await seedDemoContent(ctx.payload, () => undefined)
    otherCampaignId = (await ctx.payload.find({ collection: 'campaigns', limit: 1, depth: 0 })).docs[0]!.id
    campaign = (await ctx.payload.create({
      collection: 'campaigns',
      data: {
        name: 'Bình dân học vụ số',
        code: 'BDHVS-2025',
        status: 'active',
        period: { start: '2025-01-01T00:00:00+07:00', end: '2025-12-31T23:59:00+07:00' },
      } as never,
      overrideAccess: true,
    })) as unknown as { id: number | string; slug: string }
    const token = await api.login('admin@loa.local', 'LoaDemo!2024')
    const created = await api.post(
      '/api/channels',
      { name: 'Nguồn tin Bình dân học vụ số', slug: 'binh-dan-hoc-vu-so', kind: 'feed', contentTypes: ['reports', 'features'], campaigns: [campaign.id] },
      { token },
    )
    expect(created.status).toBe(201)

    const image = await makeDemoImage({ caption: 'Học vụ số', hue: 120 })
    const media = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Lớp học kỹ năng số' } as never,
      file: { data: image, mimetype: 'image/jpeg', name: 'hoc-vu-so.jpg', size: image.length },
      overrideAccess: true,
    })
    const adminId = (await ctx.payload.find({ collection: 'users', where: { email: { equals: 'admin@loa.local' } } })).docs[0]!.id

    ids.oldest = await createItem('reports', 'Khai giảng lớp học số đầu tiên')
    ids.newest = await createItem('reports', 'Mười nghìn người dân hoàn thành khoá học', { heroImage: media.id, authors: [adminId] })
    ids.feature = await createItem('features', 'Chuyện người thầy dạy kỹ năng số')
    ids.draft = await createItem('reports', 'Bản nháp chưa được duyệt')
    ids.hostile = await createItem('reports', 'Bài có mã độc', {
      body: lexicalFromParagraphs(['<script>alert("x")</script><img src=x onerror=alert(1)>']),
    })
    const other = await ctx.payload.create({
      collection: 'reports',
      data: { title: 'Tin của chiến dịch khác', campaign: otherCampaignId, _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    await setLive('reports', ids.oldest, { _status: 'published', firstPublishedAt: '2025-03-01T01:00:00.000Z' })
    await setLive('features', ids.feature, { _status: 'published', firstPublishedAt: '2025-03-03T01:00:00.000Z' })
    await setLive('reports', ids.newest, { _status: 'published', firstPublishedAt: '2025-03-05T06:05:00.000Z' })
    await setLive('reports', ids.hostile, { _status: 'published', firstPublishedAt: '2025-02-01T01:00:00.000Z' })
    await setLive('reports', other.id, { _status: 'published' })
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('lists only the channel’s published items in RSS 2.0, newest first, with author, campaign, topics, summary, HTML, image and Vietnamese date', async () => {
    const response = await api.get('/api/feeds/binh-dan-hoc-vu-so/rss.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/rss+xml')
    const feed = await parser.parseString(response.text)
    expect(feed.title).toBe('Nguồn tin Bình dân học vụ số')
    expect(feed.items.map((item) => item.title)).toEqual([
      'Mười nghìn người dân hoàn thành khoá học',
      'Chuyện người thầy dạy kỹ năng số',
      'Khai giảng lớp học số đầu tiên',
      'Bài có mã độc',
    ])
    const [newest] = feed.items
    expect(newest!.link).toMatch(/^http:\/\/localhost:3000\/reports\/muoi-nghin-nguoi-dan/)
    expect(newest!.creator ?? (newest as { author?: string }).author).toContain('Quản trị hệ thống')
    const categories = (newest!.categories as Array<string | { _: string }>).map((c) => (typeof c === 'string' ? c : c._))
    expect(categories).toEqual(['Bình dân học vụ số', 'kỹ năng số'])
    expect(newest!.contentSnippet).toBe('Tóm tắt: Mười nghìn người dân hoàn thành khoá học')
    const html = (newest as unknown as Record<string, string>)['content:encoded']
    expect(html).toContain('Thứ tư, 05/03/2025 | 13:05 - GMT+7')
    expect(html).toContain('<p>Thân bài Mười nghìn người dân hoàn thành khoá học.</p>')
    expect(newest!.enclosure).toMatchObject({ type: 'image/jpeg', url: expect.stringMatching(/^http:\/\/localhost:3000\/api\/media\/file\/hoc-vu-so/) })
    expect(new Date(newest!.pubDate as string).toISOString()).toBe('2025-03-05T06:05:00.000Z')
  })

  it('serves the same items as Atom and as a JSON Feed with the spec’s fields', async () => {
    const atom = await api.get('/api/feeds/binh-dan-hoc-vu-so/atom.xml')
    expect(atom.headers.get('content-type')).toContain('application/atom+xml')
    const parsed = await parser.parseString(atom.text)
    expect(parsed.items.map((item) => item.title)).toHaveLength(4)
    expect(parsed.items[0]!.title).toBe('Mười nghìn người dân hoàn thành khoá học')

    const json = await api.get('/api/feeds/binh-dan-hoc-vu-so/feed.json')
    expect(json.headers.get('content-type')).toContain('application/feed+json')
    expect(json.body.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/)
    expect(json.body.title).toBe('Nguồn tin Bình dân học vụ số')
    expect(json.body.items.map((item: { title: string }) => item.title)).toEqual([
      'Mười nghìn người dân hoàn thành khoá học',
      'Chuyện người thầy dạy kỹ năng số',
      'Khai giảng lớp học số đầu tiên',
      'Bài có mã độc',
    ])
    for (const item of json.body.items) {
      expect(typeof item.id).toBe('string')
      expect(typeof item.content_html).toBe('string')
      expect(item.url).toMatch(/^http:\/\//)
    }
    expect(json.body.items[0]).toMatchObject({
      date_published: '2025-03-05T06:05:00.000Z',
      summary: 'Tóm tắt: Mười nghìn người dân hoàn thành khoá học',
      image: expect.stringMatching(/^http:\/\/localhost:3000\/api\/media\/file\/hoc-vu-so/),
      author: { name: 'Quản trị hệ thống' },
    })
  })

  it('never lets a hostile body put markup into a feed', async () => {
    const json = await api.get('/api/feeds/binh-dan-hoc-vu-so/feed.json')
    const hostile = json.body.items.find((item: { title: string }) => item.title === 'Bài có mã độc')
    expect(hostile.content_html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(hostile.content_html).not.toMatch(/<script|<img/)
  })

  it('answers 304 to a matching ETag or date, and a new ETag after the next publish', async () => {
    const first = await api.get('/api/feeds/binh-dan-hoc-vu-so/rss.xml')
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^".+"$/)
    const lastModified = first.headers.get('last-modified') as string
    const conditional = await api.get('/api/feeds/binh-dan-hoc-vu-so/rss.xml', { headers: { 'If-None-Match': etag } })
    expect(conditional.status).toBe(304)
    expect(conditional.text).toBe('')
    const byDate = await api.get('/api/feeds/binh-dan-hoc-vu-so/rss.xml', { headers: { 'If-Modified-Since': lastModified } })
    expect(byDate.status).toBe(304)

    await setLive('reports', ids.draft, { _status: 'published', firstPublishedAt: '2025-04-01T01:00:00.000Z' })
    const after = await api.get('/api/feeds/binh-dan-hoc-vu-so/rss.xml', { headers: { 'If-None-Match': etag } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    expect((await parser.parseString(after.text)).items[0]!.title).toBe('Bản nháp chưa được duyệt')
  })

  it('drops an unpublished item and serves per-campaign feeds', async () => {
    await setLive('reports', ids.oldest, { _status: 'draft' })
    const rss = await parser.parseString((await api.get('/api/feeds/binh-dan-hoc-vu-so/rss.xml')).text)
    expect(rss.items.map((item) => item.title)).not.toContain('Khai giảng lớp học số đầu tiên')

    const byCampaign = await api.get(`/api/feeds/campaigns/${campaign.slug}/feed.json`)
    expect(byCampaign.status).toBe(200)
    expect(byCampaign.body.title).toBe('Bình dân học vụ số')
    expect(byCampaign.body.items.map((item: { title: string }) => item.title)).toEqual([
      'Bản nháp chưa được duyệt',
      'Mười nghìn người dân hoàn thành khoá học',
      'Chuyện người thầy dạy kỹ năng số',
      'Bài có mã độc',
    ])
    const campaignAtom = await api.get(`/api/feeds/campaigns/${campaign.slug}/atom.xml`)
    expect((await parser.parseString(campaignAtom.text)).items).toHaveLength(4)
  })

  it('answers 404 for an unknown channel and leaves other feed paths (workshops.ics) alone', async () => {
    const unknown = await api.get('/api/feeds/khong-co/rss.xml')
    expect(unknown.status).toBe(404)
    const unknownCampaign = await api.get('/api/feeds/campaigns/khong-co/rss.xml')
    expect(unknownCampaign.status).toBe(404)
    const calendar = await api.get('/api/feeds/workshops.ics')
    expect(calendar.headers.get('content-type') ?? '').not.toMatch(/rss|atom|feed\+json/)
  })

  it('records feed deliveries as delivered with the feed URL, without pushing anything', async () => {
    await ctx.payload.jobs.run()
    const { docs } = await ctx.payload.find({
      collection: 'deliveries' as never,
      where: { itemKey: { equals: `reports:${ids.newest}` } },
      depth: 0,
    })
    expect(docs.map((d: any) => [d.action, d.status, d.remoteUrl])).toEqual([
      ['publish', 'delivered', 'http://localhost:3000/api/feeds/binh-dan-hoc-vu-so/rss.xml'],
    ])
  })
})
