/**
 * `npm run bench`: Loa side by side with plain Payload and WordPress on one machine, in one run.
 * (WordPress, what a province would otherwise run, is set up and measured in bench/wordpress.ts.)
 * Writes bench/results/<date>.json and .md and prints the table. BENCH_ITEMS sets the data
 * set size (default 10,000); BENCH_SECONDS the length of each load step (default 5).
 */
import { createClient } from '@libsql/client'
import { execFileSync, execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { BENCH_PLACES, BENCH_TOPICS, generateBenchData } from './generateData.js'
import { runLoad, type LoadResult } from './lib/httpLoad.js'
import { medianOf } from './lib/median.js'
import { STACK_PARTS } from './lib/partOfStack.js'
import { startServer } from './lib/processes.js'
import { issueTargets } from './lib/targets.js'
import type { PipelineRow } from './pipeline.js'
import type { ReadProfile, ServerMemory } from './lib/targets.js'
import { benchAdminPages } from './adminPages.js'
import { benchSeveralInstances } from './severalInstances.js'
import { benchWordPress, WORDPRESS_TARGET } from './wordpress.js'
import { LOA_NODE_CONDITIONS } from '../scripts/nodeConditions.js'

const ITEMS = Number(process.env.BENCH_ITEMS || 10_000)
const SECONDS = Number(process.env.BENCH_SECONDS || 5)
const CONCURRENCY = [1, 10, 50]
const DRAIN_ITEMS = Number(process.env.BENCH_DRAIN_ITEMS || 500)
const LATENESS_ITEMS = Number(process.env.BENCH_LATENESS_ITEMS || 1000)
const FANOUT_TRIALS = Number(process.env.BENCH_FANOUT_TRIALS || 10)
const INSTANCE_ITEMS = Number(process.env.BENCH_INSTANCE_ITEMS || 2000)
const COLD_STARTS = 5
process.env.PAYLOAD_SECRET ||= 'bench-secret-bench-secret-bench-secret'
// Two fresh databases in one process: each needs its own schema push.
process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-'))
process.env.LOA_MEDIA_DIR = path.join(workDir, 'media')
const databases = {
  loa: `file:${path.join(workDir, 'loa.db')}`,
  plain: `file:${path.join(workDir, 'plain.db')}`,
  pipeline: `file:${path.join(workDir, 'pipeline.db')}`,
}

type Row = { scenario: string; target: string } & Partial<LoadResult> & { note?: string; values?: Record<string, number> }
type RunningServer = Awaited<ReturnType<typeof startServer>>

/**
 * One load step against a server, with what it cost the server: its CPU per answered request and
 * its peak RSS during the step (each step's peak is read on its own).
 */
const measureStep = async (server: RunningServer, load: Parameters<typeof runLoad>[0]) => {
  const cpuBefore = server.cpuSeconds()
  const result = await runLoad(load)
  const cpuMs = (server.cpuSeconds() - cpuBefore) * 1000
  const answered = result.requestsPerSecond * load.durationSeconds
  const serverCpuMsPerRequest = answered ? cpuMs / answered : Number.NaN
  const peakMiB = server.takePeakMiB()
  return {
    ...result,
    values: { serverCpuMsPerRequest, peakMiB },
    note: `server: ${serverCpuMsPerRequest.toFixed(2)} ms CPU per request, peak RSS ${peakMiB.toFixed(0)} MiB in this step`,
  }
}
const rows: Row[] = []

const generate = async (flavour: 'loa' | 'plain') => {
  const config =
    flavour === 'plain'
      ? (await import('./plain.config.js')).plainPayloadConfig(databases.plain)
      : (await import('../payload.config.js')).loaConfig({ databaseUri: databases.loa, isSchemaPushed: true, isSeededWhenEmpty: false })
  const payload = await getPayload({ config, key: flavour })
  const started = Date.now()
  const data = await generateBenchData(payload, ITEMS, `generate ${flavour.padEnd(5)}`)
  const seconds = (Date.now() - started) / 1000
  if (flavour === 'loa') {
    // A pull channel, so the portal-facing feeds have something to serve.
    await payload.create({
      collection: 'channels' as never,
      data: { name: 'Báo điện tử tỉnh', slug: 'bao-tinh', kind: 'feed', contentTypes: ['reports'], enabled: true } as never,
    })
  }
  await payload.destroy()
  return { ...data, seconds }
}

const measureSqlFloor = async (campaignId: number | string, ids: Array<number | string>) => {
  const client = createClient({ url: databases.loa })
  const listSql =
    'select r.id, l.title, r.slug, r.updated_at from reports r join reports_locales l on l._parent_id = r.id and l._locale = ? where r.campaign_id = ? and r._status = ? order by r.created_at desc limit 20 offset ?'
  const detailSql = 'select r.*, l.title, l.summary, l.body from reports r join reports_locales l on l._parent_id = r.id and l._locale = ? where r.id = ?'
  const pages = Math.max(1, Math.floor(ITEMS / 5 / 20))
  const time = async (label: string, run: () => Promise<unknown>) => {
    const latencies: number[] = []
    const until = Date.now() + SECONDS * 1000
    while (Date.now() < until) {
      const t = process.hrtime.bigint()
      await run()
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    latencies.sort((a, b) => a - b)
    rows.push({
      scenario: label,
      target: 'raw SQL (floor)',
      connections: 1,
      medianMs: latencies[Math.floor(latencies.length / 2)],
      p99Ms: latencies[Math.floor(latencies.length * 0.99)],
      requestsPerSecond: latencies.length / SECONDS,
      errors: 0,
      non2xx: 0,
    })
  }
  await time('list 20 by campaign', () => client.execute({ args: ['vi', campaignId, 'published', Math.floor(Math.random() * pages) * 20], sql: listSql }))
  await time('detail', () => client.execute({ args: ['vi', ids[Math.floor(Math.random() * ids.length)]], sql: detailSql }))
  client.close()
}

/** Portal-facing reads: the first (cold) answer, then cached answers, then the 304 path. */
const measureFeeds = async (url: string) => {
  const feeds = [
    { label: 'RSS, 50 newest', path: '/api/feeds/bao-tinh/rss.xml' },
    { label: 'campaign feed (JSON Feed)', path: '/api/feeds/campaigns/chien-dich-chuyen-doi-so-1/feed.json' },
    { label: 'workshops ICS', path: '/api/feeds/workshops.ics' },
  ]
  for (const feed of feeds) {
    const coldStarted = Date.now()
    const first = await fetch(`${url}${feed.path}`)
    await first.arrayBuffer()
    rows.push({ scenario: `${feed.label} cold`, target: 'Loa', note: `${Date.now() - coldStarted} ms, status ${first.status}` })
    const cached = await runLoad({ connections: 10, durationSeconds: SECONDS, makePath: () => feed.path, url })
    rows.push({ scenario: `${feed.label} cached`, target: 'Loa', ...cached })
    const etag = first.headers.get('etag')
    if (etag) {
      const notModified = await runLoad({ connections: 10, durationSeconds: SECONDS, headers: { 'if-none-match': etag }, makePath: () => feed.path, url })
      rows.push({ scenario: `${feed.label} 304`, target: 'Loa', ...notModified, non2xx: 0, note: 'If-None-Match' })
    }
  }
}

/** The two profiles of each uncached read side by side, by part of the stack. */
const readProfileTable = (profiles: ReadProfile[]): string[] =>
  (['list', 'detail'] as const).flatMap((read) => {
    const loa = profiles.find((profile) => profile.flavour === 'loa' && profile.read === read)
    const plain = profiles.find((profile) => profile.flavour === 'plain' && profile.read === read)
    const what = read === 'list' ? 'list page (20 items)' : 'document (by random id)'
    if (!loa || !plain) return ['', `**The uncached ${what} was not profiled.**`]
    const ms = (value: number | undefined) => (value ?? 0).toFixed(3)
    return [
      '',
      `Where an uncached ${what} spends its CPU (each server in-process under V8's sampling profiler, ${loa.requests} reads; Loa with its public cache off; the samples see the main thread, so the process's CPU beyond them is the "other threads" part):`,
      '',
      `| part of the stack | Loa, ms per read | plain Payload, ms per read | difference |`,
      '|---|---:|---:|---:|',
      ...STACK_PARTS.map(
        (part) => `| ${part} | ${ms(loa.parts[part])} | ${ms(plain.parts[part])} | ${((loa.parts[part] ?? 0) - (plain.parts[part] ?? 0)).toFixed(3)} |`,
      ),
      `| CPU per read, measured (process.cpuUsage) | ${ms(loa.cpuMsPerRead)} | ${ms(plain.cpuMsPerRead)} | ${(loa.cpuMsPerRead - plain.cpuMsPerRead).toFixed(3)} |`,
    ]
  })

/** Runs bench/profileReads.ts in a process of its own (one configuration per process). */
const profileUncachedReads = (flavour: 'loa' | 'plain', data: { campaignIds: Array<number | string> }): ReadProfile[] => {
  process.stderr.write(`profiling uncached reads: ${flavour}\n`)
  const pages = Math.max(1, Math.floor(ITEMS / data.campaignIds.length / 20))
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/profileReads.ts', flavour, databases[flavour], String(data.campaignIds[0]), String(pages)],
    {
      env: { ...process.env, NODE_OPTIONS: LOA_NODE_CONDITIONS, NODE_ENV: 'production', LOA_SEED: 'false' },
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  ).toString()
  return JSON.parse(/PROFILE (.*)\n?$/.exec(output.trim())?.[1] ?? '[]') as ReadProfile[]
}

const main = async () => {
  // The commit measured is the one checked out when the run starts.
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD').toString().trim()
    } catch {
      return 'unknown'
    }
  })()
  process.stderr.write(`Loa benchmark: ${ITEMS} items, ${SECONDS}s per step, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB\n`)
  const loaData = await generate('loa')
  // Before plain Payload's configuration is built in this process: it shares Loa's collection
  // objects, which Payload's sanitising changes in place (a Loa configuration built after it
  // refuses the campaigns' period dates). Each server runs in a process of its own.
  const instanceRows = await benchSeveralInstances({ items: INSTANCE_ITEMS, seconds: SECONDS, ports: [4111, 4112] })
  const plainData = await generate('plain')
  rows.push({ scenario: `generate ${ITEMS} items`, target: 'Loa', note: `${loaData.seconds.toFixed(0)} s` })
  rows.push({ scenario: `generate ${ITEMS} items`, target: 'plain Payload', note: `${plainData.seconds.toFixed(0)} s` })

  const memory: Record<string, ServerMemory> = {}
  // Cold starts, Loa and plain Payload in turn, five of each: one start is too noisy to compare
  // (the same server has taken 3.1 s and 4.2 s in one run). The median counts.
  const coldStarts: Record<'loa' | 'plain', number[]> = { loa: [], plain: [] }
  for (let round = 0; round < COLD_STARTS; round += 1) {
    process.stderr.write(`cold starts: round ${round + 1} of ${COLD_STARTS}\n`)
    for (const flavour of ['loa', 'plain'] as const) {
      const server = await startServer(['bench/apiServer.ts', flavour, databases[flavour], '4109'], { NODE_ENV: 'production' })
      coldStarts[flavour].push(server.readyMs)
      await server.stop()
    }
  }
  // The third run is Loa again with its public cache off: it shows what the cache costs in
  // memory and buys in throughput (the cache answers many times more requests, and their
  // garbage grows the heap).
  const servedAs = {
    loa: { flavour: 'loa', target: 'Loa', port: 4101, env: {} },
    plain: { flavour: 'plain', target: 'plain Payload', port: 4102, env: {} },
    loaCacheOff: { flavour: 'loa', target: 'Loa, public cache off', port: 4103, env: { LOA_PUBLIC_CACHE_MAX_MB: '0' } },
  } as const
  for (const run of ['loa', 'plain', 'loaCacheOff'] as const) {
    const { flavour, port, target } = servedAs[run]
    const data = flavour === 'loa' ? loaData : plainData
    // Both servers start as production runs them: NODE_ENV=production, so Loa's web process
    // leaves jobs to the workers (plain Payload has none), on the schema already there.
    const server = await startServer(['bench/apiServer.ts', flavour, databases[flavour], String(port)], { NODE_ENV: 'production', ...servedAs[run].env })
    const campaign = data.campaignIds[0]
    const pages = Math.max(1, Math.floor(ITEMS / data.campaignIds.length / 20))
    const url = `http://127.0.0.1:${port}`
    // Warm the caches once so the first measured step is not a cold start.
    await runLoad({ connections: 1, durationSeconds: 1, makePath: () => '/api/reports?limit=20', url })
    server.takePeakMiB()
    for (const connections of CONCURRENCY) {
      const list = await measureStep(server, {
        connections,
        durationSeconds: SECONDS,
        makePath: () => `/api/reports?limit=20&page=${1 + Math.floor(Math.random() * pages)}&where[campaign][equals]=${campaign}`,
        url,
      })
      rows.push({ scenario: 'REST list 20 by campaign', target, ...list })
      const detail = await measureStep(server, {
        connections,
        durationSeconds: SECONDS,
        makePath: () => `/api/reports/${data.reportIds[Math.floor(Math.random() * data.reportIds.length)]}`,
        url,
      })
      rows.push({ scenario: 'REST detail', target, ...detail })
    }
    if (run === 'loa') {
      // The accent-insensitive search over every item (served by the FTS5 trigram index): a
      // place and a topic, typed without diacritics, as a reader would.
      const search = await measureStep(server, {
        connections: 10,
        durationSeconds: SECONDS,
        makePath: () => {
          const place = BENCH_PLACES[Math.floor(Math.random() * BENCH_PLACES.length)]!
          const topic = BENCH_TOPICS[Math.floor(Math.random() * BENCH_TOPICS.length)]!
          return `/api/reports?limit=20&where[search][like]=${encodeURIComponent(`${place} ${topic}`.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))}`
        },
        url,
      })
      rows.push({ scenario: `REST search over ${ITEMS} items (place + topic)`, target, ...search })
    }
    // The steps every server runs (lists and details at 1, 10 and 50 clients): the like-for-like peak.
    const commonStepsPeakMiB = Math.max(
      ...rows
        .filter((row) => row.target === target && row.values?.peakMiB !== undefined && !row.scenario.startsWith('REST search'))
        .map((row) => row.values?.peakMiB as number),
    )
    if (run === 'loa') await measureFeeds(url)
    const heap = await server.heapAfterFullGc()
    memory[target] = {
      readyMs: run === 'loaCacheOff' ? server.readyMs : medianOf(coldStarts[flavour]),
      peakMiB: await server.stop(),
      commonStepsPeakMiB,
      heapAfterFullGcMiB: heap.heapUsedMiB,
      requestsServed: rows
        .filter((row) => row.target === target && row.requestsPerSecond !== undefined)
        .reduce((sum, row) => sum + (row.requestsPerSecond as number) * SECONDS, 0),
    }
  }
  // Where an uncached read's time goes, Loa (cache off) and plain Payload side by side.
  const readProfiles = (['loa', 'plain'] as const).flatMap((flavour) => profileUncachedReads(flavour, flavour === 'loa' ? loaData : plainData))
  rows.push(...(await benchWordPress({ items: ITEMS, seconds: SECONDS, concurrency: CONCURRENCY })))
  rows.push(...instanceRows)
  await measureSqlFloor(loaData.campaignIds[0], loaData.reportIds)
  const pipelineOutput = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/pipelineMain.ts', databases.pipeline, String(DRAIN_ITEMS), String(LATENESS_ITEMS), String(FANOUT_TRIALS)],
    { env: { ...process.env, NODE_OPTIONS: LOA_NODE_CONDITIONS }, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  ).toString()
  const pipelineRows = JSON.parse(/PIPELINE (.*)\n?$/.exec(pipelineOutput.trim())?.[1] ?? '[]') as PipelineRow[]
  for (const row of pipelineRows) {
    rows.push({ scenario: row.scenario, target: 'Loa pipeline', note: row.note, values: row.values })
  }

  rows.push(...(await benchAdminPages({ workDir })))

  for (const [target, m] of Object.entries(memory)) {
    const starts = target === 'Loa' ? coldStarts.loa : target === 'plain Payload' ? coldStarts.plain : [m.readyMs]
    rows.push({
      scenario: 'cold start → ready',
      target,
      note:
        starts.length > 1
          ? `median ${(m.readyMs / 1000).toFixed(1)} s (${starts.map((ms) => (ms / 1000).toFixed(1)).join(', ')})`
          : `${(m.readyMs / 1000).toFixed(1)} s`,
    })
    rows.push({ scenario: 'peak RSS under load', target, note: `${m.peakMiB.toFixed(0)} MiB` })
  }

  const ratio = (scenario: string, connections: number, over: string, under: string) => {
    const find = (target: string) => rows.find((r) => r.scenario === scenario && r.target === target && r.connections === connections)
    const top = find(over)
    const bottom = find(under)
    return top && bottom && bottom.requestsPerSecond ? (top.requestsPerSecond as number) / bottom.requestsPerSecond : Number.NaN
  }
  const ratios = CONCURRENCY.flatMap((c) =>
    ['REST list 20 by campaign', 'REST detail'].map((scenario) => ({
      scenario,
      connections: c,
      loaOverPlain: ratio(scenario, c, 'Loa', 'plain Payload'),
      loaOverWordPress: ratio(scenario, c, 'Loa', WORDPRESS_TARGET),
      plainOverWordPress: ratio(scenario, c, 'plain Payload', WORDPRESS_TARGET),
    })),
  )
  const wordPressMissing = rows.find((r) => r.target === WORDPRESS_TARGET && r.note?.startsWith('**NOT MEASURED**'))

  const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '' : n.toFixed(digits))
  const goals = issueTargets({ rows, memory, ratios, readProfiles })
  const table = [
    '| scenario | target | clients | median ms | p99 ms | req/s | errors | note |',
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.target} | ${r.connections ?? ''} | ${fmt(r.medianMs)} | ${fmt(r.p99Ms)} | ${fmt(r.requestsPerSecond, 0)} | ${r.errors === undefined ? '' : r.errors + (r.non2xx ?? 0)} | ${r.note ?? ''} |`,
    ),
    '',
    '| ratio (throughput) | clients | Loa ÷ plain Payload | Loa ÷ WordPress | plain Payload ÷ WordPress |',
    '|---|---:|---:|---:|---:|',
    ...ratios.map(
      (r) =>
        `| ${r.scenario} | ${r.connections} | ${fmt(r.loaOverPlain, 2)} | ${wordPressMissing ? 'not measured' : fmt(r.loaOverWordPress, 2)} | ${wordPressMissing ? 'not measured' : fmt(r.plainOverWordPress, 2)} |`,
    ),
    ...(wordPressMissing ? ['', `**WordPress was not measured**: ${wordPressMissing.note?.replace('**NOT MEASURED**: ', '')}`] : []),
    '',
    '| figure (issue 14) | measured in this run | target | met |',
    '|---|---|---|---|',
    ...goals.map(
      (goal) => `| ${goal.figure} | ${goal.measured} | ${goal.target} | ${goal.isMet === undefined ? 'not measured' : goal.isMet ? 'met' : '**not met**'} |`,
    ),
    ...readProfileTable(readProfiles),
  ].join('\n')
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
  const header = `# Loa benchmark ${new Date().toISOString()}\n\ncommit ${commit}; ${ITEMS} items; ${SECONDS}s per step; pipeline: ${FANOUT_TRIALS} fan-out items, ${DRAIN_ITEMS * 10} deliveries, ${LATENESS_ITEMS} scheduled items; ${machine}\n\n`
  fs.mkdirSync('bench/results', { recursive: true })
  fs.writeFileSync(`bench/results/${stamp}.md`, header + table + '\n')
  fs.writeFileSync(
    `bench/results/${stamp}.json`,
    JSON.stringify({ commit, items: ITEMS, seconds: SECONDS, machine, rows, ratios, goals, readProfiles }, null, 2),
  )
  process.stdout.write(`\n${header}${table}\n\nwritten to bench/results/${stamp}.md\n`)
  fs.rmSync(workDir, { force: true, recursive: true })
}

await main()
process.exit(0)
