/**
// Loaded by jest through require(), outside the ESM module mapper: imports go without ".js".
 * Decides once per run which adapters the integration tests use and says so loudly.
 * Under CI=true an unreachable Postgres fails the run instead of shrinking it.
 */
import type { AdapterName } from './adapters'
import { isPostgresReachable, POSTGRES_ADMIN_URI } from './adapters'

export default async function globalSetup(): Promise<void> {
  if (process.env.LOA_TEST_ADAPTERS) return
  const chosen: AdapterName[] = ['sqlite']
  const lines = ['sqlite: yes (embedded)']
  const only = process.env.LOA_TEST_ONLY?.split(',')

  if (await isPostgresReachable()) {
    chosen.push('postgres')
    lines.push(`postgres: yes (${POSTGRES_ADMIN_URI.replace(/\/\/[^@]*@/, '//')})`)
  } else if (process.env.CI === 'true') {
    throw new Error(`[tests] CI=true but Postgres is not reachable at ${POSTGRES_ADMIN_URI}: start it (see .ci/run).`)
  } else {
    lines.push('postgres: NOT REACHABLE, skipped — start PostgreSQL on 127.0.0.1:5432 to cover it')
  }

  if (process.env.MONGODB_URI) {
    chosen.push('mongodb')
    lines.push('mongodb: yes (MONGODB_URI)')
  } else {
    lines.push('mongodb: not run — set MONGODB_URI=mongodb://… to cover it')
  }

  const selected = only ? chosen.filter((name) => only.includes(name)) : chosen
  process.env.LOA_TEST_ADAPTERS = selected.join(',')
  process.stdout.write(`\n[loa tests] database adapters — ${lines.join('; ')}\n[loa tests] running on: ${selected.join(', ')}\n`)
}
