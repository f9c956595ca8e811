/**
 * Fault suite for channel deliveries: 1,000 deliveries (100 published reports × 10 webhook
 * channels) to receivers on 127.0.0.1 that are down, slow past the timeout, answer 500, 429
 * or 410, reset connections or answer garbage, most of them recovering after a while; the
 * worker is a real child process draining deliveries, killed with SIGKILL at random points
 * and restarted. In the end every delivery is delivered, except on the receiver that never
 * recovered (410: its channel is switched off and its deliveries are dead), and every
 * receiver — deduplicating on webhook-id as the Standard Webhooks spec asks — processed
 * each message exactly once.
 *
 * Several processes on one database is what Postgres is for here (SQLite has one writer),
 * so this file runs on Postgres only.
 */
import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import type { TestPayload } from '../helpers/testPayload.js'
import type { Behaviour, ReceiverOptions, WebhookReceiver } from '../helpers/webhookReceiver.js'

import { createCampaign, createPublished, createUser } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { freePort, startWebhookReceiver } from '../helpers/webhookReceiver.js'
import { LOA_NODE_CONDITIONS } from '../../scripts/nodeConditions.js'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const ITEMS = 100
const TIMEOUT_MS = 400
/** The workers' clock: 1 real second = 100 s, so back-off and expired leases pass quickly. */
const CLOCK_SPEED = 100
const KILLS = 4

type Delivery = { id: number; channel: number; status: string; attempts: number; webhookId: string; lastError?: string | null }

