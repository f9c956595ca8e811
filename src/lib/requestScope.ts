/**
 * One scope per incoming request (REST, GraphQL, admin server functions), carried through every
 * await by AsyncLocalStorage. It remembers which database transactions the request holds open,
 * so that a query issued for the request without its `req` — Payload's own document-lock check
 * does this on every update (payload/dist/utilities/checkDocumentLockStatus.js) — can run on
 * the request's transaction instead of asking the pool for a second connection while the first
 * is held. Ten such requests at once used to take every pooled connection and then wait for an
 * eleventh forever.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export type TransactionId = number | string

export type RequestScope = {
  /** Transactions begun inside this scope and not yet committed or rolled back. */
  openTransactions: Set<TransactionId>
  /** A query of this request found no free connection in time (see databaseBusy.ts). */
  hasMetBusyDatabase: boolean
}

const scopes = new AsyncLocalStorage<RequestScope>()

/** Runs `work` (and everything it awaits) inside a fresh request scope. */
export const runInRequestScope = <T>(work: () => T): T => scopes.run({ openTransactions: new Set(), hasMetBusyDatabase: false }, work)

/** The scope of the request being served, if any. */
export const currentRequestScope = (): RequestScope | undefined => scopes.getStore()

/** Marks the current request as having met a database with no free connection. */
export const noteBusyDatabase = (): void => {
  const scope = scopes.getStore()
  if (scope) scope.hasMetBusyDatabase = true
}
