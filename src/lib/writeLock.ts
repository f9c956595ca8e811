/**
 * A first-come, first-served lock with a time limit, for the one writer an embedded SQLite
 * database allows at a time. The holder is remembered by request scope, so that a request that
 * already holds the lock and asks for it again fails at once (it would otherwise wait for itself).
 */
import type { RequestScope } from './requestScope.js'

import { currentRequestScope } from './requestScope.js'

export class WriteLockTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`database busy: waited ${waitedMs} ms for the write lock (timeout exceeded when trying to connect)`)
    this.name = 'WriteLockTimeoutError'
  }
}

export class WriteLockReentryError extends Error {
  constructor() {
    super('a request that holds the database write lock asked for it again: pass the request (req) to every database call inside a transaction')
    this.name = 'WriteLockReentryError'
  }
}

type Waiter = { grant: () => void; scope: RequestScope | undefined }

export type WriteLock = {
  /** Waits for the lock (at most `timeoutMs`) and returns the function that releases it. */
  acquire: () => Promise<() => void>
  /** Runs `work` holding the lock. */
  run: <T>(work: () => Promise<T>) => Promise<T>
}

export const createWriteLock = ({ timeoutMs }: { timeoutMs: number }): WriteLock => {
  let holder: { scope: RequestScope | undefined } | undefined
  const queue: Waiter[] = []

  const grantNext = () => {
    const next = queue.shift()
    if (next) next.grant()
  }

  const acquire = (): Promise<() => void> => {
    const scope = currentRequestScope()
    if (holder && scope && holder.scope === scope) return Promise.reject(new WriteLockReentryError())
    return new Promise((resolve, reject) => {
      const startedAt = Date.now()
      let isReleased = false
      const grant = () => {
        clearTimeout(timer)
        holder = { scope }
        resolve(() => {
          if (isReleased) return
          isReleased = true
          holder = undefined
          grantNext()
        })
      }
      const waiter: Waiter = { grant, scope }
      const timer = setTimeout(() => {
        const index = queue.indexOf(waiter)
        if (index >= 0) queue.splice(index, 1)
        reject(new WriteLockTimeoutError(Date.now() - startedAt))
      }, timeoutMs)
      timer.unref?.()
      if (holder) queue.push(waiter)
      else grant()
    })
  }

  return {
    acquire,
    run: async (work) => {
      const release = await acquire()
      try {
        return await work()
      } finally {
        release()
      }
    },
  }
}
