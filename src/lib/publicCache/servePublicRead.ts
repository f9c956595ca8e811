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

const matchesEtag = (request: Request, etag: string) =>
  (request.headers.get('if-none-match') ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .includes(etag.replace(/^W\//, ''))

const respondWith = (request: Request, answer: CachedAnswer, cacheStatus: 'HIT' | 'MISS'): Response => {
  const headers = new Headers({ 'Cache-Control': cacheControl(), ETag: answer.etag, 'X-Loa-Cache': cacheStatus })
  if (answer.contentType) headers.set('Content-Type', answer.contentType)
  if (answer.lastModified) headers.set('Last-Modified', answer.lastModified)
  if (matchesEtag(request, answer.etag)) return new Response(null, { status: 304, headers })
  headers.set('Content-Length', String(answer.body.length))
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(answer.body), { status: 200, headers })
}

/** The cached answer when there is one; else `compute()`, kept when it is a 200. */
export const servePublicRead = async ({ key, request, compute }: { key: string; request: Request; compute: () => Promise<Response> }): Promise<Response> => {
  const hit = cachedAnswer(key)
  if (hit) return respondWith(request, hit, 'HIT')
  const { answer, response } = await answerOnce(key, compute)
  return answer ? respondWith(request, answer, 'MISS') : (response as Response)
}
