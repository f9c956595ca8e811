/**
 * Which database adapters the integration suite runs on. SQLite always; Postgres when the
 * local server answers (required under CI=true); MongoDB when MONGODB_URI is set.
 */
import pg from 'pg'

export type AdapterName = 'sqlite' | 'postgres' | 'mongodb'

export const POSTGRES_ADMIN_URI = process.env.POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres'

export const isPostgresReachable = async (): Promise<boolean> => {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URI, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** The adapters chosen by the global setup, passed to test files through the environment. */
export const adaptersUnderTest = (): AdapterName[] => {
  const listed = process.env.LOA_TEST_ADAPTERS
  if (!listed) return ['sqlite']
  return listed.split(',').filter(Boolean) as AdapterName[]
}
