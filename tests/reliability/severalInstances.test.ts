/**
 * Loa as production runs it on several machines' worth of processes: two web processes and two
 * workers on one Postgres, behind a real load balancer (HAProxy). Reads, publications and
 * registrations go through the balancer while one web process and one worker are killed with
 * SIGKILL and started again. Afterwards: every item published once, its delivery received once
 * by a deduplicating receiver, no workshop overbooked, a 5xx only for a request that was in
 * flight on the killed process, and the limits per client counted across both web processes.
 */
import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Api } from '../helpers/api.js'
import type { LoadBalancer } from '../helpers/loadBalancer.js'
import type { RouteServer } from '../helpers/routeServer.js'
import type { Cast } from '../helpers/scheduling.js'
import type { TestPayload } from '../helpers/testPayload.js'
import type { WebhookReceiver } from '../helpers/webhookReceiver.js'

import { LOA_NODE_CONDITIONS } from '../../scripts/nodeConditions.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'
import { createApi } from '../helpers/api.js'
import { startLoadBalancer } from '../helpers/loadBalancer.js'
import { freePort } from '../helpers/nextServer.js'
import { startRouteServer } from '../helpers/routeServer.js'
import { approvedItem, createCampaignWithCast, publishedWorkshop } from '../helpers/scheduling.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { startWebhookReceiver } from '../helpers/webhookReceiver.js'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const TO_PUBLISH = 24
const SCHEDULED = 12
const CAPACITY = 15
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Outcome = { what: string; status: number | 'error'; startedAt: number; endedAt: number }

const describeOnPostgres = (process.env.LOA_TEST_ADAPTERS ?? '').split(',').includes('postgres') ? describe : describe.skip

