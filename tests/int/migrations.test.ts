/**
 * Production never pushes a schema: `npm start` applies the committed migrations
 * (migrations/postgres, migrations/sqlite). These tests apply them to an empty database, use
 * the result, and check that they still describe the current config — a collection or field
 * added without `npm run migrate:create` fails here.
 */
import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload } from 'payload'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createFreshDatabase } from '../helpers/testPayload.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'

type SqlAdapter = 'postgres' | 'sqlite'

type Migration = { name: string; up: (args: never) => Promise<void>; down: (args: never) => Promise<void> }

type DrizzleAdapter = {
  pool?: { query: (sql: string) => Promise<{ rows: Array<{ name: string }> }> }
  client?: { execute: (sql: string) => Promise<{ rows: Array<{ name: string }> }> }
  migrate: (args: { migrations: Migration[] }) => Promise<void>
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: unknown) => Promise<{ version: string }> | { version: string }
    generateMigration: (before: unknown, after: unknown) => Promise<string[]>
    upSnapshot?: (snapshot: unknown) => unknown
  }
  schema: unknown
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const sqlAdapters = adaptersUnderTest().filter((adapter): adapter is SqlAdapter => adapter !== 'mongodb')

const loadMigrations = async (adapter: SqlAdapter): Promise<Migration[]> => {
  const module = (await import(`../../migrations/${adapter}/index.js`)) as { migrations: Migration[] }
  return module.migrations
}

const latestSnapshot = (adapter: SqlAdapter): { file: string; snapshot: { version: string } } => {
  const dir = path.join(projectRoot, 'migrations', adapter)
  const file = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .at(-1)
  if (!file) throw new Error(`no migration snapshot in migrations/${adapter}: run \`npm run migrate:create\``)
  return { file, snapshot: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) }
}

const tablesIn = async (db: DrizzleAdapter, adapter: SqlAdapter): Promise<string[]> => {
  if (adapter === 'postgres') {
    const { rows } = await db.pool!.query(`select table_name as name from information_schema.tables where table_schema = 'public'`)
    return rows.map((row) => row.name)
  }
  const { rows } = await db.client!.execute(`select name from sqlite_master where type = 'table'`)
  return rows.map((row) => String(row.name))
}

describe.each(sqlAdapters)('committed migrations on %s', (adapter) => {
  let payload: Payload
  let drop: () => Promise<void>
  let db: DrizzleAdapter

  beforeAll(async () => {
    const database = await createFreshDatabase(adapter)
    drop = database.drop
    const { loaConfig } = await import('../../payload.config.js')
    const config = await loaConfig({ databaseUri: database.uri, isSchemaPushed: false, isSeededWhenEmpty: false, serverURL: 'http://localhost:3000' })
    payload = await getPayload({ config, key: `migrations-${database.uri}` })
    db = payload.db as unknown as DrizzleAdapter
  })
  afterAll(async () => {
    const pool = (payload?.db as unknown as { pool?: { end: () => Promise<void>; on: (e: 'error', l: () => void) => void } }).pool
    await payload?.destroy().catch(() => undefined)
    pool?.on('error', () => undefined)
    await drop?.()
    // payload.destroy() leaves a client checked out: the forced drop ended its backend, so the
    // pool's end is not awaited past a moment.
    if (pool) await Promise.race([pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3000).unref())])
  })

  it('describe the current schema (run `npm run migrate:create` after changing collections or fields)', async () => {
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const current = await generateDrizzleJson(db.schema)
    let { file, snapshot } = latestSnapshot(adapter)
    if (upSnapshot && snapshot.version < current.version) snapshot = upSnapshot(snapshot) as typeof snapshot
    const missing = await generateMigration(snapshot, current)
    expect({ snapshot: file, statementsStillToMigrate: missing }).toEqual({ snapshot: file, statementsStillToMigrate: [] })
  })

  it('create every table of the current schema on an empty database', async () => {
    expect(await tablesIn(db, adapter)).toEqual([])
    const migrations = await loadMigrations(adapter)
    await db.migrate({ migrations })

    const tables = await tablesIn(db, adapter)
    const expected = Object.keys(db.tables)
    expect(expected.filter((table) => !tables.includes(table))).toEqual([])
    const applied = await payload.find({ collection: 'payload-migrations', depth: 0 })
    expect(applied.docs.map((doc) => doc.name)).toEqual(migrations.map((migration) => migration.name))
  })

  it('carry the indexes the public lists need (src/lib/databaseIndexes.ts), which Payload alone does not create', async () => {
    const indexes =
      adapter === 'postgres'
        ? (await db.pool!.query(`select indexname as name, indexdef as def from pg_indexes where schemaname = 'public'`)).rows.map(
            (row) => `${row.name} ${(row as unknown as { def: string }).def}`,
          )
        : (await db.client!.execute(`select name, sql from sqlite_master where type = 'index' and sql is not null`)).rows.map(
            (row) => `${row.name} ${(row as unknown as { sql: string }).sql}`,
          )
    const find = (name: string) => indexes.find((line) => line.startsWith(`${name} `))?.replace(/["`]/g, '')
    // A document's locales are read by parent id alone; a list page filters by status (and
    // campaign) and sorts by time.
    expect(find('reports_locales_parent_lookup_idx')).toMatch(/\(_parent_id\)/)
    expect(find('_reports_v_locales_parent_lookup_idx')).toMatch(/\(_parent_id\)/)
    expect(find('reports_texts_parent_lookup_idx')).toMatch(/\(parent_id\)/)
    expect(find('reports_status_created_at_idx')).toMatch(/\(_status, ?created_at\)/)
    expect(find('reports_campaign_status_created_at_idx')).toMatch(/\(campaign_id, ?_status, ?created_at\)/)
    expect(find('workshops_campaign_status_first_published_at_idx')).toMatch(/\(campaign_id, ?_status, ?first_published_at\)/)
  })

  it('leave a database the demo content can be written to and read back', async () => {
    await seedDemoContent(payload, () => undefined)
    const { docs: campaigns } = await payload.find({ collection: 'campaigns', depth: 0 })
    expect(campaigns.map((campaign) => campaign.code)).toEqual(['CDS-TH-2024'])
    const reports = await payload.find({ collection: 'reports', depth: 0, draft: true, where: { search: { like: 'chuyen doi so' } } })
    expect(reports.totalDocs).toBeGreaterThan(0)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(4)
  })
})
