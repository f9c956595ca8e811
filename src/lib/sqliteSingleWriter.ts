/**
 * Transactions on the embedded SQLite database. Payload's SQLite adapter can run each request's
 * writes in a transaction, but the libsql driver is synchronous and gives each transaction a
 * connection of its own: a second writer in the same process would wait for the first inside a
 * blocking call, holding the event loop the first needs to finish — so it fails at once with
 * SQLITE_BUSY (or, with a busy timeout, freezes the process for that long). Loa therefore lets
 * one writer at a time into the database per process, in turn, without blocking: a transaction
 * waits for the write lock before BEGIN and gives it back at COMMIT or ROLLBACK, and a write
 * outside any transaction takes the lock for its one statement. Reads never wait (WAL).
 * Between processes (the web server and `npm run worker` on one file) SQLite's own lock and a
 * busy timeout on every connection serialize writers; their transactions last milliseconds.
 */
import type { DatabaseAdapterObj } from 'payload'

import type { WaitingLine } from './waitingLine.js'

import { createWaitingLine } from './waitingLine.js'

type Statement = string | { sql: string }
type LibsqlTransaction = { commit: () => Promise<void>; rollback: () => Promise<void>; close: () => void }
type LibsqlClient = {
  execute: (statement: Statement, args?: unknown) => Promise<unknown>
  batch: (statements: Statement[], mode?: unknown) => Promise<unknown>
  migrate: (statements: Statement[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
  transaction: (mode?: unknown) => Promise<LibsqlTransaction>
}

const READ_ONLY = /^\s*(select|explain|with\s[\s\S]*?\)\s*select)\b/i
const sqlOf = (statement: Statement) => (typeof statement === 'string' ? statement : statement.sql)
const isRead = (statement: Statement) => READ_ONLY.test(sqlOf(statement))

const guarded = new WeakSet<object>()

/**
 * Makes a libsql client take `lock` around every write and give every connection it opens the
 * same settings (the driver opens a new connection after each transaction, without them).
 */
const guardClient = async ({ client, lock, busyTimeoutMs }: { client: LibsqlClient; lock: WaitingLine; busyTimeoutMs: number }) => {
  if (guarded.has(client)) return
  guarded.add(client)
  // New connections get what the first one was given when Payload connected.
  const settingOf = async (name: string) => {
    const result = (await client.execute(`PRAGMA ${name}`)) as { rows: Array<Record<string, unknown>> }
    return Object.values(result.rows[0] ?? {})[0]
  }
  const connectionPragmas = [
    `PRAGMA busy_timeout = ${busyTimeoutMs}`,
    `PRAGMA synchronous = ${Number(await settingOf('synchronous'))}`,
    `PRAGMA foreign_keys = ${Number(await settingOf('foreign_keys'))}`,
  ]
  const original = {
    execute: client.execute.bind(client),
    batch: client.batch.bind(client),
    migrate: client.migrate.bind(client),
    executeMultiple: client.executeMultiple.bind(client),
    transaction: client.transaction.bind(client),
  }
  // The driver runs each statement synchronously when called: the pragmas land on the new
  // connection before any other statement can.
  let isConnectionFresh = false
  const prepareConnection = () => {
    if (!isConnectionFresh) return
    isConnectionFresh = false
    for (const pragma of connectionPragmas) void original.execute(pragma)
  }

  client.execute = (statement, args) => {
    prepareConnection()
    return isRead(statement) ? original.execute(statement, args) : lock.run(() => original.execute(statement, args))
  }
  client.batch = (statements, mode) => {
    prepareConnection()
    return statements.every(isRead) ? original.batch(statements, mode) : lock.run(() => original.batch(statements, mode))
  }
  client.migrate = (statements) => {
    prepareConnection()
    return lock.run(() => original.migrate(statements))
  }
  client.executeMultiple = (sql) => {
    prepareConnection()
    return lock.run(() => original.executeMultiple(sql))
  }
  client.transaction = async (mode) => {
    const release = await lock.enter()
    let transaction: LibsqlTransaction
    try {
      prepareConnection()
      transaction = await original.transaction(mode)
    } catch (err) {
      release()
      throw err
    }
    isConnectionFresh = true
    const commit = transaction.commit.bind(transaction)
    const rollback = transaction.rollback.bind(transaction)
    const close = transaction.close.bind(transaction)
    transaction.commit = async () => {
      try {
        await commit()
      } finally {
        release()
      }
    }
    transaction.rollback = async () => {
      try {
        await rollback()
      } finally {
        release()
      }
    }
    transaction.close = () => {
      try {
        close()
      } finally {
        release()
      }
    }
    return transaction
  }
}

/** Payload's SQLite adapter with transactions, one writer at a time in this process. */
export const withSqliteTransactions = ({
  adapterObj,
  busyTimeoutMs,
  lockTimeoutMs,
}: {
  adapterObj: DatabaseAdapterObj
  busyTimeoutMs: number
  lockTimeoutMs: number
}): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as ReturnType<DatabaseAdapterObj['init']> & { client?: LibsqlClient; connect?: (options?: unknown) => Promise<void> }
    const lock = createWaitingLine({ places: 1, timeoutMs: lockTimeoutMs, what: 'database write lock', isReentryRefused: true })
    const connect = adapter.connect
    if (typeof connect === 'function') {
      adapter.connect = async function (this: typeof adapter, options?: unknown) {
        await connect.call(this, options)
        if (this.client) await guardClient({ client: this.client, lock, busyTimeoutMs })
      }
    }
    return adapter
  },
})
