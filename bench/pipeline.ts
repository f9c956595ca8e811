/**
 * The publishing pipeline, measured in-process on a fresh SQLite database of its own:
 * - fan-out: approve → publish → received by 10 webhook channels on 127.0.0.1;
 * - drain: deliveries per second for one worker draining DRAIN_ITEMS × 10 deliveries;
 * - scheduler lateness: LATENESS_ITEMS items due within the same minute, swept every second
 *   as the worker's cron does, lateness = when the sweep published it − publishAt.
 */
import type { Payload, PayloadRequest } from 'payload'

import http from 'node:http'
import { createLocalReq, getPayload } from 'payload'

import { drainDeliveries } from '@loa/plugin-channel-publishing'
import { runWorkflowAction } from '@loa/plugin-review-workflow'
import { processDueItems, schedulingConfigFrom } from '@loa/plugin-scheduling'
import { lexicalFromParagraphs } from '../src/lib/lexical.js'
import { DEMO_SEED_CONTEXT } from '../src/seed/context.js'
import { seedDemoContent } from '../src/seed/seedDemoContent.js'
import { progressBar } from './lib/progress.js'

export type PipelineRow = { scenario: string; note: string }

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
    scenario: `one worker drains ${pending} deliveries`,
    note: `${(delivered / drainSeconds).toFixed(0)} deliveries/s (${delivered} in ${drainSeconds.toFixed(1)} s)`,
  })

  // Scheduler lateness: approved items whose publishAt is spread over one minute, swept every
  // second as the worker's cron does. They are imported straight into `scheduled` with the
  // reviewer's approval and the manager who set the time on record (the scheduler checks both
  // again when each falls due), so setting up a thousand of them takes seconds; the first falls
  // due only after all are written.
  const cfg = schedulingConfigFrom(payload)
  if (!cfg) throw new Error('scheduling plugin not configured')
  const managerId = (await manager()).user!.id
  const firstDue = Date.now() + 15_000 + latenessItems * 60
  const dueAt = new Map<string, number>()
  const prepare = progressBar('schedule items', latenessItems)
  let writtenLate = 0
  for (let i = 0; i < latenessItems; i += 1) {
    const publishAt = firstDue + Math.floor((i / latenessItems) * 60_000)
    const at = new Date().toISOString()
    const item = await payload.create({
      collection: 'reports',
      context: importContext,
      draft: true,
      data: {
        title: `Bài hẹn giờ ${i + 1}`,
        campaign,
        authors: [editorId],
        publishAt: new Date(publishAt).toISOString(),
        publishAtSetBy: managerId,
        workflow: { stage: 'scheduled', approvals: [{ reviewer: reviewerId, at }], submittedAt: at },
        _status: 'draft',
      } as never,
    })
    if (Date.now() > publishAt) writtenLate += 1
    dueAt.set(String(item.id), publishAt)
    prepare(i + 1)
  }
  const lateness: number[] = []
  while (lateness.length < latenessItems && Date.now() < firstDue + 60_000 + 300_000) {
    const sweepStarted = Date.now()
    const result = await processDueItems({ cfg, payload })
    const sweptAt = Date.now()
    for (const ref of result.published) {
      const due = dueAt.get(String(ref.id))
      if (due !== undefined) lateness.push(sweptAt - due)
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (sweptAt - sweepStarted))))
  }
  rows.push({
    scenario: `scheduler lateness, ${latenessItems} items due in one minute (${lateness.length} published${writtenLate ? `; ${writtenLate} were written after their due time` : ''})`,
    note: `median ${(percentile(lateness, 0.5) / 1000).toFixed(1)} s, p99 ${(percentile(lateness, 0.99) / 1000).toFixed(1)} s, max ${(Math.max(...lateness) / 1000).toFixed(1)} s`,
  })

  await receiver.close()
  await payload.destroy()
  return rows
}
