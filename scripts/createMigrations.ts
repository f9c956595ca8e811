/**
 * `npm run migrate:create`: writes the SQL migrations production runs (`npm start` applies
 * them with `payload migrate`), with Payload's own `payload migrate:create`, once per SQL
 * adapter: migrations/postgres and migrations/sqlite. MongoDB needs none.
 *
 * Until the first release Loa keeps ONE initial migration per adapter: this script deletes the
 * old one and creates it again from the current schema (a database built from an older
 * initial migration must be recreated). After a release, pass a name to add a migration on top
 * of the last one instead: `npm run migrate:create -- add_channel_region`.
 *
 * No database is needed: Payload diffs the config's schema against the last snapshot on disk.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LOA_NODE_CONDITIONS } from './nodeConditions.js'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const payloadBin = path.join(projectRoot, 'node_modules/payload/bin.js')

const name = process.argv[2]
const isInitial = !name

/** URIs only pick the adapter: `migrate:create` never connects. */
const adapters = [
  { folder: 'migrations/postgres', uri: 'postgres://127.0.0.1:5432/loa_migrate_create_never_connected' },
  { folder: 'migrations/sqlite', uri: `file:${path.join(os.tmpdir(), 'loa-migrate-create', 'never-opened.db')}` },
]

for (const { folder, uri } of adapters) {
  const dir = path.join(projectRoot, folder)
  if (isInitial) fs.rmSync(dir, { force: true, recursive: true })
  fs.mkdirSync(dir, { recursive: true })
  process.stdout.write(`\n${folder}: ${isInitial ? 'creating the initial migration' : `adding "${name}"`}\n`)
  const result = spawnSync(process.execPath, [payloadBin, 'migrate:create', isInitial ? 'initial' : name, '--force-accept-warning'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URI: uri,
      LOA_SEED: 'false',
      NODE_OPTIONS: [process.env.NODE_OPTIONS, LOA_NODE_CONDITIONS].filter(Boolean).join(' '),
    },
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    process.stderr.write(`${folder}: payload migrate:create failed (exit ${result.status})\n`)
    process.exit(result.status ?? 1)
  }
  const created = fs.readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  process.stdout.write(`${folder}: ${created.join(', ')}\n`)
}
