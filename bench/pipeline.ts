/**
 * The publishing pipeline, measured in-process on a fresh SQLite database of its own:
 * - fan-out: approve → publish → received by 10 webhook channels on 127.0.0.1;
 * - drain: deliveries per second for one worker draining DRAIN_ITEMS × 10 deliveries;
 * - emergency: approve → received on 10 webhooks while a backlog as large waits and drains;
 * - scheduler lateness: LATENESS_ITEMS items due within the same minute, swept every second
 *   as the worker's cron does, lateness = when the sweep published it − publishAt.
 */
import type { Payload, PayloadRequest } from 'payload'

import { spawn } from 'node:child_process'
import http from 'node:http'
import { createLocalReq, getPayload } from 'payload'

import { drainDeliveries } from '@loa/plugin-channel-publishing'
import { runWorkflowAction } from '@loa/plugin-review-workflow'
import { processDueItems, schedulingConfigFrom } from '@loa/plugin-scheduling'
import { lexicalFromParagraphs } from '../src/lib/lexical.js'
import { DEMO_SEED_CONTEXT } from '../src/seed/context.js'
import { seedDemoContent } from '../src/seed/seedDemoContent.js'
import { countDatabaseCalls } from './lib/countDatabaseCalls.js'
import { progressBar } from './lib/progress.js'

export type PipelineRow = { scenario: string; note: string; values?: Record<string, number> }

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN
}

const startReceiver = async () => {
  const receivedAt = new Map<string, number>()
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      receivedAt.set(String(req.headers['webhook-id']), Date.now())
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('{"ok":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { port, receivedAt, close: () => new Promise((resolve) => server.close(resolve)) }
}

const userReq = async (payload: Payload, email: string): Promise<PayloadRequest> => {
  const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 1, where: { email: { equals: email } } })
  return createLocalReq({ user: { ...docs[0], collection: 'users' } as never }, payload)
}

