/**
 * A fresh Loa instance on a fresh database for one test file: a new SQLite file, a new
 * Postgres database (dropped at the end), or a new MongoDB database.
 */
import type { Config, Payload, Plugin } from 'payload'

import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload } from 'payload'

import type { AdapterName } from './adapters.js'
import { POSTGRES_ADMIN_URI } from './adapters.js'

export type TestPayload = {
  adapter: AdapterName
  databaseUri: string
  payload: Payload
  /** Closes connections and drops the database. */
  cleanup: () => Promise<void>
}

type Options = {
  email?: Config['email']
  extraPlugins?: Plugin[]
  /** The configured public address; null leaves it to the environment (LOA_PUBLIC_URL), as a server would. */
  serverURL?: string | null
}

const uniqueName = () => `loa_test_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`

const withAdminClient = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URI })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export const createFreshDatabase = async (adapter: AdapterName): Promise<{ uri: string; drop: () => Promise<void> }> => {
  const name = uniqueName()
  if (adapter === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-test-'))
    return { uri: `file:${path.join(dir, `${name}.db`)}`, drop: async () => fs.rmSync(dir, { force: true, recursive: true }) }
  }
  if (adapter === 'postgres') {
    await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`))
    const uri = new URL(POSTGRES_ADMIN_URI)
    uri.pathname = `/${name}`
    return {
      uri: uri.toString(),
      drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    }
  }
  const base = new URL(process.env.MONGODB_URI as string)
  base.pathname = `/${name}`
  return { uri: base.toString(), drop: async () => undefined }
}

const settleWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms).unref())])

/**
 * Ends the adapter's own connections and drops the database. payload.destroy() leaves the
 * Postgres pool open with a client still checked out, so the database is dropped first
 * (WITH FORCE ends that backend) and the pool ended after.
 */
export const closeDatabase = async (payload: Payload, drop: () => Promise<void>) => {
  const db = payload.db as unknown as {
    pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
    client?: { close?: () => void }
    connection?: { dropDatabase?: () => Promise<void>; close?: () => Promise<void> }
  }
  await payload.destroy().catch(() => undefined)
  // The forced drop ends the pooled backends; their clients then report it as an error.
  db.pool?.on('error', () => undefined)
  await drop()
  if (db.pool) await settleWithin(db.pool.end(), 3000)
  if (db.client?.close) db.client.close()
  if (payload.db.name === 'mongoose' && db.connection?.dropDatabase) {
    await db.connection.dropDatabase().catch(() => undefined)
    await db.connection.close?.().catch(() => undefined)
  }
}

export const createTestPayload = async (adapter: AdapterName, options: Options = {}): Promise<TestPayload> => {
  const database = await createFreshDatabase(adapter)
  process.env.PAYLOAD_SECRET ||= 'loa-test-secret-loa-test-secret-0123456789'
  const { loaConfig } = await import('../../payload.config.js')
  const config = await loaConfig({
    databaseUri: database.uri,
    email: options.email,
    extraPlugins: options.extraPlugins,
    isSchemaPushed: true,
    isSeededWhenEmpty: false,
    serverURL: options.serverURL === null ? undefined : (options.serverURL ?? 'http://localhost:3000'),
  })
  // getPayload caches one instance per process; tests need one per database.
  const payload = await getPayload({ config, key: database.uri })
  return {
    adapter,
    databaseUri: database.uri,
    payload,
    cleanup: async () => {
      await closeDatabase(payload, database.drop)
    },
  }
}
