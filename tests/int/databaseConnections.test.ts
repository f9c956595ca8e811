/**
 * Concurrent writes never wait on each other for a database connection: a request that holds
 * its transaction runs every query on it, so more simultaneous writers than the pool has
 * connections are all answered. When the pool really is exhausted, a request is answered 503
 * with Retry-After instead of waiting without end.
 */
import type { TransactionScopeEvent } from '../../src/lib/pinQueriesToRequestTransaction.js'
import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { transactionScopeListeners } from '../../src/lib/pinQueriesToRequestTransaction.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string

/** The answer's status, or 'no answer' when none came within the wait (a hang). */
const statusWithin = async (pending: Promise<{ status: number }>, ms: number): Promise<number | 'no answer'> => {
  let timer: NodeJS.Timeout | undefined
  const gaveUp = new Promise<'no answer'>((resolve) => {
    timer = setTimeout(() => resolve('no answer'), ms)
  })
  try {
    return await Promise.race([pending.then((response) => response.status), gaveUp])
  } finally {
    clearTimeout(timer)
  }
}

const withEnv = async <T>(values: Record<string, string>, work: () => Promise<T>): Promise<T> => {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]))
  Object.assign(process.env, values)
  try {
    return await work()
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

/** The frame that issued a query: Loa's own code when it is not under node_modules. */
const loaFrameOf = (stack: string) => {
  const caller = stack
    .split('\n')
    .slice(1)
    .find((line) => !line.includes('pinQueriesToRequestTransaction'))
  return caller && !caller.includes('node_modules') ? caller.trim() : undefined
}

describe.each(adaptersUnderTest())('database connections on %s', (adapter) => {
  const POOL = 4
  let ctx: TestPayload
  let api: Api
  let editorToken: string
  let loneToken: string
  let loneId: Id
  let drafts: Id[]
  const events: TransactionScopeEvent[] = []
  const listen = (event: TransactionScopeEvent) => events.push(event)

  beforeAll(async () => {
    ctx = await withEnv({ DATABASE_POOL_MAX: String(POOL), DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '3000' }, () => createTestPayload(adapter))
    api = createApi(ctx.payload, ctx.databaseUri)
    const editor = await createUser(ctx.payload, 'editor@pool.test', ['editor'])
    const lone = await createUser(ctx.payload, 'lone@pool.test', ['editor'])
    loneId = lone.id
    const campaign = await createCampaign(ctx.payload, { code: 'POOL', members: [{ user: editor.id, role: 'editor' }] })
    drafts = []
    for (let i = 0; i < 3 * POOL; i += 1) {
      const draft = await createDraft(ctx.payload, 'reports', { campaign: campaign.id, title: `Bản nháp ${i}`, authors: [editor.id] })
      drafts.push(draft.id)
    }
    editorToken = await api.login('editor@pool.test', TEST_PASSWORD)
    loneToken = await api.login('lone@pool.test', TEST_PASSWORD)
    transactionScopeListeners.add(listen)
  })

  afterAll(async () => {
    transactionScopeListeners.delete(listen)
    await ctx?.cleanup()
  })

  it('answers three times as many simultaneous self-updates as the pool has connections', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 3 * POOL }, (_, i) => statusWithin(api.patch(`/api/users/${loneId}`, { unit: `Phòng ${i}` }, { token: loneToken }), 60_000)),
    )
    expect(statuses).toEqual(Array(3 * POOL).fill(200))
    // …and the server still answers afterwards.
    expect((await api.get(`/api/users/${loneId}`, { token: loneToken })).body.unit).toMatch(/^Phòng \d+$/)
  })

  it('answers an editor saving all of their drafts at once', async () => {
    const statuses = await Promise.all(
      drafts.map((id, i) => statusWithin(api.patch(`/api/reports/${id}?draft=true`, { summary: `Sửa lần ${i}` }, { token: editorToken }), 60_000)),
    )
    expect(statuses).toEqual(Array(drafts.length).fill(200))
    const saved = await ctx.payload.findByID({ collection: 'reports', id: drafts[0], draft: true, depth: 0 })
    expect(saved.summary).toBe('Sửa lần 0')
  })

  it("never opens a second transaction for a request, and only Payload's own code needs a query moved onto the request's", async () => {
    expect(events.filter((event) => event.kind === 'second-transaction').map((event) => event.stack)).toEqual([])
    const fromLoa = events
      .filter((event) => event.kind === 'pinned' && loaFrameOf(event.stack))
      .map((event) => `${event.method} ${event.collection}: ${loaFrameOf(event.stack)}`)
    expect(fromLoa).toEqual([])
  })

  if (adapter === 'postgres') {
    it('answers 503 with Retry-After when every connection stays taken, and normally once one is free', async () => {
      const db = ctx.payload.db
      // Payload's Postgres adapter keeps one pooled connection checked out for as long as it
      // runs (@payloadcms/db-postgres connect.js): the others are what requests share.
      const held = await Promise.all(Array.from({ length: POOL - 1 }, () => db.beginTransaction()))
      try {
        // A logged-in reader (whose user record cannot be read either) and an anonymous one.
        for (const busy of [await api.get(`/api/users/${loneId}`, { token: loneToken }), await api.get('/api/reports')]) {
          expect(busy.status).toBe(503)
          expect(busy.headers.get('retry-after')).toBe('5')
          expect(busy.body.errors[0].message).toMatch(/Máy chủ đang bận/)
        }
      } finally {
        for (const id of held) await db.rollbackTransaction(id as string)
      }
      expect((await api.get(`/api/users/${loneId}`, { token: loneToken })).status).toBe(200)
    })

    it('has Postgres end a session left idle inside a transaction', async () => {
      const { rows } = await (ctx.payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: Array<{ setting: string }> }> } }).pool.query(
        "select current_setting('idle_in_transaction_session_timeout') as setting",
      )
      expect(rows[0].setting).toBe('30s')
    })
  }
})
