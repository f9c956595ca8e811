/**
 * Counts for the limits per client (registrations, logins, citizens' questions) that hold
 * however many instances run: in Redis when REDIS_URL is set, else in a table of the Postgres
 * database, else (SQLite: one instance) in this process's memory. Backed by
 * rate-limiter-flexible; a window starts with its first attempt. When the shared store cannot
 * answer, this process's own count stands in for it, so a Redis or database hiccup neither
 * locks everyone out nor lets everyone through.
 */
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

export type SharedRateLimit = { max: number; windowMs: number }
export type SharedRateLimitVerdict = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

/** The same shape as the plugins' `rateLimitStore` option. */
export type SharedRateLimitStore = {
  hit: (args: { key: string; limit: SharedRateLimit; now: number }) => Promise<SharedRateLimitVerdict>
  /** Where the counts live, for the log and the tests. */
  kind: 'memory' | 'postgres' | 'redis'
  close: () => Promise<void>
}

// A schema of its own: Payload's schema push manages `public` and would offer to drop a table
// it does not know (and wait for an answer), in development and in the tests.
const SCHEMA = 'loa_runtime'
const TABLE = 'rate_limits'

type LimiterFactory = (options: { keyPrefix: string; points: number; duration: number; insuranceLimiter: RateLimiterMemory }) => RateLimiterAbstract

/**
 * `factory` resolves once the store's client is ready; the Redis and Postgres clients are
 * loaded then, so a process on SQLite (or one that never counts) does not load them at all.
 */
const storeOver = (kind: SharedRateLimitStore['kind'], ready: Promise<LimiterFactory>, close: () => Promise<void>): SharedRateLimitStore => {
  const limiters = new Map<string, RateLimiterAbstract>()
  const limiterFor = (factory: LimiterFactory, { max, windowMs }: SharedRateLimit) => {
    const duration = Math.max(1, Math.ceil(windowMs / 1000))
    const keyPrefix = `loa-${max}-${duration}`
    let limiter = limiters.get(keyPrefix)
    if (!limiter) {
      limiter = factory({ keyPrefix, points: max, duration, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points: max, duration }) })
      limiters.set(keyPrefix, limiter)
    }
    return limiter
  }
  return {
    kind,
    close,
    hit: async ({ key, limit }) => {
      const factory = await ready
      try {
        await limiterFor(factory, limit).consume(key)
        return { isAllowed: true }
      } catch (err) {
        if (err instanceof RateLimiterRes) return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) }
        throw err
      }
    },
  }
}

export const createMemoryStore = (): SharedRateLimitStore =>
  storeOver(
    'memory',
    Promise.resolve(({ keyPrefix, points, duration }) => new RateLimiterMemory({ keyPrefix, points, duration })),
    async () => undefined,
  )

export const createRedisStore = (url: string): SharedRateLimitStore => {
  const ready = import('ioredis').then(async ({ Redis }) => {
    // Counts wait (a second at most) for the first connection; after that a lost connection fails
    // a count at once and the insurance count answers, until Redis is back.
    const client = new Redis(url, {
      connectTimeout: 1000,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    })
    client.on('error', () => undefined)
    await new Promise<void>((resolve) => {
      client.once('ready', () => resolve())
      setTimeout(resolve, 1000).unref()
    })
    const factory: LimiterFactory = (options) => new RateLimiterRedis({ ...options, storeClient: client, useRedisPackage: false })
    return { client, factory }
  })
  return storeOver(
    'redis',
    ready.then(({ factory }) => factory),
    async () => {
      ;(await ready).client.disconnect()
    },
  )
}

export const createPostgresStore = (connectionString: string): SharedRateLimitStore => {
  const ready = import('pg').then(async ({ default: pg }) => {
    // A pool of its own: a count is asked for while the request may hold one of Payload's connections.
    const pool = new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 2000 })
    pool.on('error', () => undefined)
    // Made once, before the first count (not a Payload collection: nothing to migrate).
    await pool
      .query(
        `CREATE SCHEMA IF NOT EXISTS "${SCHEMA}"; CREATE TABLE IF NOT EXISTS "${SCHEMA}"."${TABLE}" (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
      )
      .catch(() => undefined)
    const factory: LimiterFactory = (options) =>
      new RateLimiterPostgres({ ...options, storeClient: pool, schemaName: SCHEMA, tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false })
    return { factory, pool }
  })
  return storeOver(
    'postgres',
    ready.then(({ factory }) => factory),
    async () => {
      await (await ready).pool.end()
    },
  )
}

const storeFor = (databaseUri: string): SharedRateLimitStore => {
  if (process.env.REDIS_URL) return createRedisStore(process.env.REDIS_URL)
  if (/^postgres(ql)?:\/\//.test(databaseUri)) return createPostgresStore(databaseUri)
  return createMemoryStore()
}

/**
 * The store for this deployment (REDIS_URL, else a Postgres DATABASE_URI, else memory),
 * connected on its first count: a process that never counts (a script, a worker) opens nothing.
 */
export const rateLimitStoreFromEnv = (databaseUri: string): SharedRateLimitStore => {
  let store: SharedRateLimitStore | undefined
  const kind: SharedRateLimitStore['kind'] = process.env.REDIS_URL ? 'redis' : /^postgres(ql)?:\/\//.test(databaseUri) ? 'postgres' : 'memory'
  return {
    kind,
    hit: (args) => (store ??= storeFor(databaseUri)).hit(args),
    close: async () => {
      await store?.close()
      store = undefined
    },
  }
}
