/**
 * Several instances: Loa's web process behind HAProxy on one Postgres database, with one and
 * then two web processes, under the same load. The ratio says how reads scale with processes on
 * this machine (two cores: the load generator, HAProxy and Postgres share them with the servers).
 *
 * Two kinds of read: a report's detail by random id (past the public cache's reach: almost every
 * id is asked once, so each answer costs the database and the process) and a campaign's list
 * page (the public cache answers once a page has been asked on that process).
 */
import fs from 'node:fs'
import pg from 'pg'
import { getPayload } from 'payload'

import { startLoadBalancer } from '../tests/helpers/loadBalancer.js'
import { generateBenchData } from './generateData.js'
import { runLoad } from './lib/httpLoad.js'
import { startServer, type RunningServer } from './lib/processes.js'

export type InstancesRow = {
  scenario: string
  target: string
  connections: number
  medianMs: number
  p99Ms: number
  requestsPerSecond: number
  errors: number
  non2xx: number
  note?: string
}

const ADMIN_URI = process.env.POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres'
const CONNECTIONS = 20

/** The machine's CPU time so far (all cores), busy and total, from /proc/stat. */
const cpuTimes = () => {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/)
  const values = fields.map(Number)
  const idle = (values[3] ?? 0) + (values[4] ?? 0)
  const total = values.reduce((sum, value) => sum + value, 0)
  return { busy: total - idle, total }
}

/** Runs a load step and notes how busy the whole machine was meanwhile: a saturated machine cannot scale. */
const loadWithCpu = async (options: Parameters<typeof runLoad>[0]) => {
  const before = cpuTimes()
  const result = await runLoad(options)
  const after = cpuTimes()
  const busyPercent = (100 * (after.busy - before.busy)) / Math.max(1, after.total - before.total)
  return { ...result, note: `machine CPU ${busyPercent.toFixed(0)} % busy during the step` }
}

const withAdmin = async (sql: string) => {
  const client = new pg.Client({ connectionString: ADMIN_URI })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export const benchSeveralInstances = async ({
  items,
  seconds,
  ports,
}: {
  items: number
  seconds: number
  ports: [number, number]
}): Promise<InstancesRow[]> => {
  const name = `loa_bench_instances_${process.pid}`
  const databaseUri = ADMIN_URI.replace(/\/[^/]*$/, `/${name}`)
  await withAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await withAdmin(`CREATE DATABASE ${name}`)
  const servers: RunningServer[] = []
  try {
    const config = (await import('../payload.config.js')).loaConfig({ databaseUri, isSchemaPushed: true, isSeededWhenEmpty: false })
    const payload = await getPayload({ config, key: 'instances' })
    // Closed before the database is dropped, whatever happens: a pool whose connections are
    // ended by the drop would throw from an event handler and take the whole run down.
    const data = await generateBenchData(payload, items, 'generate pg   ').finally(() => payload.destroy())

    // Web processes as production runs them: no jobs in the web process, the schema already there.
    for (const port of ports) servers.push(await startServer(['bench/apiServer.ts', 'loa', databaseUri, String(port)], { NODE_ENV: 'production' }))
    const rows: InstancesRow[] = []
    for (const backends of [1, 2] as const) {
      const balancer = await startLoadBalancer({ backends: ports.slice(0, backends) })
      try {
        const target = `Loa on Postgres, ${backends} web process${backends > 1 ? 'es' : ''} behind HAProxy`
        await runLoad({ connections: 2, durationSeconds: 1, makePath: () => '/api/reports?limit=20', url: balancer.url })
        const detail = await loadWithCpu({
          connections: CONNECTIONS,
          durationSeconds: seconds,
          makePath: () => `/api/reports/${data.reportIds[Math.floor(Math.random() * data.reportIds.length)]}`,
          url: balancer.url,
        })
        rows.push({ scenario: 'REST detail (random id, past the cache)', target, ...detail })
        const pages = Math.max(1, Math.floor(items / data.campaignIds.length / 20))
        const list = await loadWithCpu({
          connections: CONNECTIONS,
          durationSeconds: seconds,
          makePath: () => `/api/reports?limit=20&page=${1 + Math.floor(Math.random() * pages)}&where[campaign][equals]=${data.campaignIds[0]}`,
          url: balancer.url,
        })
        rows.push({ scenario: 'REST list 20 by campaign (cached per process)', target, ...list })
      } finally {
        await balancer.stop()
      }
    }
    return rows
  } finally {
    for (const server of servers) await server.stop().catch(() => undefined)
    await withAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined)
  }
}
