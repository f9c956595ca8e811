/**
 * Serves anonymous public reads from the public cache: a fresh copy without touching the
 * database (304 when the reader already holds it), otherwise the server's answer, kept for the
 * next reader. Every such answer carries an ETag and a Cache-Control a CDN may honour.
 */
import type { CachedAnswer } from './publicResponseCache.js'

import { answerOnce, cachedAnswer } from './publicResponseCache.js'

const numberFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

/** How long a CDN or browser may keep a public answer, and serve it stale while it asks again. */
const cacheControl = () =>
  `public, max-age=${numberFromEnv('LOA_PUBLIC_MAX_AGE_SECONDS', 5)}, stale-while-revalidate=${numberFromEnv('LOA_PUBLIC_STALE_WHILE_REVALIDATE_SECONDS', 30)}`

/** If-None-Match decides when present; else If-Modified-Since (RFC 9110 §13.2.2). */
const isNotModified = (request: Request, answer: CachedAnswer) => {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === answer.etag.replace(/^W\//, ''))
  }
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '')
  const lastModified = Date.parse(answer.lastModified ?? '')
  return Number.isFinite(ifModifiedSince) && Number.isFinite(lastModified) && lastModified <= ifModifiedSince
}

const respondWith = (request: Request, answer: CachedAnswer, cacheStatus: 'HIT' | 'MISS'): Response => {
  const headers = new Headers(answer.headers)
  headers.set('Cache-Control', cacheControl())
  headers.set('ETag', answer.etag)
  headers.set('X-Loa-Cache', cacheStatus)
  if (isNotModified(request, answer)) return new Response(null, { status: 304, headers })
  headers.set('Content-Length', String(answer.body.length))
  return new Response(request.method === 'HEAD' ? null : answer.body, { status: 200, headers })
}

/** The cached answer when there is one; else `compute()`, kept when it is a 200. */
export const servePublicRead = async ({ key, request, compute }: { key: string; request: Request; compute: () => Promise<Response> }): Promise<Response> => {
  const hit = cachedAnswer(key)
  if (hit) return respondWith(request, hit, 'HIT')
  const { answer, response } = await answerOnce(key, compute)
  return answer ? respondWith(request, answer, 'MISS') : (response as Response)
}
