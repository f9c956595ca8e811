/**
 * The one module that knows which database Loa runs on. DATABASE_URI picks the adapter:
 * unset or `file:` → embedded SQLite, `postgres://` → Postgres, `mongodb://` → MongoDB.
 */
import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { addMissingPostgresIndexes, addMissingSqliteIndexes } from './databaseIndexes.js'

export const DEFAULT_DATABASE_URI = 'file:./data/loa.db'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKindOf = (uri: string): DatabaseKind => {
  if (uri.startsWith('file:') || uri.startsWith('libsql:')) return 'sqlite'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `[loa] DATABASE_URI "${uri.replace(/\/\/[^@]*@/, '//…@')}" is not supported: use file:./data/loa.db, postgres://… or mongodb://…`,
  )
}

type Options = {
  /** Let Payload push the schema instead of relying on migrations (development and tests). */
  isSchemaPushed?: boolean
  uri?: string
}

export const databaseAdapterFor = ({ isSchemaPushed, uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI }: Options = {}): DatabaseAdapterObj => {
  const kind = databaseKindOf(uri)
  const push = isSchemaPushed ?? process.env.NODE_ENV !== 'production'
  if (kind === 'sqlite') {
    const file = uri.replace(/^file:/, '')
    if (uri.startsWith('file:')) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    return sqliteAdapter({
      afterSchemaInit: [addMissingSqliteIndexes],
      client: { url: uri },
      push,
      migrationDir: path.join(projectRoot, 'migrations/sqlite'),
      // A worker process and the web server write to one file: let writers wait for each
      // other rather than fail, and let readers go on while one writes.
      busyTimeout: 10_000,
      wal: uri.startsWith('file:'),
    })
  }
  if (kind === 'postgres') {
    return postgresAdapter({
      afterSchemaInit: [addMissingPostgresIndexes],
      pool: { connectionString: uri, max: Number(process.env.DATABASE_POOL_MAX || 10) },
      push,
      migrationDir: path.join(projectRoot, 'migrations/postgres'),
    })
  }
  return mongooseAdapter({ url: uri })
}
