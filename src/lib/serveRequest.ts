/**
 * How the server takes each request: in a line, then in a request scope of its own.
 *
 * The line: a Node process has one thread. Two hundred requests worked on at once each get a
 * two-hundredth of it, and a writer then holds its database connection (or SQLite's write lock)
 * for the whole, stretched length of its transaction — long enough for every other request to
 * wait past the pool's timeout. So at most LOA_MAX_CONCURRENT_REQUESTS requests are worked on at
 * once and the others wait their turn, holding nothing; a request that waits longer than
 * LOA_REQUEST_QUEUE_TIMEOUT_MS is answered 503 with Retry-After.
 *
 * The scope: see requestScope.ts. Payload swallows some database errors — a user whose record
 * could not be read is treated as logged out, and then refused 403 — so a request that met a
 * busy database is answered 503 unless it wrote successfully: its answer would say something
 * untrue.
 */
import type { PublicCacheRules } from './publicCache/cacheablePublicRequest.js'

import { busyDatabaseResponse, isDatabaseBusy } from './databaseBusy.js'
import { publicCacheKeyOf } from './publicCache/cacheablePublicRequest.js'
import { servePublicRead } from './publicCache/servePublicRead.js'
import { currentRequestScope, runInRequestScope } from './requestScope.js'
import { createWaitingLine } from './waitingLine.js'

const numberFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

let requestLine: ReturnType<typeof createWaitingLine> | undefined
const lineOfRequests = () =>
  (requestLine ??= createWaitingLine({
    places: numberFromEnv('LOA_MAX_CONCURRENT_REQUESTS', 16),
    timeoutMs: numberFromEnv('LOA_REQUEST_QUEUE_TIMEOUT_MS', 30_000),
    what: 'request queue',
  }))

/** Runs `work` once admitted, in a fresh request scope (admin server functions). */
export const serveInRequestScope = <T>(work: () => Promise<T>): Promise<T> => lineOfRequests().run(() => runInRequestScope(work))

/**
 * Serves one HTTP request: an anonymous public read from the public cache when it can (a hit
 * waits in no line); otherwise admitted in turn, in its own scope, 503 when the database was
 * too busy.
 */
export const respondInRequestScope = async (
  request: Request | undefined,
  work: () => Promise<Response>,
  { publicCache }: { publicCache?: PublicCacheRules } = {},
): Promise<Response> => {
  const key = request && publicCache ? publicCacheKeyOf(request, publicCache) : undefined
  if (key && request) return servePublicRead({ key, request, compute: () => respondAdmitted(request, work) })
  return respondAdmitted(request, work)
}

const respondAdmitted = async (request: Request | undefined, work: () => Promise<Response>): Promise<Response> => {
  try {
    return await serveInRequestScope(async () => {
      const response = await work()
      if (!currentRequestScope()?.hasMetBusyDatabase || response.status === 503) return response
      const isRead = !request || request.method === 'GET' || request.method === 'HEAD'
      const isSuccessfulWrite = !isRead && response.status < 400
      return isSuccessfulWrite ? response : busyDatabaseResponse()
    })
  } catch (err) {
    if (isDatabaseBusy(err)) return busyDatabaseResponse()
    throw err
  }
}

/** A Next.js route handler whose every call is served by respondInRequestScope. */
export const withRequestScope =
  <Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>, options: { publicCache?: PublicCacheRules } = {}) =>
  (request: Request, ...rest: Rest): Promise<Response> =>
    respondInRequestScope(request, () => handler(request, ...rest), options)
