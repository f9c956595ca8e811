/**
 * The limits per client hold across instances: two stores (as two app instances would make)
 * count together in Postgres and in Redis, and a store that cannot reach its backend still
 * answers from the process's own count instead of failing every request.
 */
import net from 'node:net'

import type { SharedRateLimitStore } from '../../src/lib/rateLimits/sharedRateLimitStore.js'

import { createPostgresStore, createRedisStore } from '../../src/lib/rateLimits/sharedRateLimitStore.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createFreshDatabase } from '../helpers/testPayload.js'

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'

const isRedisReachable = () =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(REDIS_URL)
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    socket.setTimeout(1000)
    socket.once('connect', () => resolve(true))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => resolve(false))
  }).then((isUp) => isUp)

const limit = { max: 5, windowMs: 60_000 }

/** Seven attempts alternating between two instances' stores. */
const alternate = async (a: SharedRateLimitStore, b: SharedRateLimitStore, key: string) => {
  const verdicts: boolean[] = []
  for (let i = 0; i < 7; i += 1) verdicts.push((await (i % 2 ? b : a).hit({ key, limit, now: Date.now() })).isAllowed)
  return verdicts
}

const describeIfPostgres = adaptersUnderTest().includes('postgres') ? describe : describe.skip

describeIfPostgres('limits shared through Postgres', () => {
  let drop: () => Promise<void>
  let a: SharedRateLimitStore
  let b: SharedRateLimitStore

  beforeAll(async () => {
    const database = await createFreshDatabase('postgres')
    drop = database.drop
    a = createPostgresStore(database.uri)
    b = createPostgresStore(database.uri)
  })

  afterAll(async () => {
    await a?.close()
    await b?.close()
    await drop?.()
  })

  it('counts the attempts of both instances together and tells how long to wait', async () => {
    expect(await alternate(a, b, 'ip:203.0.113.7')).toEqual([true, true, true, true, true, false, false])
    const refused = await a.hit({ key: 'ip:203.0.113.7', limit, now: Date.now() })
    expect(refused.isAllowed === false && refused.retryAfterSeconds > 0 && refused.retryAfterSeconds <= 60).toBe(true)
    expect((await b.hit({ key: 'ip:203.0.113.8', limit, now: Date.now() })).isAllowed).toBe(true)
  })
})

describe('limits shared through Redis', () => {
  let a: SharedRateLimitStore
  let b: SharedRateLimitStore
  let isUp = false

  beforeAll(async () => {
    isUp = await isRedisReachable()
    if (!isUp) {
      const message = `[loa tests] REDIS NOT REACHABLE at ${REDIS_URL}: the Redis rate-limit store is not tested (start redis-server)`
      if (process.env.CI === 'true') throw new Error(message)
      process.stderr.write(`${message}\n`)
      return
    }
    a = createRedisStore(REDIS_URL)
    b = createRedisStore(REDIS_URL)
  })

  afterAll(async () => {
    await a?.close()
    await b?.close()
  })

  it('counts the attempts of both instances together', async () => {
    if (!isUp) return
    const key = `email:${Date.now()}-${Math.random()}@example.vn`
    expect(await alternate(a, b, key)).toEqual([true, true, true, true, true, false, false])
  })

  it("answers from the process's own count when Redis cannot be reached", async () => {
    const unreachable = createRedisStore('redis://127.0.0.1:1')
    try {
      const verdicts: boolean[] = []
      for (let i = 0; i < 7; i += 1) verdicts.push((await unreachable.hit({ key: 'ip:198.51.100.1', limit, now: Date.now() })).isAllowed)
      expect(verdicts).toEqual([true, true, true, true, true, false, false])
    } finally {
      await unreachable.close()
    }
  })
})
