/**
 * A bare HTTP server around Payload's REST handler (the same `handleEndpoints` the Next.js
 * route calls), so Loa and plain Payload are compared on identical plumbing.
 * Usage: tsx bench/apiServer.ts <loa|plain> <databaseUri> <port>
 */
import http from 'node:http'
import { getPayload, handleEndpoints } from 'payload'

const [, , flavour, databaseUri, portText] = process.argv
const startedAt = Date.now()

const config =
  flavour === 'plain'
    ? (await import('./plain.config.js')).plainPayloadConfig(databaseUri)
    : (await import('../payload.config.js')).loaConfig({
        databaseUri,
        isSchemaPushed: true,
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
    const response = await handleEndpoints({ config, request })
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
