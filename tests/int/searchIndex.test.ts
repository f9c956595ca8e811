/**
 * The accent-insensitive search is served by an index: an FTS5 trigram table on SQLite (kept in
 * step by triggers, narrowing the query through foldSearchQuery) and a pg_trgm GIN index on
 * Postgres. The answers are exactly those of the plain `LIKE` scan, for published reads and for
 * drafts (the admin list), as items are written, edited and deleted.
 */
import type { Payload } from 'payload'

import { getPayload } from 'payload'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { foldForSearch } from '@loa/helpers'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, createPublished, createUser, TEST_PASSWORD, writeAsWorkflow } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { searchCandidates } from '../../src/lib/sqliteSearchIndex.js'

type Id = number | string

const TITLES = [
  'Chuyển đổi số ở Thanh Hoá',
  'Thanh Hóa mở rộng dịch vụ công trực tuyến',
  'Kinh tế số cho doanh nghiệp nhỏ',
  'Hội thảo an toàn thông tin mạng',
  'Nông thôn mới và chuyển đổi số',
  'Dịch vụ công mức độ bốn',
  'Đào tạo kỹ năng số cho thanh niên',
  'Thông tin về phòng chống lừa đảo trực tuyến',
]

const QUERIES = ['chuyen doi so', 'Chuyển đổi', 'THANH HOA', 'dịch vụ công', 'so', 'truc tuyen', 'không có bài nào', 'kỹ năng', 'đảo']

