/**
 * A bare HTTP server around Payload's REST handler (the same `handleEndpoints` the Next.js
 * route calls), so Loa and plain Payload are compared on identical plumbing. Loa's requests go
 * through what Loa's own API route adds around it (src/app/(payload)/api/[...slug]/route.ts):
 * a request scope each, and anonymous GETs through the public cache. Without it the feeds were
 * rendered on every request (the feed plugin's own cache is off in Loa).
 * Both start as a production server does: on the schema the data set was written with (no
 * development schema push, which compares every table with the database at each start).
 * Usage: tsx bench/apiServer.ts <loa|plain> <databaseUri> <port>
 */
import http from 'node:http'
import { getPayload, handleEndpoints } from 'payload'

import { LOA_PUBLIC_CACHE_RULES } from '../src/lib/publicCache/loaPublicCacheRules.js'
import { respondInRequestScope } from '../src/lib/serveRequest.js'

const [, , flavour, databaseUri, portText] = process.argv
const startedAt = Date.now()

const config =
  flavour === 'plain'
    ? (await import('./plain.config.js')).plainPayloadConfig(databaseUri, { isSchemaPushed: false })
    : (await import('../payload.config.js')).loaConfig({
        databaseUri,
        isSchemaPushed: false,
        isSeededWhenEmpty: false,
        serverURL: `http://127.0.0.1:${portText}`,
      })

await getPayload({ config })

const server = http.createServer(async (incoming, outgoing) => {
  try {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [key, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(key, value)
    const request = new Request(`http://127.0.0.1:${portText}${incoming.url}`, {
      body: chunks.length && incoming.method !== 'GET' && incoming.method !== 'HEAD' ? Buffer.concat(chunks) : undefined,
      headers,
      method: incoming.method,
    })
    const handle = () => handleEndpoints({ config, request })
    const response =
      flavour === 'plain'
        ? await handle()
        : await respondInRequestScope(request, handle, request.method === 'GET' ? { publicCache: LOA_PUBLIC_CACHE_RULES } : {})
    outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  } catch (err) {
    outgoing.writeHead(500)
    outgoing.end(String(err))
  }
})

server.listen(Number(portText), '127.0.0.1', () => {
  process.stdout.write(`READY ${Date.now() - startedAt}\n`)
})
process.on('SIGTERM', () => process.exit(0))
// What the server holds rather than the garbage it has made: the bench asks after its load steps
// (bench/lib/processes.ts starts it with --expose-gc).
process.on('SIGUSR2', () => {
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect) collect()
  const usage = process.memoryUsage()
  const mib = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10
  process.stdout.write(
    `HEAP ${JSON.stringify({ heapUsedMiB: mib(usage.heapUsed), heapTotalMiB: mib(usage.heapTotal), externalMiB: mib(usage.external), rssMiB: mib(usage.rss), collected: Boolean(collect) })}\n`,
  )
})
