import type { Payload } from 'payload'

import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload } from 'payload'

import type { Api } from '../helpers/api.js'
import type { Cast } from '../helpers/scheduling.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { approvedItem, createCampaignWithCast, DAY, queueSweep, sweepOutput } from '../helpers/scheduling.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'
import { LOA_NODE_CONDITIONS } from '../../scripts/nodeConditions.js'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// Several processes on one database is what Postgres is for here; SQLite has one writer.
const adapters = adaptersUnderTest().filter((adapter) => adapter === 'postgres')

describe.each(adapters.length ? adapters : ['postgres'])('workers sharing one %s database', (adapter) => {
  let ctx: TestPayload
  let second: Payload
  let api: Api
  let cast: Cast

  const publishEvents = async (collection: string, id: number) =>
    (
      await ctx.payload.count({
        collection: 'review-events' as never,
        where: { and: [{ 'item.value': { equals: id } }, { 'item.relationTo': { equals: collection } }, { action: { equals: 'publish' } }] },
      })
    ).totalDocs
  const liveVersions = async (collection: string, id: number) =>
    (
      await ctx.payload.countVersions({
        collection: collection as 'reports',
        where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      })
    ).totalDocs

  beforeAll(async () => {
    ctx = await createTestPayload(adapter as 'postgres')
    await seedDemoContent(ctx.payload, () => undefined)
    api = createApi(ctx.payload, ctx.databaseUri)
    cast = await createCampaignWithCast({ api, code: `WRK-${adapter}`, payload: ctx.payload })
    // A second, independent Payload (own pool, own connections) on the same database.
    const { loaConfig } = await import('../../payload.config.js')
    second = await getPayload({
      config: await loaConfig({ databaseUri: ctx.databaseUri, isSchemaPushed: false, isSeededWhenEmpty: false, serverURL: 'http://localhost:3000' }),
      key: `${ctx.databaseUri}#second-worker`,
    })
  })
  afterAll(async () => {
    // As in testPayload's cleanup: a pooled client may stay checked out, so the database is
    // dropped (WITH FORCE ends those backends) before the second pool is waited for, briefly.
    const pool = (second?.db as unknown as { pool?: { end: () => Promise<void>; on: (e: 'error', l: () => void) => void } })?.pool
    pool?.on('error', () => undefined)
    const settle = (promise: Promise<unknown> | undefined) =>
      Promise.race([promise?.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3000).unref())])
    const destroying = second?.destroy()
    await ctx?.cleanup()
    await settle(destroying)
    await settle(pool?.end())
  })

  it('publishes each due item exactly once when two workers run the task at the same moment', async () => {
    const publishAt = new Date(Date.now() + 3 * DAY)
    const items: Array<[string, number]> = []
    for (let index = 0; index < 8; index += 1) {
      const collection = index % 2 ? 'features' : 'reports'
      const extra = collection === 'features' ? { column: 'Công dân số' } : {}
      const { id, stage } = await approvedItem({
        api,
        cast,
        payload: ctx.payload,
        collection,
        data: { title: `Hai tiến trình cùng chạy ${index}`, publishAt: new Date(publishAt.getTime() + index * 60_000).toISOString(), ...extra },
      })
      expect(stage).toBe('scheduled')
      items.push([collection, id])
    }

    const now = new Date(publishAt.getTime() + DAY)
    const [jobA, jobB] = await Promise.all([queueSweep(ctx.payload, now), queueSweep(ctx.payload, now)])
    await Promise.all([ctx.payload.jobs.runByID({ id: jobA.id, silent: true }), second.jobs.runByID({ id: jobB.id, silent: true })])

    expect(await sweepOutput(ctx.payload, now)).toEqual({ published: items.length, unpublished: 0, refused: 0 })
    for (const [collection, id] of items) {
      expect(await publishEvents(collection, id)).toBe(1)
      expect(await liveVersions(collection, id)).toBe(1)
      expect((await api.get(`/api/${collection}/${id}`)).status).toBe(200)
    }
  })

  it('runs as its own process (the npm run worker script): publishes what fell due while it was down, then stops on SIGTERM', async () => {
    // Due twenty seconds from now: still in the future when approved (so `scheduled`, even on a
    // loaded machine), and past due by the time the worker process is up and sweeping.
    const { id, stage } = await approvedItem({
      api,
      cast,
      payload: ctx.payload,
      data: { title: 'Đăng khi tiến trình khởi động', publishAt: new Date(Date.now() + 20_000).toISOString() },
    })
    expect(stage).toBe('scheduled')

    // The command `npm run worker` runs, signalled directly as a process manager would.
    const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URI: ctx.databaseUri, LOA_WORKER_IDLE_MS: '200', NODE_OPTIONS: LOA_NODE_CONDITIONS },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    worker.stdout.on('data', (chunk) => (output += chunk))
    worker.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)))

    // Waits for the worker's effect, not for a time: the item's public status.
    let status = 0
    for (let attempt = 0; attempt < 600 && status !== 200; attempt += 1) {
      status = (await api.get(`/api/reports/${id}`)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(status).toBe(200)
    expect(await publishEvents('reports', id)).toBe(1)

    worker.kill('SIGTERM')
    // The worker finishes the pass in hand, closes its connections and exits cleanly.
    expect(await exited).toBe(0)
    expect(output).toContain('[worker] stopped')
  })

  it('stops cleanly (exit 0) when SIGTERM arrives while the worker is still booting', async () => {
    const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URI: ctx.databaseUri, LOA_WORKER_IDLE_MS: '200', NODE_OPTIONS: LOA_NODE_CONDITIONS },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const exited = new Promise<number | string | null>((resolve) => worker.once('exit', (code, signal) => resolve(signal ?? code)))
    // The first line is printed before Payload boots (which takes seconds): signal right then.
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk
        if (output.includes('[worker] starting')) resolve()
      }
      worker.stdout.on('data', onData)
      worker.stderr.on('data', onData)
      void exited.then((how) => reject(new Error(`worker ended before starting (${how}): ${output}`)))
    })
    worker.kill('SIGTERM')
    // The output goes along so a failure shows what the worker said.
    expect({ exit: await exited, output }).toEqual({ exit: 0, output: expect.stringContaining('[worker] stopped') })
    expect(output).not.toContain('[worker] running every job queue')
  })
})
