/**
 * A plugin booted alone, as another Payload project would use it: the plugin's own dev config
 * (plugins/<name>/dev/config.ts: users, one plain collection, the plugin) on a fresh database,
 * through Payload's own adapters — none of Loa's collections, hooks or database wrappers.
 */
import type { DatabaseAdapterObj, Payload, SanitizedConfig } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'

import type { AdapterName } from './adapters.js'

import { createFreshDatabase } from './testPayload.js'

const settleWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms).unref())])

export type StandalonePayload = { adapter: AdapterName; databaseUri: string; payload: Payload; cleanup: () => Promise<void> }

/** Payload's adapter for the URI, schema pushed, nothing of Loa's around it. */
export const plainDatabaseAdapter = (adapter: AdapterName, uri: string): DatabaseAdapterObj => {
  if (adapter === 'sqlite') return sqliteAdapter({ client: { url: uri }, push: true })
  if (adapter === 'postgres') return postgresAdapter({ pool: { connectionString: uri }, push: true })
  throw new Error(`[standalone tests] no plain adapter for ${adapter} yet`)
}

export const createStandalonePayload = async (
  adapter: AdapterName,
  devConfig: (args: { db: DatabaseAdapterObj; serverURL: string }) => Promise<SanitizedConfig>,
): Promise<StandalonePayload> => {
  const database = await createFreshDatabase(adapter)
  const config = await devConfig({ db: plainDatabaseAdapter(adapter, database.uri), serverURL: 'http://localhost:3000' })
  const payload = await getPayload({ config, key: `standalone:${database.uri}` })
  return {
    adapter,
    databaseUri: database.uri,
    payload,
    cleanup: async () => {
      const db = payload.db as unknown as {
        client?: { close?: () => void }
        pool?: { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> }
      }
      await settleWithin(payload.destroy(), 3000)
      db.pool?.on('error', () => undefined)
      await database.drop()
      // pool.end() waits for a client payload.destroy() leaves checked out: it never settles.
      if (db.pool) await settleWithin(db.pool.end(), 3000)
      db.client?.close?.()
    },
  }
}