describe.each(adaptersUnderTest().filter((adapter) => adapter !== 'mongodb'))('search served by an index on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  let adminToken: string
  let campaignId: Id

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    await createUser(payload, 'search-admin@test.vn', ['admin'])
    adminToken = await api.login('search-admin@test.vn', TEST_PASSWORD)
    campaignId = (await createCampaign(payload, { code: 'TIM' })).id
    for (const title of TITLES) await createPublished(payload, 'reports', { campaign: campaignId, title })
    await createDraft(payload, 'reports', { campaign: campaignId, title: 'Bản nháp: chuyển đổi số cấp xã' })
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  /** What a scan answers: every item (live ones for the public) whose folded title and summary contain each word. */
  const expectedTitles = async (query: string, draft: boolean) => {
    const { docs } = await payload.find({
      collection: 'reports',
      depth: 0,
      draft,
      pagination: false,
      select: { title: true, search: true, _status: true } as never,
    })
    const words = foldForSearch(query).split(' ')
    return (docs as unknown as Array<{ title: string; search: string; _status: string }>)
      .filter((doc) => draft || doc._status === 'published')
      .filter((doc) => words.every((word) => doc.search.includes(word)))
      .map((doc) => doc.title)
      .sort()
  }

  const titlesFound = async (query: string, { draft = false } = {}) => {
    const response = await api.get(`/api/reports?limit=100&where[search][like]=${encodeURIComponent(query)}${draft ? '&draft=true' : ''}`, {
      token: draft ? adminToken : undefined,
    })
    expect(response.status).toBe(200)
    return (response.body.docs as Array<{ title: string }>).map((doc) => doc.title).sort()
  }

  it.each(QUERIES)('answers "%s" exactly as the scan does, live and among drafts', async (query) => {
    expect(await titlesFound(query)).toEqual(await expectedTitles(query, false))
    expect(await titlesFound(query, { draft: true })).toEqual(await expectedTitles(query, true))
  })

  it('finds the expected items for a typical query (the comparison above is not vacuous)', async () => {
    expect(await titlesFound('chuyen doi so')).toEqual(['Chuyển đổi số ở Thanh Hoá', 'Nông thôn mới và chuyển đổi số'])
    expect(await titlesFound('chuyen doi so', { draft: true })).toEqual([
      'Bản nháp: chuyển đổi số cấp xã',
      'Chuyển đổi số ở Thanh Hoá',
      'Nông thôn mới và chuyển đổi số',
    ])
  })

  it('keeps the index in step when an item is renamed and when it is deleted', async () => {
    const { docs } = await payload.find({ collection: 'reports', where: { title: { equals: 'Hội thảo an toàn thông tin mạng' } } })
    const id = docs[0]!.id
    await writeAsWorkflow(payload, 'reports', id, { title: 'Hội thảo bảo mật hệ thống', summary: 'Tóm tắt mới' })
    expect(await titlesFound('an toan thong tin')).toEqual([])
    expect(await titlesFound('bao mat he thong')).toEqual(['Hội thảo bảo mật hệ thống'])
    await payload.delete({ collection: 'reports', id })
    expect(await titlesFound('bao mat he thong')).toEqual([])
  })

  if (adapter === 'sqlite') {
    it('narrows the query with the FTS5 trigram index (the index answers, by its own plan)', async () => {
      const candidates = await searchCandidates({ isDraft: false, patterns: ['chuyen', 'doi'], payload, slug: 'reports' })
      const { docs } = await payload.find({ collection: 'reports', depth: 0, pagination: false, where: { search: { like: 'chuyen doi so' } } })
      expect(candidates && [...candidates].sort()).toEqual(docs.map((doc) => doc.id).sort())
      const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Array<{ detail: string }> }> } }).client
      const plan = await client.execute(`EXPLAIN QUERY PLAN SELECT rowid FROM libsql_search_reports_locales WHERE search LIKE '%chuyen%'`)
      expect(plan.rows.map((row) => row.detail).join(' ')).toMatch(/VIRTUAL TABLE INDEX/)
      // A word too short for a trigram cannot be looked up: the scan answers alone.
      expect(await searchCandidates({ isDraft: false, patterns: ['so'], payload, slug: 'reports' })).toBeUndefined()
    })

    it('keeps the index through a restart with a schema push, and rebuilds it when a trigger is missing', async () => {
      const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> } }).client
      await client.execute('DROP TRIGGER "libsql_search_reports_locales_au"')
      const { loaConfig } = await import('../../payload.config.js')
      const second = await getPayload({
        config: loaConfig({ databaseUri: ctx.databaseUri, isSchemaPushed: true, isSeededWhenEmpty: false, serverURL: 'http://localhost:3000' }),
        key: `search-restart-${Date.now()}`,
      })
      try {
        const secondClient = (second.db as unknown as { client: typeof client }).client
        const { rows } = await secondClient.execute(
          "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'libsql_search_reports_locales_%' ORDER BY name",
        )
        expect(rows.map((row) => row.name)).toEqual([
          'libsql_search_reports_locales_ad',
          'libsql_search_reports_locales_ai',
          'libsql_search_reports_locales_au',
        ])
        const found = await second.find({ collection: 'reports', depth: 0, pagination: false, where: { search: { like: 'dich vu cong' } } })
        expect(found.docs.map((doc) => doc.title).sort()).toEqual(['Dịch vụ công mức độ bốn', 'Thanh Hóa mở rộng dịch vụ công trực tuyến'])
      } finally {
        await second.destroy().catch(() => undefined)
      }
    })
  }

  if (adapter === 'postgres') {
    it('serves the search ILIKE from the pg_trgm GIN index', async () => {
      const pool = (
        payload.db as unknown as {
          pool: { connect: () => Promise<{ query: (sql: string) => Promise<{ rows: Array<Record<string, string>> }>; release: () => void }> }
        }
      ).pool
      const client = await pool.connect()
      try {
        const { rows: extensions } = await client.query("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")
        expect(extensions).toHaveLength(1)
        // A handful of rows makes a sequential scan cheapest; switched off, the planner shows which index can serve.
        await client.query('SET enable_seqscan = off')
        const { rows } = await client.query(`EXPLAIN SELECT _parent_id FROM reports_locales WHERE search ILIKE '%chuyen doi%'`)
        expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/reports_locales_search_trgm_idx/)
        const { rows: versions } = await client.query(`EXPLAIN SELECT _parent_id FROM _reports_v_locales WHERE version_search ILIKE '%chuyen doi%'`)
        expect(versions.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/_reports_v_locales_version_search_trgm_idx/)
        await client.query('RESET enable_seqscan')
      } finally {
        client.release()
      }
    })
  }
})
