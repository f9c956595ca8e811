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
      const pool = (payload.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> } }).pool
      await payload.destroy().catch(() => undefined)
      pool?.on('error', () => undefined)
      await database.drop()
      // Payload keeps one pooled client checked out; pool.end() waits for it forever, so it gets a few seconds.
      if (pool) await Promise.race([pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3000).unref())])
    },
  }
}
