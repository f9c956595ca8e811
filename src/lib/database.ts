/**
 * The one module that knows which database Loa runs on. DATABASE_URI picks the adapter:
 * unset or `file:` → embedded SQLite, `postgres://` → Postgres, `mongodb://` → MongoDB.
 */
import type { DatabaseAdapterObj } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { addMissingPostgresIndexes, addMissingSqliteIndexes, addPostgresSearchIndexes } from './databaseIndexes.js'
import { pinQueriesToRequestTransaction } from './pinQueriesToRequestTransaction.js'
import { withSqliteSearchIndex } from './sqliteSearchIndex.js'
import { withSqliteTransactions } from './sqliteSingleWriter.js'

export const DEFAULT_DATABASE_URI = 'file:./data/loa.db'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKindOf = (uri: string): DatabaseKind => {
  if (uri.startsWith('file:') || uri.startsWith('libsql:')) return 'sqlite'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(`[loa] DATABASE_URI "${uri.replace(/\/\/[^@]*@/, '//…@')}" is not supported: use file:./data/loa.db, postgres://… or mongodb://…`)
}

const numberFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * The Postgres pool. A request that cannot get a connection within the acquire timeout fails
 * (answered 503 with Retry-After, see databaseBusy.ts) instead of waiting without end, and
 * Postgres itself ends a session left idle inside a transaction, so a stuck request can never
 * hold a connection (and the row locks it took) for longer than that.
 */
export const postgresPoolSettings = (uri: string) => ({
  connectionString: uri,
  max: numberFromEnv('DATABASE_POOL_MAX', 10),
  connectionTimeoutMillis: numberFromEnv('DATABASE_POOL_ACQUIRE_TIMEOUT_MS', 15_000),
  options: `-c idle_in_transaction_session_timeout=${numberFromEnv('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000)}`,
})

type Options = {
  /** Let Payload push the schema instead of relying on migrations (development and tests). */
  isSchemaPushed?: boolean
  uri?: string
}

/**
 * The adapter for `uri`. Only that adapter's package is loaded: each one (with its driver) adds
 * about a second and 70 MiB to a process's start, and a deployment uses one.
 */
export const databaseAdapterFor = async ({
  isSchemaPushed,
  uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
}: Options = {}): Promise<DatabaseAdapterObj> => {
  const kind = databaseKindOf(uri)
  const push = isSchemaPushed ?? process.env.NODE_ENV !== 'production'
  if (kind === 'sqlite') {
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    const file = uri.replace(/^file:/, '')
    if (uri.startsWith('file:')) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    const busyTimeoutMs = numberFromEnv('DATABASE_BUSY_TIMEOUT_MS', 10_000)
    return pinQueriesToRequestTransaction(
      withSqliteTransactions({
        adapterObj: withSqliteSearchIndex(
          sqliteAdapter({
            afterSchemaInit: [addMissingSqliteIndexes],
            client: { url: uri },
            push,
            migrationDir: path.join(projectRoot, 'migrations/sqlite'),
            // A worker process and the web server write to one file: let writers wait for each
            // other rather than fail, and let readers go on while one writes.
            busyTimeout: busyTimeoutMs,
            wal: uri.startsWith('file:'),
            // Each request's writes commit or roll back together, as on Postgres (see sqliteSingleWriter.ts).
            transactionOptions: { behavior: 'immediate' },
          }),
        ),
        busyTimeoutMs,
        lockTimeoutMs: numberFromEnv('DATABASE_POOL_ACQUIRE_TIMEOUT_MS', 15_000),
      }),
    )
  }
  if (kind === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    return pinQueriesToRequestTransaction(
      postgresAdapter({
        afterSchemaInit: [addMissingPostgresIndexes, addPostgresSearchIndexes],
        // Trigram indexes serve the accent-insensitive search's ILIKE '%…%' (see databaseIndexes.ts).
        extensions: ['pg_trgm'],
        pool: postgresPoolSettings(uri),
        push,
        migrationDir: path.join(projectRoot, 'migrations/postgres'),
      }),
    )
  }
  const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
  return mongooseAdapter({ url: uri })
}