describeOnPostgres('two web processes and two workers behind HAProxy on one Postgres', () => {
  let ctx: TestPayload
  let api: Api
  let cast: Cast
  let receiver: WebhookReceiver
  let balancer: LoadBalancer
  const webPorts: number[] = []
  const webs: RouteServer[] = []
  const workers: Array<{ child: ChildProcess; exited: Promise<unknown> }> = []
  const toPublish: number[] = []
  const scheduled: number[] = []
  let workshopId: number

  // As in production: no schema push at start (the test made the schema), jobs in the workers only.
  const productionEnv = { NODE_ENV: 'production' as const, LOA_PUBLIC_URL: 'http://127.0.0.1', CHANNEL_ALLOWED_HOSTS: '127.0.0.1:*,localhost:*' }
  const webEnv = { ...productionEnv, LOA_JOBS_IN_PROCESS: 'false', LOA_TRUSTED_PROXIES: '127.0.0.1' }

  const startWeb = (index: number) => startRouteServer({ databaseUri: ctx.databaseUri, port: webPorts[index], env: webEnv })

  const startWorker = () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts/worker.ts')], {
      cwd: projectRoot,
      env: { ...process.env, ...productionEnv, NODE_OPTIONS: `${LOA_NODE_CONDITIONS} --no-warnings`, DATABASE_URI: ctx.databaseUri, LOA_WORKER_IDLE_MS: '200' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child.stderr?.resume()
    return { child, exited: new Promise((resolve) => child.once('exit', resolve)) }
  }

  /** One request through the balancer, from the given local address (a client of its own). */
  const call = (
    what: string,
    method: string,
    pathName: string,
    { body, token, from = '127.0.0.1' }: { body?: unknown; token?: string; from?: string } = {},
  ): Promise<Outcome> => {
    const startedAt = Date.now()
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    return new Promise((resolve) => {
      const done = (status: Outcome['status']) => resolve({ what, status, startedAt, endedAt: Date.now() })
      const request = http.request(
        `${balancer.url}${pathName}`,
        {
          method,
          localAddress: from,
          agent: false,
          headers: {
            ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) } : {}),
            ...(token ? { Authorization: `JWT ${token}` } : {}),
          },
        },
        (response) => {
          response.resume()
          response.on('end', () => done(response.statusCode ?? 0))
        },
      )
      request.on('error', () => done('error'))
      request.end(payload)
    })
  }

  beforeAll(async () => {
    ctx = await createTestPayload('postgres')
    api = createApi(ctx.payload, ctx.databaseUri)
    await seedDemoContent(ctx.payload)
    cast = await createCampaignWithCast({ api, code: 'NHIEU-MAY', payload: ctx.payload })
    receiver = await startWebhookReceiver()
    await ctx.payload.create({
      collection: 'channels' as never,
      data: { name: 'Cổng khử trùng', kind: 'webhook', endpoint: receiver.url, secret: receiver.secret, contentTypes: ['reports'], enabled: true } as never,
    })
    for (let i = 0; i < TO_PUBLISH; i += 1)
      toPublish.push((await approvedItem({ api, cast, payload: ctx.payload, data: { title: `Tin xuất bản tay ${i}`, summary: 'Tóm tắt' } })).id)
    const dueAt = Date.now() + 25_000
    for (let i = 0; i < SCHEDULED; i += 1) {
      scheduled.push(
        (
          await approvedItem({
            api,
            cast,
            payload: ctx.payload,
            data: { title: `Tin hẹn giờ ${i}`, summary: 'Tóm tắt', publishAt: new Date(dueAt + i * 500).toISOString() },
          })
        ).id,
      )
    }
    workshopId = (
      await publishedWorkshop({
        campaignId: cast.campaignId,
        payload: ctx.payload,
        data: {
          title: 'Tập huấn nhiều máy',
          startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000).toISOString(),
          capacity: CAPACITY,
          waitlistEnabled: false,
        },
      })
    ).id as number
    webPorts.push(await freePort(), await freePort())
    webs.push(await startWeb(0), await startWeb(1))
    workers.push(startWorker(), startWorker())
    balancer = await startLoadBalancer({ backends: webPorts })
  })

  afterAll(async () => {
    await balancer?.stop()
    for (const web of webs) await web.stop('SIGKILL')
    for (const worker of workers) {
      worker.child.kill('SIGKILL')
      await worker.exited
    }
    await receiver?.close()
    await ctx?.cleanup()
  })

  it('publishes each item once, delivers it once, overbooks nothing and fails only requests in flight on the killed process', async () => {
    const outcomes: Outcome[] = []
    let killedAt = 0
    const until = Date.now() + 30_000
    const readers = Array.from({ length: 10 }, async (_, reader) => {
      for (let round = 0; Date.now() < until; round += 1)
        outcomes.push(await call('read', 'GET', round % 2 ? '/api/reports?limit=5' : `/api/reports/${toPublish[(reader + round) % TO_PUBLISH]}`))
    })
    const publishers = [0, 1].map(async (lane) => {
      for (let i = lane; i < TO_PUBLISH; i += 2) {
        // A publication refused because the item is already live (the first try reached the server) is fine; anything else is retried.
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const outcome = await call('publish', 'POST', `/api/reports/${toPublish[i]}/workflow`, { token: cast.tokens.manager, body: { action: 'publish' } })
          outcomes.push(outcome)
          if (outcome.status === 200 || outcome.status === 400) break
          await sleep(300)
        }
        await sleep(400)
      }
    })
    const registrants = Array.from({ length: 40 }, async (_, i) => {
      await sleep(i * 150)
      outcomes.push(
        await call('register', 'POST', `/api/workshops/${workshopId}/register`, {
          from: `127.0.0.${20 + i}`,
          body: { fullName: `Người dân ${i}`, email: `nguoi.${i}@nhieu-may.vn` },
        }),
      )
    })
    const chaos = (async () => {
      await sleep(6000)
      killedAt = Date.now()
      webs[0]!.stop('SIGKILL').catch(() => undefined)
      workers[0]!.child.kill('SIGKILL')
      await sleep(4000)
      webs[0] = await startWeb(0)
      workers[0] = startWorker()
    })()
    await Promise.all([...readers, ...publishers, ...registrants, chaos])

    // Let the workers finish: the scheduled items fall due and every delivery is sent.
    const settled = async () => {
      const { totalDocs: pending } = await ctx.payload.count({ collection: 'deliveries' as never, where: { status: { not_in: ['delivered', 'dead'] } } })
      const { totalDocs: live } = await ctx.payload.count({
        collection: 'reports',
        where: { and: [{ id: { in: [...toPublish, ...scheduled] } }, { _status: { equals: 'published' } }] },
      })
      return pending === 0 && live === TO_PUBLISH + SCHEDULED
    }
    for (let tries = 0; tries < 240 && !(await settled()); tries += 1) await sleep(500)
    expect(await settled()).toBe(true)

    for (const id of [...toPublish, ...scheduled]) {
      const events = await ctx.payload.find({
        collection: 'review-events' as never,
        depth: 0,
        pagination: false,
        where: { and: [{ 'item.value': { equals: id } }, { action: { equals: 'publish' } }] },
      })
      expect([id, events.totalDocs]).toEqual([id, 1])
      const deliveries = await ctx.payload.find({
        collection: 'deliveries' as never,
        depth: 0,
        pagination: false,
        where: { and: [{ 'item.value': { equals: id } }, { action: { equals: 'publish' } }] },
      })
      expect([id, deliveries.totalDocs, (deliveries.docs[0] as unknown as { status: string }).status]).toEqual([id, 1, 'delivered'])
    }
    // A deduplicating receiver processed each publication exactly once (a repeat after a kill is recognised by its webhook-id).
    const published = receiver.received.filter((message) => message.isVerified && message.body.type === 'content.published')
    const processedItems = new Set(published.map((message) => String(message.body.data.id)))
    expect(processedItems.size).toBe(TO_PUBLISH + SCHEDULED)
    expect(receiver.processedIds.size).toBe(TO_PUBLISH + SCHEDULED)

    const confirmed = await ctx.payload.count({
      collection: 'registrations' as never,
      where: { and: [{ workshop: { equals: workshopId } }, { status: { equals: 'confirmed' } }] },
    })
    expect(confirmed.totalDocs).toBe(CAPACITY)

    const serverErrors = outcomes.filter((outcome) => outcome.status === 'error' || (typeof outcome.status === 'number' && outcome.status >= 500))
    const notInFlight = serverErrors.filter((outcome) => !(outcome.startedAt <= killedAt && outcome.endedAt >= killedAt))
    expect(notInFlight).toEqual([])
    expect(outcomes.filter((outcome) => outcome.what === 'read' && outcome.status === 200).length).toBeGreaterThan(50)
  })

  it('counts the registrations of one address across both web processes', async () => {
    const statuses: Array<number | 'error'> = []
    // 60 attempts per address in ten minutes; the balancer sends them to both processes in turn.
    for (let i = 0; i < 61; i += 1)
      statuses.push(
        (
          await call('limit', 'POST', '/api/workshops/999999/register', {
            from: '127.0.0.9',
            body: { fullName: `Khách ${i}`, email: `khach.${i}@nhieu-may.vn` },
          })
        ).status,
      )
    expect(statuses.slice(0, 60).every((status) => status === 404)).toBe(true)
    expect(statuses[60]).toBe(429)
  })
})