/** A small seeded generator, so a failing run can be replayed. */
const randomFrom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const trace = (message: string) => process.env.LOA_FAULT_TRACE && process.stderr.write(`[faults ${new Date().toISOString()}] ${message}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Portal = { slug: string; receiver?: WebhookReceiver; port?: number; secret?: string; neverRecovers?: boolean }

describe('deliveries under faults on postgres (a worker process killed and restarted)', () => {
  let ctx: TestPayload
  const portals: Portal[] = []
  const workers: ChildProcess[] = []
  const seed = Number(process.env.LOA_FAULT_SEED ?? 20241127)
  const random = randomFrom(seed)
  let clockStart = 0
  let isGone = false
  const running: Array<ReturnType<typeof startWorker>> = []

  const startWorker = (clockStart: number) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'reliability', 'deliveryWorker.ts')], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NODE_OPTIONS: `${LOA_NODE_CONDITIONS} --no-warnings`,
        NODE_ENV: 'test',
        DATABASE_URI: ctx.databaseUri,
        LOA_FAULT_CLOCK_START: String(clockStart),
        LOA_FAULT_CLOCK_SPEED: String(CLOCK_SPEED),
        LOA_FAULT_TIMEOUT_MS: String(TIMEOUT_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    workers.push(child)
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
    })
    const rounds = { count: 0, isReady: false }
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"ready"')) rounds.isReady = true
      if (line.startsWith('{"delivered"')) rounds.count += 1
    })
    const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)))
    return { child, rounds, exited, stderr: () => stderr }
  }

  /** The portal that is down comes back once 30 of its deliveries have failed twice. */
  const reviveDownPortalWhenTried = async () => {
    const down = portals.find((portal) => portal.port)!
    if (down.receiver) return
    const channel = (await ctx.payload.find({ collection: 'channels' as never, where: { slug: { equals: down.slug } }, depth: 0 })).docs[0] as unknown as {
      id: number
    }
    const { totalDocs } = await ctx.payload.count({
      collection: 'deliveries' as never,
      where: { channel: { equals: channel.id }, attempts: { greater_than_equal: 2 } },
    })
    if (totalDocs < 30) return
    down.receiver = await startWebhookReceiver({ port: down.port, secret: down.secret })
    trace('down portal is back')
  }

  const deliveries = async (): Promise<Delivery[]> =>
    (
      await ctx.payload.find({
        collection: 'deliveries' as never,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { channel: true, status: true, attempts: true, webhookId: true } as never,
      })
    ).docs as unknown as Delivery[]

  beforeAll(async () => {
    ctx = await createTestPayload('postgres')
    const author = await createUser(ctx.payload, 'fault-author@loa.local', ['editor'])
    const campaign = await createCampaign(ctx.payload, { code: 'FAULTS', members: [{ user: author.id, role: 'editor' }] })

    // Ten portals, each failing its own way. `seenForId` counts earlier tries of one message.
    const behaviours: Array<[string, NonNullable<ReceiverOptions['decide']> | 'down']> = [
      ['khoe', () => 200],
      ['sap-roi-len', 'down'],
      ['cham', ({ seenForId, index }) => (seenForId === 0 && index < 10 ? { slowMs: TIMEOUT_MS * 3, status: 200 } : 200)],
      ['loi-500', ({ seenForId }) => (seenForId < 1 ? 500 : 200)],
      ['qua-tai-429', ({ seenForId }) => (seenForId < 1 ? 429 : 200)],
      // Takes the first 90 reports, is overloaded (503) for the last ten, then shuts down for
      // good (410 Gone) once all are out: what it took stays delivered, the rest is dead and
      // the channel switched off. (While it is enabled every report still gets its row.)
      ['da-dong-410', ({ body }) => (isGone ? 410 : Number(/số (\d+):/.exec(String(body.data?.title))?.[1]) > ITEMS - 10 ? 503 : 200)],
      ['ngat-ket-noi', ({ seenForId }) => (seenForId < 1 ? 'reset' : 200)],
      ['nhan-roi-ngat', ({ seenForId }) => (seenForId < 1 ? 'processThenReset' : 200)],
      ['rac', ({ seenForId }) => (seenForId < 1 ? 'garbage' : 200)],
      ['chap-chon', ({ seenForId }) => (seenForId < 2 ? ([500, 'reset', 200, 503] as Behaviour[])[Math.floor(random() * 4)]! : 200)],
    ]
    for (const [slug, behaviour] of behaviours) {
      if (behaviour === 'down') {
        const port = await freePort()
        portals.push({ slug, port, secret: undefined })
        continue
      }
      const receiver = await startWebhookReceiver({ decide: behaviour })
      portals.push({ slug, receiver, neverRecovers: slug === 'da-dong-410' })
    }
    // The portal that is down gets its secret now and its receiver later, on the same port.
    const down = portals.find((portal) => portal.port)!
    down.secret = (await import('../helpers/webhookReceiver.js')).newWebhookSecret()

    for (const portal of portals) {
      const endpoint = portal.receiver?.url ?? `http://127.0.0.1:${portal.port}/hooks/loa`
      await ctx.payload.create({
        collection: 'channels' as never,
        data: {
          name: `Cổng ${portal.slug}`,
          slug: portal.slug,
          kind: 'webhook',
          endpoint,
          secret: portal.receiver?.secret ?? portal.secret,
          contentTypes: ['reports'],
          enabled: true,
        } as never,
        overrideAccess: true,
      })
    }

    trace('channels ready')
    // Two workers drain side by side from the start; their boot overlaps the publishing.
    clockStart = Date.now()
    running.push(startWorker(clockStart), startWorker(clockStart))

    // 100 reports, published as a trusted system write (the seed's import path, which the
    // review workflow lets through); five at a time, each writing its ten deliveries.
    for (let start = 0; start < ITEMS; start += 5) {
      await Promise.all(
        Array.from({ length: Math.min(5, ITEMS - start) }, (_, offset) =>
          createPublished(ctx.payload, 'reports', {
            campaign: campaign.id,
            title: `Bản tin số ${start + offset + 1}: xã Tân Phú triển khai dịch vụ công trực tuyến`,
            authors: [author.id],
          }),
        ),
      )
      if ((start + 5) % 20 === 0) trace(`${start + 5} reports published`)
      await reviveDownPortalWhenTried()
    }
    isGone = true
  }, 170_000)

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL')
    for (const portal of portals) await portal.receiver?.close()
    await ctx?.cleanup()
  })

  it('delivers every message exactly once to each receiver that recovers, through worker kills, and gives up only on the gone one', async () => {
    expect(await deliveries()).toHaveLength(ITEMS * portals.length)

    // At random points one of the two workers is killed with SIGKILL (in the middle of
    // whatever it was doing) and a fresh one started, so boots overlap the other's work.
    const isOpen = (d: Delivery) => !['delivered', 'dead'].includes(d.status)
    for (let kill = 0; kill < KILLS; kill += 1) {
      const victim = Math.floor(random() * running.length)
      const worker = running[victim]!
      const roundsBeforeKill = worker.rounds.count + 1 + Math.floor(random() * 6)
      while (worker.rounds.count < roundsBeforeKill && worker.child.exitCode === null) {
        await sleep(100)
        await reviveDownPortalWhenTried()
      }
      await sleep(Math.floor(random() * 300))
      expect(worker.child.exitCode).toBeNull()
      trace(`kill ${kill}: worker ${victim} after ${worker.rounds.count} rounds`)
      worker.child.kill('SIGKILL')
      expect(await worker.exited).toBe('SIGKILL')
      running[victim] = startWorker(clockStart)
      await reviveDownPortalWhenTried()
    }

    let open = Infinity
    const deadline = Date.now() + 150_000
    while (open > 0 && Date.now() < deadline && running.every((worker) => worker.child.exitCode === null)) {
      await sleep(1000)
      await reviveDownPortalWhenTried()
      const all = await deliveries()
      open = all.filter(isOpen).length
      trace(`open ${open}; rounds ${running.map((w) => w.rounds.count).join('+')}; attempts ${all.reduce((sum, d) => sum + d.attempts, 0)}`)
    }
    if (open > 0) throw new Error(`${open} deliveries still open; workers said: ${running.map((w) => w.stderr()).join('\n')}`)
    // A worker restarted near the end may still be booting: the clean stop asked for here is
    // that of a running worker (a stop during boot is tested in schedulingWorkers).
    while (!running.every((worker) => worker.rounds.isReady || worker.child.exitCode !== null)) await sleep(100)
    for (const worker of running) worker.child.kill('SIGTERM')
    expect(await Promise.all(running.map((worker) => worker.exited))).toEqual([0, 0])

    const settled = await deliveries()
    const channels = (await ctx.payload.find({ collection: 'channels' as never, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as Array<{
      id: number
      slug: string
      enabled: boolean
      disabledReason?: string
    }>
    const summary: Record<string, Record<string, number>> = {}
    for (const portal of portals) {
      const channel = channels.find((c) => c.slug === portal.slug)!
      const own = settled.filter((d) => d.channel === channel.id)
      const byStatus: Record<string, number> = {}
      for (const d of own) byStatus[d.status] = (byStatus[d.status] ?? 0) + 1
      summary[portal.slug] = byStatus

      const receiver = portal.receiver!
      if (portal.neverRecovers) {
        expect(byStatus.dead).toBeGreaterThanOrEqual(10)
        expect((byStatus.dead ?? 0) + (byStatus.delivered ?? 0)).toBe(ITEMS)
        expect(channel.enabled).toBe(false)
        expect(channel.disabledReason).toContain('410')
        const delivered = own.filter((d) => d.status === 'delivered').map((d) => d.webhookId)
        expect([...receiver.processedIds].sort()).toEqual(delivered.sort())
        continue
      }
      expect(byStatus).toEqual({ delivered: ITEMS })
      // Exactly the messages of this channel were processed, each once; retries carried the
      // same webhook-id and the same body, so the receiver's deduplication caught them all.
      expect([...receiver.processedIds].sort()).toEqual(own.map((d) => d.webhookId).sort())
      expect(receiver.changedRedeliveries).toBe(0)
      expect(receiver.received.every((r) => r.isVerified)).toBe(true)
    }
    expect(Object.values(summary).reduce((sum, s) => sum + (s.delivered ?? 0) + (s.dead ?? 0), 0)).toBe(ITEMS * portals.length)
    // Every fault really happened: retries on the failing portals, duplicates the receivers absorbed.
    const attemptsOf = (slug: string) => {
      const channel = channels.find((c) => c.slug === slug)!
      return settled.filter((d) => d.channel === channel.id).reduce((sum, d) => sum + d.attempts, 0)
    }
    // (Counted at the receiver: an attempt cut short by a SIGKILL is never recorded as one.)
    expect(portals.find((p) => p.slug === 'loi-500')!.receiver!.received.length).toBeGreaterThanOrEqual(ITEMS * 2)
    expect(attemptsOf('sap-roi-len')).toBeGreaterThan(ITEMS)
    expect(portals.find((p) => p.slug === 'nhan-roi-ngat')!.receiver!.redeliveries).toBeGreaterThanOrEqual(ITEMS)
    expect(portals.find((p) => p.slug === 'cham')!.receiver!.redeliveries).toBeGreaterThanOrEqual(1)
  }, 200_000)
})
