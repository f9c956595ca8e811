/**
 * Loa's API routes — the very handlers Next.js serves from src/app/(payload)/api — behind
 * Node's own HTTP server, for tests that need a real server under real concurrency without
 * compiling the admin. The database comes from DATABASE_URI; prints "READY <port>" when it
 * answers. Run: NODE_OPTIONS="--conditions=development --conditions=@loa/source" node --import tsx tests/helpers/routeServerMain.ts
 */
// (A module: only dynamic imports below, on purpose.)
export {}

process.once('SIGTERM', () => process.exit(0))

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type RouteModule = Partial<Record<'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS', RouteHandler>>

const http = await import('node:http')
const rest = (await import('../../src/app/(payload)/api/[...slug]/route.js')) as RouteModule
const graphql = (await import('../../src/app/(payload)/api/graphql/route.js')) as RouteModule
const { getPayload } = await import('payload')
const { choosePeerAddressHeader } = await import('../../src/lib/peerAddress.js')
// As Loa's own server does (scripts/server.ts): the connection's address, for limits per client.
const peerAddressHeader = choosePeerAddressHeader()
const config = (await import('../../payload.config.js')).default
// Boot before listening, as `next start` does on its first request.
await getPayload({ config })

const server = http.createServer(async (incoming, outgoing) => {
  try {
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? '127.0.0.1'}`)
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [key, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(key, value)
      else if (Array.isArray(value)) headers.set(key, value.join(', '))
    }
    headers.set(peerAddressHeader, incoming.socket.remoteAddress ?? '')
    const method = (incoming.method ?? 'GET').toUpperCase() as keyof RouteModule
    const request = new Request(url, { body: chunks.length && method !== 'GET' ? Buffer.concat(chunks) : undefined, headers, method })
    const isGraphql = url.pathname === '/api/graphql'
    const handler = (isGraphql ? graphql : rest)[method]
    if (!url.pathname.startsWith('/api/') || !handler) {
      outgoing.writeHead(404).end()
      return
    }
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  } catch (err) {
    // A route handler that throws is a server fault: answer it as Next would.
    process.stderr.write(`[route server] ${String((err as Error)?.stack ?? err)}\n`)
    outgoing.writeHead(500).end()
  }
})
server.keepAliveTimeout = 30_000
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : ''}\n`)
})
