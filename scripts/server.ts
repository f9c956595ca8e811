/**
 * Loa's web server (`npm start`, and `npm run dev` with --dev): Next's own request handler
 * behind a plain Node HTTP server, for one reason. Route handlers get a web Request, headers
 * only, and Next's server writes the socket address into X-Forwarded-For only when a client
 * sent none; so a client choosing its own X-Forwarded-For could pass for anyone, and the
 * real address was lost. Here every request gets the socket address in a header whose name
 * is drawn when the server starts (src/lib/peerAddress.ts), overwriting anything a client
 * sent under that name; the app trusts X-Forwarded-For only when that address is one of
 * LOA_TRUSTED_PROXIES. Everything else is Next's, as `next start` / `next dev` run it.
 *
 * PORT (3000) and LOA_HOST (every interface) say where to listen.
 */
// (A module: only dynamic imports below, on purpose.)
export {}

const isDev = process.argv.includes('--dev')
// As `next dev` and `next start` do, and before anything reads it (Next types it read-only).
const env = process.env as Record<string, string | undefined>
if (isDev) env.NODE_ENV = 'development'
else env.NODE_ENV ??= 'production'

const port = Number(process.env.PORT || 3000)
const host = process.env.LOA_HOST || undefined

const http = await import('node:http')
const { default: next } = await import('next')
const { choosePeerAddressHeader } = await import('../src/lib/peerAddress.js')

const peerAddressHeader = choosePeerAddressHeader()
const app = next({ dev: isDev, hostname: host ?? 'localhost', port, ...(isDev ? { webpack: true } : {}) })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  req.headers[peerAddressHeader] = req.socket.remoteAddress ?? ''
  void handle(req, res)
})

let isStopping = false
const stop = (signal: string) => {
  if (isStopping) process.exit(1)
  isStopping = true
  console.info(`[server] ${signal}: finishing the requests in hand, then stopping`)
  server.close(() => void app.close().finally(() => process.exit(0)))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 10_000).unref()
}
process.once('SIGTERM', () => stop('SIGTERM'))
process.once('SIGINT', () => stop('SIGINT'))

server.listen(port, host, () => {
  console.info(`[server] Loa ${isDev ? '(development)' : ''} listening on http://${host ?? 'localhost'}:${port}`)
})
