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
 *
 * Since one transaction at a time runs in a process, they all run on one writer connection that
 * stays open. The driver's own transactions take the client's connection and leave the client
 * to open a new one for the next statement: a connection for every transaction, each reading
 * Loa's whole schema (600 tables, indexes and triggers) again before its first statement and
 * compiling every statement anew — a fifth of the cost of a scheduled publish.
 */
import type { IntMode, TransactionMode } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import type { WaitingLine } from './waitingLine.js'

import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import { expandConfig, isInMemoryConfig } from '@libsql/core/config'
import { transactionModeToBegin } from '@libsql/core/util'
import Database from 'libsql'

import { cacheCompiledStatements } from './sqliteStatementCache.js'
import { createWaitingLine } from './waitingLine.js'

type Statement = string | { sql: string }
type LibsqlTransaction = { commit: () => Promise<void>; rollback: () => Promise<void>; close: () => void }
type LibsqlClient = {
  execute: (statement: Statement, args?: unknown) => Promise<unknown>
  batch: (statements: Statement[], mode?: unknown) => Promise<unknown>
  migrate: (statements: Statement[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
  transaction: (mode?: unknown) => Promise<LibsqlTransaction>
  close: () => void
}

const READ_ONLY = /^\s*(select|explain|with\s[\s\S]*?\)\s*select)\b/i
const sqlOf = (statement: Statement) => (typeof statement === 'string' ? statement : statement.sql)
const isRead = (statement: Statement) => READ_ONLY.test(sqlOf(statement))

const guarded = new WeakSet<object>()

/** Statements each connection keeps compiled (see sqliteStatementCache.ts). */
const COMPILED_STATEMENTS_PER_CONNECTION = 500

/** Where a dedicated writer connection can open the client's database: a local file, not in memory, not a replica. */
type WriterTarget = { path: string; intMode: IntMode }

const writerTargetOf = (clientConfig: unknown): WriterTarget | undefined => {
  if (!clientConfig || typeof clientConfig !== 'object') return undefined
  const config = expandConfig(clientConfig as Parameters<typeof expandConfig>[0], true)
  if (config.scheme !== 'file' || config.syncUrl || isInMemoryConfig(config)) return undefined
  return { path: config.path, intMode: config.intMode }
}

/** Calls `afterEnd` when a transaction's commit, rollback or close has run, whether it succeeded or not. */
const onTransactionEnd = <T extends LibsqlTransaction>(transaction: T, afterEnd: (how: 'close' | 'commit' | 'rollback') => void): T => {
  const commit = transaction.commit.bind(transaction)
  const rollback = transaction.rollback.bind(transaction)
  const close = transaction.close.bind(transaction)
  transaction.commit = async () => {
    try {
      await commit()
    } finally {
      afterEnd('commit')
    }
  }
  transaction.rollback = async () => {
    try {
      await rollback()
    } finally {
      afterEnd('rollback')
    }
  }
  transaction.close = () => {
    try {
      close()
    } finally {
      afterEnd('close')
    }
  }
  return transaction
}

/**
 * Makes a libsql client take `lock` around every write and give every connection it opens the
 * same settings (the driver opens a new connection after each transaction, without them).
 */
const guardClient = async ({
  client,
  lock,
  busyTimeoutMs,
  writerTarget,
}: {
  client: LibsqlClient
  lock: WaitingLine
  busyTimeoutMs: number
  writerTarget?: WriterTarget
}) => {
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
    // The connection that commits checkpoints the WAL: it keeps the file as small as Payload set it.
    `PRAGMA journal_size_limit = ${Number(await settingOf('journal_size_limit'))}`,
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
  // The one connection this process's transactions run on, opened at the first and kept.
  let writer: Database.Database | undefined
  const writerConnection = (target: WriterTarget) => {
    if (!writer?.open) {
      writer = new Database(target.path)
      for (const pragma of connectionPragmas) writer.exec(pragma)
    }
    return writer
  }
  const transactionOnWriter = async (target: WriterTarget, mode: TransactionMode = 'write') => {
    const release = await lock.enter()
    let connection: Database.Database
    try {
      connection = writerConnection(target)
      // A transaction its owner abandoned without ending it is not carried into this one.
      if (connection.inTransaction) connection.exec('ROLLBACK')
      connection.exec(transactionModeToBegin(mode))
    } catch (err) {
      release()
      throw err
    }
    const transaction = new Sqlite3Transaction(connection, target.intMode)
    // The lock is given back once the transaction has ended: a COMMIT that failed (another
    // process held the file) leaves it open for the ROLLBACK that follows; a rollback or a
    // close ends it whatever happened.
    let isReleased = false
    const releaseOnceEnded = ({ always }: { always: boolean }) => {
      if (isReleased || (!always && connection.inTransaction)) return
      isReleased = true
      release()
    }
    return onTransactionEnd(transaction as unknown as LibsqlTransaction, (how) => releaseOnceEnded({ always: how !== 'commit' }))
  }

  // Closing the client closes the writer connection with it.
  const closeClient = client.close.bind(client)
  client.close = () => {
    if (writer?.open) writer.close()
    closeClient()
  }

  client.transaction = async (mode) => {
    if (writerTarget) return transactionOnWriter(writerTarget, mode as TransactionMode | undefined)
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
    return onTransactionEnd(transaction, release)
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
    const adapter = adapterObj.init(args) as ReturnType<DatabaseAdapterObj['init']> & {
      client?: LibsqlClient
      clientConfig?: unknown
      connect?: (options?: unknown) => Promise<void>
    }
    const lock = createWaitingLine({ places: 1, timeoutMs: lockTimeoutMs, what: 'database write lock', isReentryRefused: true })
    const connect = adapter.connect
    if (typeof connect === 'function') {
      adapter.connect = async function (this: typeof adapter, options?: unknown) {
        await connect.call(this, options)
        if (this.client) {
          cacheCompiledStatements({ capacity: COMPILED_STATEMENTS_PER_CONNECTION })
          await guardClient({ client: this.client, lock, busyTimeoutMs, writerTarget: writerTargetOf(this.clientConfig) })
        }
      }
    }
    return adapter
  },
})
