/**
 * Postgres only: a connection of its own that LISTENs for the changes other instances announce
 * (announcePublicChange.ts) and moves this process's content version, so every instance stops
 * serving a stale public answer within moments of a commit anywhere. Reconnects after a failure,
 * and counts a reconnection as a change (a notification may have been missed meanwhile).
 */
import type { Payload } from 'payload'

import pg from 'pg'

import { whenDatabaseCloses } from '../whenDatabaseCloses.js'
import { PUBLIC_CHANGE_CHANNEL } from './announcePublicChange.js'
import { bumpContentVersion } from './contentVersion.js'

type PostgresAdapter = { name: string; poolOptions?: pg.PoolConfig }

const RETRY_MS = 1000

export const listenForPublicChanges = async (payload: Payload): Promise<void> => {
  const adapter = payload.db as unknown as PostgresAdapter
  if (adapter.name !== 'postgres' || !adapter.poolOptions) return
  const { connectionString, host, port, user, password, database } = adapter.poolOptions
  let client: pg.Client | undefined
  let isStopped = false

  const connect = async (): Promise<void> => {
    if (isStopped) return
    const next = new pg.Client({ connectionString, host, port, user, password, database, application_name: 'loa-public-cache-listener' })
    next.on('notification', (message) => {
      if (message.channel === PUBLIC_CHANGE_CHANNEL) bumpContentVersion()
    })
    next.on('error', (err) => {
      payload.logger.warn({ msg: '[public cache] lost the change listener; reconnecting', err })
      void next.end().catch(() => undefined)
      if (client === next) client = undefined
      setTimeout(() => void connect(), RETRY_MS).unref()
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`)
      client = next
      bumpContentVersion()
    } catch (err) {
      payload.logger.warn({ msg: '[public cache] cannot listen for changes yet; retrying', err })
      await next.end().catch(() => undefined)
      if (!isStopped) setTimeout(() => void connect(), RETRY_MS).unref()
    }
  }

  whenDatabaseCloses(payload, async () => {
    isStopped = true
    await client?.end()
  })
  await connect()
}
