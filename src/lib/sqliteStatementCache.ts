/**
 * Compiled statements kept per SQLite connection. Payload (through drizzle and the libsql
 * client) hands the driver the same SQL text again and again — the read of a document with its
 * versions, locales and relationships, the insert of a version — and the driver compiles it
 * from scratch each time. For those statements compiling costs as much as running them: a
 * scheduled publish spent 12 of its 63 ms compiling 48 statements it had compiled before.
 *
 * A compiled SQLite statement can run again with new arguments (the driver binds them and
 * resets the statement on every run, after an error too), and SQLite compiles it again by
 * itself when the schema changed. So each connection keeps its most recently used statements,
 * by SQL text, up to `capacity`; a connection's statements go with it.
 */
import Database from 'libsql'

type Statement = ReturnType<Database.Database['prepare']>
type Prepare = (this: Database.Database, sql: string) => Statement
type Close = (this: Database.Database) => void

const cachesByConnection = new WeakMap<Database.Database, Map<string, Statement>>()
let isInstalled = false

/** Makes every libsql connection of this process reuse its compiled statements (once per process). */
export const cacheCompiledStatements = ({ capacity }: { capacity: number }): void => {
  if (isInstalled) return
  isInstalled = true
  const prototype = (Database as unknown as { prototype: { prepare: Prepare; close: Close } }).prototype
  const compile = prototype.prepare
  const close = prototype.close
  // SQLite lets a connection go only once its statements are gone: a closed one drops its own.
  prototype.close = function (this: Database.Database) {
    cachesByConnection.delete(this)
    close.call(this)
  }
  prototype.prepare = function (this: Database.Database, sql: string): Statement {
    let cache = cachesByConnection.get(this)
    if (!cache) {
      cache = new Map()
      cachesByConnection.set(this, cache)
    }
    const cached = cache.get(sql)
    if (cached) {
      // Most recently used last: the first key is the one to drop.
      cache.delete(sql)
      cache.set(sql, cached)
      return cached
    }
    const statement = compile.call(this, sql)
    cache.set(sql, statement)
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string)
    return statement
  }
}
