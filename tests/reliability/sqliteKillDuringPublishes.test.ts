/**
 * Transactions on the embedded default: a scheduling worker (a real child process on a SQLite
 * file) publishes a burst of due items, each publish writing the live document, its review
 * event, its delivery rows and the schedule run in one transaction; it is killed with SIGKILL
 * in the middle of the burst, several times, and restarted. After every kill the database
 * holds no half-written publish: an item is either published with its review event, its
 * delivery rows and its run row, or none of them; and in the end every item is published once.
 */
import type { ChildProcess } from 'node:child_process'
import type { Payload } from 'payload'

import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import type { TestPayload } from '../helpers/testPayload.js'

import { createCampaign, createUser } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { LOA_NODE_CONDITIONS } from '../../scripts/nodeConditions.js'
import { DEMO_SEED_CONTEXT } from '../../src/seed/context.js'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const ITEMS = 80
const CHANNELS = 3
const KILLS = 3

type Id = number | string

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const startWorker = (databaseUri: string) => {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'reliability', 'publishBurstWorker.ts')], {
    cwd: projectRoot,
    env: { ...process.env, NODE_OPTIONS: `${LOA_NODE_CONDITIONS} --no-warnings`, NODE_ENV: 'test', DATABASE_URI: databaseUri },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })
  const state = { isReady: false }
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('{"ready"')) state.isReady = true
  })
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)))
  return { child, state, exited, stderr: () => stderr }
}

/** What the database says about each item: live or not, and how many of each record it has. */
const ledger = async (payload: Payload, ids: Id[]) => {
  const [live, events, deliveries, runs] = await Promise.all([
    payload.find({ collection: 'reports', depth: 0, pagination: false, select: { _status: true } as never, where: { id: { in: ids } } }),
    payload.find({
      collection: 'review-events' as never,
      depth: 0,
      pagination: false,
      select: { item: true } as never,
      where: { action: { equals: 'publish' } },
    }),
    payload.find({ collection: 'deliveries' as never, depth: 0, pagination: false, select: { itemKey: true } as never }),
    payload.find({
      collection: 'schedule-runs' as never,
      depth: 0,
      pagination: false,
      select: { itemId: true } as never,
      where: { status: { equals: 'done' } },
    }),
  ])
  const count = (keys: string[]) => keys.reduce((map, key) => map.set(key, (map.get(key) ?? 0) + 1), new Map<string, number>())
  const eventsOf = count(
    (events.docs as unknown as Array<{ item: { value: Id | { id: Id } } }>).map(({ item }) =>
      String(typeof item.value === 'object' ? item.value.id : item.value),
    ),
  )
  const deliveriesOf = count((deliveries.docs as unknown as Array<{ itemKey: string }>).map(({ itemKey }) => itemKey.replace(/^reports:/, '')))
  const runsOf = count((runs.docs as unknown as Array<{ itemId: string }>).map(({ itemId }) => String(itemId)))
  return (live.docs as unknown as Array<{ id: Id; _status: string }>).map((doc) => ({
    id: String(doc.id),
    isLive: doc._status === 'published',
    events: eventsOf.get(String(doc.id)) ?? 0,
    deliveries: deliveriesOf.get(String(doc.id)) ?? 0,
    runs: runsOf.get(String(doc.id)) ?? 0,
  }))
}

