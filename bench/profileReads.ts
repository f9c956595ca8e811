/**
 * Where an uncached read's time goes: serves REST list pages, then single documents, in this
 * process, exactly as bench/apiServer.ts does (Loa with its public cache off, or plain Payload),
 * under V8's sampling profiler, and prints the CPU each part of the stack spends per read:
 * `PROFILE [json]` on the last line, one entry per kind of read. bench/run.ts runs it once per
 * flavour, each in a process of its own, and puts the two side by side next to the uncached-read
 * target rows.
 * Usage: tsx bench/profileReads.ts <loa|plain> <databaseUri> <campaignId> <pages>
 */
import inspector from 'node:inspector/promises'
import { getPayload, handleEndpoints } from 'payload'

import { partOfStack, type StackPart } from './lib/partOfStack.js'

const [, , flavour, databaseUri, campaignId, pagesText] = process.argv
const WARM_REQUESTS = 100
const PROFILED_REQUESTS = 300
const DETAIL_IDS = 300
const SAMPLING_INTERVAL_US = 100

// Loa as the bench's cache-off server runs it: every read computed.
process.env.LOA_PUBLIC_CACHE_MAX_MB = '0'
const config =
  flavour === 'plain'
    ? (await import('./plain.config.js')).plainPayloadConfig(databaseUri as string, { isSchemaPushed: false })
    : (await import('../payload.config.js')).loaConfig({
        databaseUri: databaseUri as string,
        isSchemaPushed: false,
        isSeededWhenEmpty: false,
        serverURL: 'http://127.0.0.1:1',
      })
const payload = await getPayload({ config })
const { respondInRequestScope } = await import('../src/lib/serveRequest.js')
const { LOA_PUBLIC_CACHE_RULES } = await import('../src/lib/publicCache/loaPublicCacheRules.js')

const pages = Math.max(1, Number(pagesText))
const { docs } = await payload.find({ collection: 'reports', depth: 0, limit: DETAIL_IDS, select: {} })
const ids = docs.map((doc) => doc.id)
let served = 0
const serve = async (path: string) => {
  served += 1
  const request = new Request(`http://127.0.0.1:1${path}`)
  const handle = () => handleEndpoints({ config, request })
  const response = flavour === 'plain' ? await handle() : await respondInRequestScope(request, handle, { publicCache: LOA_PUBLIC_CACHE_RULES })
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
  await response.arrayBuffer()
}
const reads = {
  list: () => serve(`/api/reports?limit=20&page=${1 + (served % pages)}&where[campaign][equals]=${campaignId}`),
  detail: () => serve(`/api/reports/${ids[served % ids.length]}`),
}

const session = new inspector.Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US })

const profileOf = async (read: keyof typeof reads) => {
  for (let i = 0; i < WARM_REQUESTS; i += 1) await reads[read]()
  await session.post('Profiler.start')
  const cpuAtStart = process.cpuUsage()
  for (let i = 0; i < PROFILED_REQUESTS; i += 1) await reads[read]()
  const cpu = process.cpuUsage(cpuAtStart)
  const { profile } = await session.post('Profiler.stop')
  // Self time per sampled node, summed by the part of the stack its code belongs to.
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const microsecondsByPart = new Map<StackPart, number>()
  profile.samples?.forEach((nodeId, index) => {
    const node = nodes.get(nodeId)
    if (!node) return
    const part = partOfStack(node.callFrame.functionName, node.callFrame.url)
    microsecondsByPart.set(part, (microsecondsByPart.get(part) ?? 0) + (profile.timeDeltas?.[index] ?? 0))
  })
  const msPerRead = (microseconds: number) => Math.round((microseconds / 1000 / PROFILED_REQUESTS) * 1000) / 1000
  // The samples see only the main thread; what the process spent beyond them ran on V8's other
  // threads (concurrent marking and sweeping grow with the garbage a read leaves), so it is a part too.
  const onMainThread = [...microsecondsByPart].filter(([part]) => part !== 'idle').reduce((sum, [, microseconds]) => sum + microseconds, 0)
  microsecondsByPart.set('other threads (V8’s background GC and compiler, the profiler’s sampler)', Math.max(0, cpu.user + cpu.system - onMainThread))
  return {
    flavour,
    read,
    requests: PROFILED_REQUESTS,
    cpuMsPerRead: msPerRead(cpu.user + cpu.system),
    parts: Object.fromEntries([...microsecondsByPart].map(([part, microseconds]) => [part, msPerRead(microseconds)])),
  }
}

const profiles = [await profileOf('list'), await profileOf('detail')]
process.stdout.write(`PROFILE ${JSON.stringify(profiles)}\n`)
process.exit(0)
