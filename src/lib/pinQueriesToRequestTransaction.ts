/**
 * Wraps a SQL database adapter so that a query issued without a transaction, while the current
 * request (see requestScope.ts) holds exactly one open transaction, runs on that transaction.
 * Without this a request that holds a pooled connection can wait for a second one: with as
 * many such requests as the pool has connections, every request in the server waits forever.
 * Queries outside any request scope, or in a scope with several transactions (which one would
 * be a guess), pass through unchanged.
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import type { TransactionId } from './requestScope.js'

import { settleAfterCommit, trackCommitsOf } from './afterCommit.js'
import { isDatabaseBusy } from './databaseBusy.js'
import { currentRequestScope, noteBusyDatabase } from './requestScope.js'

/** Adapter methods that take `{ req }` and run a query. */
const QUERY_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/**
 * What a listener hears: a query moved onto its request's transaction (`pinned`), or a second
 * transaction begun while the request already holds one (`second-transaction`: a Local API call
 * without `req`, which needs a second connection and cannot be pinned). Tests listen here.
 */
export type TransactionScopeEvent = { kind: 'pinned' | 'second-transaction'; method: string; collection?: string; stack: string }

export const transactionScopeListeners = new Set<(event: TransactionScopeEvent) => void>()

const tell = (event: Omit<TransactionScopeEvent, 'stack'>) => {
  if (!transactionScopeListeners.size) return
  const stack = new Error().stack ?? ''
  for (const listener of transactionScopeListeners) listener({ ...event, stack })
}

type QueryArgs = { collection?: string; global?: string; req?: { transactionID?: unknown } & Record<string, unknown> }
type Sessions = Record<string, unknown>

const onlyOpenTransaction = (sessions: Sessions | undefined): TransactionId | undefined => {
  const scope = currentRequestScope()
  if (!scope || scope.openTransactions.size !== 1) return undefined
  const [id] = scope.openTransactions
  // Committed or rolled back by a path that did not tell us: the connection is back in the pool.
  return sessions?.[String(id)] ? id : undefined
}

/** Remembers, for the request, that the database had no connection to give in time. */
const noticingBusyDatabase = <T>(pending: Promise<T>): Promise<T> =>
  pending.catch((err: unknown) => {
    if (isDatabaseBusy(err)) noteBusyDatabase()
    throw err
  })

const pinToTransaction = (adapter: BaseDatabaseAdapter, method: string) => {
  const original = (adapter as unknown as Record<string, (args: QueryArgs) => Promise<unknown>>)[method]
  if (typeof original !== 'function') return
  ;(adapter as unknown as Record<string, unknown>)[method] = function (this: unknown, args: QueryArgs) {
    if (args && !args.req?.transactionID) {
      const transactionID = onlyOpenTransaction(adapter.sessions as Sessions | undefined)
      if (transactionID !== undefined) {
        tell({ kind: 'pinned', method, collection: args.collection ?? args.global })
        return noticingBusyDatabase(original.call(this, { ...args, req: { ...args.req, transactionID } }))
      }
    }
    return noticingBusyDatabase(original.call(this, args))
  }
}

const trackTransactions = (adapter: BaseDatabaseAdapter) => {
  const begin = adapter.beginTransaction
  const commit = adapter.commitTransaction
  const rollback = adapter.rollbackTransaction
  if (typeof begin !== 'function') return
  adapter.beginTransaction = async function (this: unknown, ...args: Parameters<typeof begin>) {
    const scope = currentRequestScope()
    if (scope?.openTransactions.size) tell({ kind: 'second-transaction', method: 'beginTransaction' })
    const id = await noticingBusyDatabase(begin.apply(this, args))
    if (scope && id !== null && id !== undefined) scope.openTransactions.add(id)
    return id
  }
  const forget = async (id: Promise<TransactionId> | TransactionId) => currentRequestScope()?.openTransactions.delete(await id)
  adapter.commitTransaction = async function (this: unknown, id) {
    await forget(id)
    try {
      await commit.call(this, id)
    } catch (err) {
      settleAfterCommit(await id, false)
      throw err
    }
    settleAfterCommit(await id, true)
  }
  adapter.rollbackTransaction = async function (this: unknown, id) {
    await forget(id)
    try {
      return await rollback.call(this, id)
    } finally {
      settleAfterCommit(await id, false)
    }
  }
  trackCommitsOf(adapter)
}

/** The adapter, with queries pinned to their request's transaction. */
export const pinQueriesToRequestTransaction = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    trackTransactions(adapter)
    for (const method of QUERY_METHODS) pinToTransaction(adapter, method)
    return adapter
  },
})
