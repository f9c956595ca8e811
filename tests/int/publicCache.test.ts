/**
 * Anonymous reads of published content come from the public cache until content changes:
 * with an ETag (304 when the reader has it) and a Cache-Control a CDN can honour; a logged-in
 * reader is never served a cached answer, and a cached answer never holds a draft. On Postgres
 * a change announced by another instance reaches this one through LISTEN/NOTIFY.
 */
import pg from 'pg'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { currentContentVersion, onContentVersionBump } from '../../src/lib/publicCache/contentVersion.js'
import { PUBLIC_CHANGE_CHANNEL } from '../../src/lib/publicCache/announcePublicChange.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, createPublished, createUser, TEST_PASSWORD, writeAsWorkflow } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string

describe.each(adaptersUnderTest())('public cache on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let campaignId: Id
  let editorToken: string
  let liveId: Id

  const titles = (body: { docs: Array<{ title: string }> }) => body.docs.map((doc) => doc.title).sort()

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    const editor = await createUser(ctx.payload, 'editor@cache.test', ['editor'])
    campaignId = (await createCampaign(ctx.payload, { code: 'CACHE', members: [{ user: editor.id, role: 'editor' }] })).id
    liveId = (await createPublished(ctx.payload, 'reports', { campaign: campaignId, title: 'Tin đã đăng' })).id
    await createDraft(ctx.payload, 'reports', { campaign: campaignId, title: 'Bản nháp bí mật', authors: [editor.id] })
    editorToken = await api.login('editor@cache.test', TEST_PASSWORD)
  })

  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('answers the second anonymous read from the cache, with an ETag, a CDN-friendly Cache-Control and 304 for a reader who has it', async () => {
    const first = await api.get('/api/reports?limit=10')
    const second = await api.get('/api/reports?limit=10')
    expect(first.status).toBe(200)
    expect(titles(first.body)).toEqual(['Tin đã đăng'])
    expect(second.headers.get('x-loa-cache')).toBe('HIT')
    expect(second.text).toBe(first.text)
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/)
    const notModified = await api.get('/api/reports?limit=10', { headers: { 'If-None-Match': first.headers.get('etag') as string } })
    expect(notModified.status).toBe(304)
  })

  it('never answers a logged-in reader from the cache, and never caches a draft', async () => {
    await api.get('/api/reports?limit=10')
    const staff = await api.get('/api/reports?limit=10&draft=true', { token: editorToken })
    expect(staff.headers.get('x-loa-cache')).toBeNull()
    expect(titles(staff.body)).toContain('Bản nháp bí mật')
    const sameAddressStaff = await api.get('/api/reports?limit=10', { token: editorToken })
    expect(sameAddressStaff.headers.get('x-loa-cache')).toBeNull()
    const anonymousDraft = await api.get('/api/reports?limit=10&draft=true')
    expect(anonymousDraft.headers.get('x-loa-cache')).toBeNull()
    expect(titles(anonymousDraft.body)).not.toContain('Bản nháp bí mật')
    expect(titles((await api.get('/api/reports?limit=10')).body)).not.toContain('Bản nháp bí mật')
  })

  it('shows a publish, an edit of live content and an unpublish to the very next anonymous read', async () => {
    await api.get(`/api/reports/${liveId}`)
    expect((await api.get(`/api/reports/${liveId}`)).headers.get('x-loa-cache')).toBe('HIT')

    await writeAsWorkflow(ctx.payload, 'reports', liveId, { title: 'Tin đã sửa', _status: 'published' })
    const afterEdit = await api.get(`/api/reports/${liveId}`)
    expect([afterEdit.headers.get('x-loa-cache'), afterEdit.body.title]).toEqual(['MISS', 'Tin đã sửa'])

    const second = await createPublished(ctx.payload, 'reports', { campaign: campaignId, title: 'Tin mới đăng' })
    expect(titles((await api.get('/api/reports?limit=10')).body)).toEqual(['Tin mới đăng', 'Tin đã sửa'])

    await writeAsWorkflow(ctx.payload, 'reports', second.id, { _status: 'draft' })
    expect(titles((await api.get('/api/reports?limit=10')).body)).toEqual(['Tin đã sửa'])
  })

  it('serves feeds from the cache and drops them on a change', async () => {
    const slug = ((await ctx.payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0 })) as { slug: string }).slug
    const first = await api.get(`/api/feeds/campaigns/${slug}/rss.xml`)
    expect(first.status).toBe(200)
    expect((await api.get(`/api/feeds/campaigns/${slug}/rss.xml`)).headers.get('x-loa-cache')).toBe('HIT')
    await createPublished(ctx.payload, 'reports', { campaign: campaignId, title: 'Tin cho nguồn cấp' })
    const after = await api.get(`/api/feeds/campaigns/${slug}/rss.xml`)
    expect(after.headers.get('x-loa-cache')).toBe('MISS')
    expect(after.text).toContain('Tin cho nguồn cấp')
  })

  if (adapter === 'postgres') {
    // The bench measures how fast (well under a second); this only asks that it arrives.
    it('hears a change another instance announces', async () => {
      const before = currentContentVersion()
      const heard = new Promise<number>((resolve) => {
        const stop = onContentVersionBump((version) => {
          stop()
          resolve(version)
        })
      })
      const other = new pg.Client({ connectionString: ctx.databaseUri })
      await other.connect()
      await other.query(`SELECT pg_notify('${PUBLIC_CHANGE_CHANNEL}', '')`)
      await other.end()
      const version = await Promise.race([heard, new Promise<number>((resolve) => setTimeout(() => resolve(before), 10_000))])
      expect(version).toBeGreaterThan(before)
    })
  }
})