export const runPipelineBench = async ({
  databaseUri,
  drainItems,
  latenessItems,
  fanoutTrials,
}: {
  databaseUri: string
  drainItems: number
  latenessItems: number
  fanoutTrials: number
}): Promise<PipelineRow[]> => {
  process.env.CHANNEL_ALLOWED_HOSTS = '127.0.0.1:*,localhost:*'
  process.env.LOA_JOBS_IN_PROCESS = 'false'
  const { loaConfig } = await import('../payload.config.js')
  const payload = await getPayload({ config: loaConfig({ databaseUri, isSchemaPushed: true, isSeededWhenEmpty: false }), key: 'pipeline' })
  await seedDemoContent(payload, () => undefined)
  const { docs: campaigns } = await payload.find({ collection: 'campaigns', depth: 0, limit: 1 })
  const campaign = campaigns[0].id
  // A fresh request per action, as each HTTP request would be (a request carries its transaction).
  const editor = () => userReq(payload, 'editor@loa.local')
  const reviewer = () => userReq(payload, 'reviewer@loa.local')
  const manager = () => userReq(payload, 'manager@loa.local')
  const rows: PipelineRow[] = []

  const receiver = await startReceiver()
  for (let i = 0; i < 10; i += 1) {
    await payload.create({
      collection: 'channels' as never,
      data: {
        name: `Cổng ${i + 1}`,
        slug: `cong-${i + 1}`,
        kind: 'webhook',
        endpoint: `http://127.0.0.1:${receiver.port}/hook/${i + 1}`,
        secret: `whsec_${Buffer.from(`loa-bench-secret-${i}-0123456789`).toString('base64')}`,
        contentTypes: ['reports'],
        enabled: true,
      } as never,
    })
  }

  let counter = 0
  const draft = async () => {
    counter += 1
    return payload.create({
      collection: 'reports',
      req: await editor(),
      overrideAccess: false,
      draft: true,
      data: {
        title: `Bài đo hiệu năng số ${counter}`,
        campaign,
        summary: 'Đo thời gian từ lúc duyệt đến lúc cổng thông tin nhận bài.',
        body: lexicalFromParagraphs(['Nội dung đo hiệu năng.']),
        _status: 'draft',
      } as never,
    })
  }
  const act = async (as: () => Promise<PayloadRequest>, action: string, id: number | string) =>
    runWorkflowAction({ action, collection: 'reports', id, req: await as() })

  // Fan-out: approve → publish → drained → received by all ten portals.
  const fanout: number[] = []
  for (let trial = 0; trial < fanoutTrials; trial += 1) {
    const item = await draft()
    await act(editor, 'submit', item.id)
    receiver.receivedAt.clear()
    const started = Date.now()
    await act(reviewer, 'approve', item.id)
    await act(manager, 'publish', item.id)
    while (receiver.receivedAt.size < 10) {
      await drainDeliveries({ payload, limit: 50 })
      if (Date.now() - started > 60_000) throw new Error('fan-out did not complete in 60 s')
    }
    fanout.push(...[...receiver.receivedAt.values()].map((at) => at - started))
  }
  rows.push({
    scenario: `approve → received on 10 webhooks (${fanoutTrials} items)`,
    note: `median ${percentile(fanout, 0.5)} ms, p95 ${percentile(fanout, 0.95)} ms`,
  })

  // Drain: many published items, each queueing ten deliveries. They are written through the
  // trusted import path (the seed's, one write per item) rather than four workflow actions
  // each: what is measured is the draining, and the set-up would otherwise dominate the run.
  const importContext = { [DEMO_SEED_CONTEXT]: true }
  const editorId = (await editor()).user!.id
  const reviewerId = (await reviewer()).user!.id
  const tick = progressBar('publish for drain', drainItems)
  for (let i = 0; i < drainItems; i += 1) {
    await payload.create({
      collection: 'reports',
      context: importContext,
      data: {
        title: `Bài phát hành hàng loạt số ${i + 1}`,
        campaign,
        authors: [editorId],
        summary: 'Đo tốc độ một tiến trình gửi bài tới mười cổng.',
        body: lexicalFromParagraphs(['Nội dung đo hiệu năng.']),
        _status: 'published',
      } as never,
    })
    tick(i + 1)
  }
  const pending = (await payload.count({ collection: 'deliveries' as never, where: { status: { equals: 'pending' } } })).totalDocs
  const drainStarted = Date.now()
  let delivered = 0
  for (;;) {
    const result = await drainDeliveries({ payload, limit: 100 })
    delivered += result.delivered
    if (result.delivered + result.failed + result.dead === 0) break
  }
  const drainSeconds = (Date.now() - drainStarted) / 1000
  rows.push({
    scenario: `one worker drains ${pending} deliveries to 10 receivers`,
    note: `${(delivered / drainSeconds).toFixed(0)} deliveries/s (${delivered} in ${drainSeconds.toFixed(1)} s)`,
    values: { perSecond: delivered / drainSeconds, delivered, pending },
  })

  // Emergency: a fresh backlog twice the drain's size, one worker draining it at full speed, and
  // meanwhile emergency bulletins approved and published one after another (the alert fast
  // path: approve, publish), each while at least the drain's count (5,000) still waits. Each of
  // an alert's ten deliveries is timed from the approval to its arrival: the worker claims the
  // highest priority first, so they overtake the backlog.
  const backlogItems = drainItems * 2
  const backlogTick = progressBar('backlog for emergencies', backlogItems)
  for (let i = 0; i < backlogItems; i += 1) {
    await payload.create({
      collection: 'reports',
      context: importContext,
      data: {
        title: `Tin thường trong hàng đợi số ${i + 1}`,
        campaign,
        authors: [editorId],
        summary: 'Tin thường chờ gửi khi có cảnh báo khẩn cấp.',
        body: lexicalFromParagraphs(['Nội dung đo hiệu năng.']),
        _status: 'published',
      } as never,
    })
    backlogTick(i + 1)
  }
  const waitingCount = async () => (await payload.count({ collection: 'deliveries' as never, where: { status: { equals: 'pending' } } })).totalDocs
  const backlog = await waitingCount()
  let isWorking = true
  const worker = (async () => {
    while (isWorking) {
      const result = await drainDeliveries({ payload, limit: 100 })
      if (result.delivered + result.failed + result.dead === 0) await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  const emergency: number[] = []
  const waitingAtApproval: number[] = []
  for (let trial = 0; trial < fanoutTrials; trial += 1) {
    const item = await draft()
    await payload.update({
      collection: 'reports',
      id: item.id,
      draft: true,
      data: { bulletin: { script: `Thông báo khẩn số ${trial + 1}: bão đổ bộ, bà con không ra khơi.`, priority: 'emergency' } } as never,
      req: await editor(),
      overrideAccess: false,
    })
    await act(editor, 'submit', item.id)
    waitingAtApproval.push(await waitingCount())
    const started = Date.now()
    await act(reviewer, 'approve', item.id)
    await act(manager, 'publish', item.id)
    const { docs } = await payload.find({
      collection: 'deliveries' as never,
      depth: 0,
      limit: 20,
      where: { itemKey: { equals: `reports:${item.id}` } },
      select: { webhookId: true } as never,
    })
    const ids = (docs as unknown as Array<{ webhookId: string }>).map((doc) => doc.webhookId)
    while (ids.some((id) => !receiver.receivedAt.has(id))) {
      if (Date.now() - started > 60_000) throw new Error('an emergency was not received in 60 s')
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    emergency.push(...ids.map((id) => receiver.receivedAt.get(id)! - started))
  }
  isWorking = false
  await worker
  // Drain what is left, so the scheduler's bursts below start on an empty queue (their sweeps
  // run the delivery jobs too, as a worker does: a backlog left here was drained inside them).
  for (;;) {
    const result = await drainDeliveries({ payload, limit: 100 })
    if (result.delivered + result.failed + result.dead === 0) break
  }
  rows.push({
    scenario: `emergency: approve → received on 10 webhooks while ordinary deliveries wait (${fanoutTrials} alerts)`,
    note: `median ${percentile(emergency, 0.5)} ms, p95 ${percentile(emergency, 0.95)} ms; backlog ${backlog}, waiting at each approval ${Math.min(...waitingAtApproval)}–${Math.max(...waitingAtApproval)}`,
    values: {
      p95Ms: percentile(emergency, 0.95),
      medianMs: percentile(emergency, 0.5),
      backlog,
      minWaiting: Math.min(...waitingAtApproval),
      requiredWaiting: drainItems * 10,
    },
  })

  // Scheduler lateness: approved items whose publishAt is spread over one minute, swept every
  // second as the worker's cron does (a sweep that is still running when the next second comes
  // keeps taking what falls due; the next starts when it ends). They are imported straight into
  // `scheduled` with the reviewer's approval and the manager who set the time on record (the
  // scheduler checks both again when each falls due), so setting up a thousand of them takes
  // seconds; the first falls due only after all are written. Lateness is the time of each
  // item's publish review event minus its publishAt.
  const cfg = schedulingConfigFrom(payload)
  if (!cfg) throw new Error('scheduling plugin not configured')
  const managerId = (await manager()).user!.id
  const scheduleBurst = async (label: string) => {
    // Written with a time a day ahead, then moved to the burst's minute in one batch of SQL
    // statements (this bench runs on SQLite): on a loaded machine writing a thousand items can
    // take longer than any fixed lead time, and an item written after its time is not a burst.
    const parked = Date.now() + 86_400_000
    const ids: Array<number | string> = []
    const prepare = progressBar(label, latenessItems)
    for (let i = 0; i < latenessItems; i += 1) {
      const at = new Date().toISOString()
      const item = await payload.create({
        collection: 'reports',
        context: importContext,
        draft: true,
        data: {
          title: `Bài hẹn giờ ${label} ${i + 1}`,
          campaign,
          authors: [editorId],
          publishAt: new Date(parked).toISOString(),
          publishAtSetBy: managerId,
          workflow: { stage: 'scheduled', approvals: [{ reviewer: reviewerId, at }], submittedAt: at },
          _status: 'draft',
        } as never,
      })
      ids.push(item.id)
      prepare(i + 1)
    }
    const firstDue = Date.now() + 5_000
    const dueAt = new Map<string, number>()
    const statements = ids.flatMap((id, i) => {
      const publishAt = firstDue + Math.floor((i / latenessItems) * 60_000)
      dueAt.set(String(id), publishAt)
      const iso = new Date(publishAt).toISOString()
      return [
        { sql: 'UPDATE reports SET publish_at = ? WHERE id = ?', args: [iso, id] },
        { sql: 'UPDATE _reports_v SET version_publish_at = ? WHERE parent_id = ? AND latest = 1', args: [iso, id] },
      ]
    })
    await (payload.db as unknown as { client: { batch: (statements: unknown[], mode: string) => Promise<unknown> } }).client.batch(statements, 'write')
    return { dueAt, firstDue, writtenLate: [...dueAt.values()].filter((due) => due < Date.now()).length }
  }
  /** Publish events of the burst's items: how many each got, and the lateness of each first one. */
  const outcomeOf = async (dueAt: Map<string, number>) => {
    const { docs } = await payload.find({
      collection: 'review-events' as never,
      depth: 0,
      pagination: false,
      select: { item: true, at: true } as never,
      where: { action: { equals: 'publish' } },
    })
    const events = new Map<string, number[]>()
    for (const event of docs as unknown as Array<{ item: { value: number | { id: number } }; at: string }>) {
      const id = String(typeof event.item.value === 'object' ? event.item.value.id : event.item.value)
      if (!dueAt.has(id)) continue
      events.set(id, [...(events.get(id) ?? []), Date.parse(event.at)])
    }
    const lateness = [...events.entries()].map(([id, ats]) => Math.min(...ats) - dueAt.get(id)!)
    const repeated = [...events.values()].filter((ats) => ats.length > 1).length
    return { lateness, published: events.size, repeated }
  }
  /** Sweeps every second until the whole burst is published (by this worker or another); answers how many were published here. */
  const sweepEverySecond = async ({ dueAt, firstDue }: { dueAt: Map<string, number>; firstDue: number }) => {
    const deadline = firstDue + 60_000 + 300_000
    let publishedHere = 0
    let publishedAll = 0
    while (publishedAll < dueAt.size && Date.now() < deadline) {
      const sweepStarted = Date.now()
      publishedHere += (await processDueItems({ cfg, payload })).published.length
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - sweepStarted))))
      if (Date.now() > firstDue + 60_000) publishedAll = (await outcomeOf(dueAt)).published
    }
    return publishedHere
  }
  const latenessNote = (lateness: number[]) =>
    `median ${(percentile(lateness, 0.5) / 1000).toFixed(2)} s, p99 ${(percentile(lateness, 0.99) / 1000).toFixed(2)} s, max ${(Math.max(...lateness) / 1000).toFixed(2)} s`

  // One worker, with every database call of the sweep counted: the profile of one scheduled publish.
  const oneWorker = await scheduleBurst('one worker')
  const counted = countDatabaseCalls(payload)
  await sweepEverySecond(oneWorker)
  counted.stop()
  const single = await outcomeOf(oneWorker.dueAt)
  rows.push({
    scenario: `scheduler lateness, ${latenessItems} items due in one minute, one worker (${single.published} published, ${single.repeated} twice${oneWorker.writtenLate ? `; ${oneWorker.writtenLate} were written after their due time` : ''})`,
    note: latenessNote(single.lateness),
    values: {
      medianMs: percentile(single.lateness, 0.5),
      p99Ms: percentile(single.lateness, 0.99),
      maxMs: Math.max(...single.lateness),
      published: single.published,
      repeated: single.repeated,
      items: latenessItems,
    },
  })
  const perPublish = (n: number) => (single.published ? n / single.published : Number.NaN)
  rows.push({
    scenario: 'database calls per scheduled publish (whole sweep, adapter level)',
    note: `${perPublish(counted.reads).toFixed(1)} reads, ${perPublish(counted.writes).toFixed(1)} writes (${Object.entries(counted.byMethod)
      .sort((a, b) => b[1] - a[1])
      .map(([method, n]) => `${method} ${perPublish(n).toFixed(1)}`)
      .join(', ')})`,
    values: { reads: perPublish(counted.reads), writes: perPublish(counted.writes) },
  })

  // Two workers: this process and one more on the same database file, sweeping the same burst
  // (the other is up before the burst's times are set).
  const other = spawn(process.execPath, ['--import', 'tsx', 'bench/schedulerWorker.ts', databaseUri, String(Date.now() + 3_600_000)], {
    env: { ...process.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let otherOutput = ''
  const otherReady = new Promise<void>((resolve) =>
    other.stdout!.on('data', (chunk: Buffer) => {
      otherOutput += chunk.toString()
      if (otherOutput.includes('READY')) resolve()
    }),
  )
  const otherExited = new Promise((resolve) => other.once('exit', resolve))
  await otherReady
  const twoWorkers = await scheduleBurst('two workers')
  const publishedHere = await sweepEverySecond(twoWorkers)
  other.kill('SIGTERM')
  await otherExited
  const byOther = Number(/PUBLISHED (\d+)/.exec(otherOutput)?.[1] ?? Number.NaN)
  const shared = await outcomeOf(twoWorkers.dueAt)
  rows.push({
    scenario: `scheduler lateness, ${latenessItems} items due in one minute, two worker processes (${shared.published} published, ${shared.repeated} twice; ${byOther} by the second worker)`,
    note: latenessNote(shared.lateness),
    values: {
      medianMs: percentile(shared.lateness, 0.5),
      p99Ms: percentile(shared.lateness, 0.99),
      maxMs: Math.max(...shared.lateness),
      published: shared.published,
      repeated: shared.repeated,
      items: latenessItems,
      byOther,
      publishedHere,
    },
  })

  await receiver.close()
  await payload.destroy()
  return rows
}