describe('SIGKILL during a burst of scheduled publishes on SQLite', () => {
  let ctx: TestPayload
  let ids: Id[] = []
  let worker: ReturnType<typeof startWorker> | undefined

  beforeAll(async () => {
    ctx = await createTestPayload('sqlite')
    const { payload } = ctx
    const manager = await createUser(payload, 'kill-manager@loa.local', ['editor'])
    const reviewer = await createUser(payload, 'kill-reviewer@loa.local', ['editor'])
    const editor = await createUser(payload, 'kill-editor@loa.local', ['editor'])
    const campaign = await createCampaign(payload, {
      code: 'KILL',
      members: [
        { user: manager.id, role: 'manager' },
        { user: reviewer.id, role: 'reviewer' },
        { user: editor.id, role: 'editor' },
      ],
    })
    for (let i = 0; i < CHANNELS; i += 1) {
      await payload.create({
        collection: 'channels' as never,
        data: {
          name: `Cổng thử ${i + 1}`,
          slug: `cong-thu-${i + 1}`,
          kind: 'webhook',
          endpoint: `https://cong-${i + 1}.example.vn/hooks/loa`,
          secret: `whsec_${Buffer.from(`loa-kill-test-secret-${i}-0123456789`).toString('base64')}`,
          contentTypes: ['reports'],
          enabled: true,
        } as never,
      })
    }
    // Approved and scheduled by the campaign's manager, all already due: the worker's first
    // sweep takes the whole burst.
    const at = new Date().toISOString()
    const publishAt = new Date(Date.now() - 60_000).toISOString()
    for (let i = 0; i < ITEMS; i += 1) {
      const item = await payload.create({
        collection: 'reports',
        context: { [DEMO_SEED_CONTEXT]: true },
        draft: true,
        data: {
          title: `Bài hẹn giờ thử tắt đột ngột số ${i + 1}`,
          campaign: campaign.id,
          authors: [editor.id],
          summary: 'Thử tắt tiến trình giữa lúc xuất bản.',
          publishAt,
          publishAtSetBy: manager.id,
          workflow: { stage: 'scheduled', approvals: [{ reviewer: reviewer.id, at }], submittedAt: at },
          _status: 'draft',
        } as never,
      })
      ids.push(item.id)
    }
  })

  afterAll(async () => {
    worker?.child.kill('SIGKILL')
    await ctx?.cleanup()
  })

  const expectNoHalfPublish = async () => {
    const rows = await ledger(ctx.payload, ids)
    const halfDone = rows.filter((row) =>
      row.isLive ? row.events !== 1 || row.deliveries !== CHANNELS || row.runs !== 1 : row.events + row.deliveries + row.runs !== 0,
    )
    expect(halfDone).toEqual([])
    return rows.filter((row) => row.isLive).length
  }

  it('leaves every item either fully published (review event, delivery rows, run) or untouched, kill after kill', async () => {
    let published = 0
    for (let kill = 0; kill < KILLS; kill += 1) {
      worker = startWorker(ctx.databaseUri)
      // Kill somewhere inside the burst: once a few more items than before have gone live.
      const target = published + 5 + Math.floor(Math.random() * 15)
      const startedAt = Date.now()
      for (;;) {
        const { totalDocs } = await ctx.payload.count({ collection: 'reports', where: { id: { in: ids }, _status: { equals: 'published' } } })
        if (totalDocs >= target) break
        if (Date.now() - startedAt > 240_000) throw new Error(`the worker published ${totalDocs} of ${target} in 240 s; stderr: ${worker.stderr()}`)
        await sleep(20)
      }
      worker.child.kill('SIGKILL')
      expect(await worker.exited).toBe('SIGKILL')
      const now = await expectNoHalfPublish()
      expect(now).toBeGreaterThanOrEqual(target)
      expect(now).toBeLessThan(ITEMS)
      published = now
    }

    // A last worker finishes the burst; every item is then published exactly once. (The ledger
    // is read at rest: its queries are not one snapshot, so a publish committing between them
    // would look half done.)
    worker = startWorker(ctx.databaseUri)
    const startedAt = Date.now()
    const liveCount = async () => (await ctx.payload.count({ collection: 'reports', where: { id: { in: ids }, _status: { equals: 'published' } } })).totalDocs
    while ((await liveCount()) < ITEMS) {
      if (Date.now() - startedAt > 240_000) throw new Error(`the burst did not finish in 240 s; stderr: ${worker.stderr()}`)
      await sleep(200)
    }
    worker.child.kill('SIGTERM')
    expect(await worker.exited).toBe(0)
    expect(await expectNoHalfPublish()).toBe(ITEMS)
    const rows = await ledger(ctx.payload, ids)
    expect(rows.filter((row) => row.isLive && row.events === 1 && row.deliveries === CHANNELS && row.runs === 1)).toHaveLength(ITEMS)
    // Four worker starts (each boots Payload) and a burst on a shared machine.
  }, 1_200_000)
})
