/**
 * Answers to anonymous public reads, kept in this process's memory until public content changes
 * (contentVersion.ts). Bounded in entries and bytes (oldest dropped first), so the cache cannot
 * grow a server's memory by more than LOA_PUBLIC_CACHE_MAX_MB. Concurrent misses of one address
 * share one computation, so a burst of readers after a publish asks the database once.
 */
import crypto from 'node:crypto'

import { currentContentVersion } from './contentVersion.js'

/**
 * `body` is the bytes as the server answered them, handed as they are to each response made from
 * them: the Response copies them once itself, and a second copy of ours doubled the garbage of
 * thousands of cached answers a second.
 */
export type CachedAnswer = { body: Uint8Array<ArrayBuffer>; headers: Array<[string, string]>; etag: string; lastModified: string | null; version: number }

/** Headers that belong to one connection or one reader, never to a shared answer. */
const PER_READER_HEADERS = /^(set-cookie|content-length|date|connection|keep-alive|transfer-encoding|x-loa-cache|cache-control|etag|access-control-.*)$/i

const numberFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

const maxBytes = () => numberFromEnv('LOA_PUBLIC_CACHE_MAX_MB', 16) * 1024 * 1024
const MAX_ENTRY_BYTES = 1024 * 1024

const entries = new Map<string, CachedAnswer>()
let storedBytes = 0
const inFlight = new Map<string, Promise<CachedAnswer | undefined>>()

const drop = (key: string) => {
  const entry = entries.get(key)
  if (!entry) return
  storedBytes -= entry.body.length
  entries.delete(key)
}

/** The fresh answer for `key`, if one is kept. */
export const cachedAnswer = (key: string): CachedAnswer | undefined => {
  const entry = entries.get(key)
  if (!entry) return undefined
  if (entry.version !== currentContentVersion()) {
    drop(key)
    return undefined
  }
  // Map order is insertion order: re-inserting keeps the most used last, dropped last.
  entries.delete(key)
  entries.set(key, entry)
  return entry
}

const etagOf = (body: Uint8Array) => `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`

/**
 * Computes the answer once for all who ask for `key` at the same time. `compute` returns the
 * server's response; only a 200 made entirely under one content version is kept.
 */
export const answerOnce = async (key: string, compute: () => Promise<Response>): Promise<{ response?: Response; answer?: CachedAnswer }> => {
  const sharing = inFlight.get(key)
  if (sharing) {
    const answer = await sharing
    if (answer) return { answer }
  }
  let settle: (answer: CachedAnswer | undefined) => void = () => undefined
  const promise = new Promise<CachedAnswer | undefined>((resolve) => {
    settle = resolve
  })
  inFlight.set(key, promise)
  const versionAtStart = currentContentVersion()
  try {
    const response = await compute()
    if (response.status !== 200) {
      settle(undefined)
      return { response }
    }
    const body = new Uint8Array(await response.arrayBuffer())
    const answer: CachedAnswer = {
      body,
      headers: [...response.headers.entries()].filter(([name]) => !PER_READER_HEADERS.test(name)),
      etag: response.headers.get('etag') ?? etagOf(body),
      lastModified: response.headers.get('last-modified'),
      version: versionAtStart,
    }
    // Content that changed while this answer was made may or may not be in it: serve it once, keep it not.
    if (versionAtStart === currentContentVersion() && body.length <= MAX_ENTRY_BYTES) {
      drop(key)
      entries.set(key, answer)
      storedBytes += body.length
      for (const oldest of entries.keys()) {
        if (storedBytes <= maxBytes()) break
        drop(oldest)
      }
    }
    settle(answer)
    return { answer }
  } catch (err) {
    settle(undefined)
    throw err
  } finally {
    inFlight.delete(key)
  }
}

/** Empties the cache (tests). */
export const clearPublicCache = (): void => {
  entries.clear()
  storedBytes = 0
}
