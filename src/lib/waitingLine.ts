/**
 * A first-come, first-served line in front of a limited number of places, with a time limit
 * for the wait. Loa uses it twice: for the one writer an embedded SQLite database allows at a
 * time (one place), and for the number of requests a server works on at once.
 */
import type { RequestScope } from './requestScope.js'

import { currentRequestScope } from './requestScope.js'

export class WaitTimeoutError extends Error {
  constructor(what: string, waitedMs: number) {
    // "timeout exceeded when trying to connect" is what databaseBusy.ts recognises, as for the pool.
    super(`${what}: waited ${waitedMs} ms (timeout exceeded when trying to connect)`)
    this.name = 'WaitTimeoutError'
  }
}

export class ReentryError extends Error {
  constructor(what: string) {
    super(`${what}: a request that holds a place asked for another one; pass the request (req) to every database call inside a transaction`)
    this.name = 'ReentryError'
  }
}

export type WaitingLine = {
  /** Waits for a place (at most the time limit) and returns the function that gives it back. */
  enter: () => Promise<() => void>
  /** Runs `work` in a place. */
  run: <T>(work: () => Promise<T>) => Promise<T>
}

export const createWaitingLine = ({
  places,
  timeoutMs,
  what,
  isReentryRefused = false,
}: {
  places: number
  timeoutMs: number
  /** Named in errors: "database write lock", "request queue". */
  what: string
  /** Refuse at once when the current request already holds a place (it would wait for itself). */
  isReentryRefused?: boolean
}): WaitingLine => {
  const holders = new Set<{ scope: RequestScope | undefined }>()
  const line: Array<() => void> = []

  // The next in line starts on a later turn of the event loop, never inside the promise chain of
  // the one that left: with the embedded database every query resolves without real I/O, and a
  // line handed on from request to request would run as one unbroken chain of microtasks,
  // leaving new connections (and timers) unserved until the line is empty.
  const admitNext = () => {
    setImmediate(() => {
      if (holders.size < places) line.shift()?.()
    })
  }

  const enter = (): Promise<() => void> => {
    const scope = currentRequestScope()
    if (isReentryRefused && scope && [...holders].some((holder) => holder.scope === scope)) return Promise.reject(new ReentryError(what))
    return new Promise((resolve, reject) => {
      const startedAt = Date.now()
      const admit = () => {
        clearTimeout(timer)
        const holder = { scope }
        holders.add(holder)
        let isLeft = false
        resolve(() => {
          if (isLeft) return
          isLeft = true
          holders.delete(holder)
          admitNext()
        })
      }
      const timer = setTimeout(() => {
        const index = line.indexOf(admit)
        if (index >= 0) line.splice(index, 1)
        reject(new WaitTimeoutError(what, Date.now() - startedAt))
      }, timeoutMs)
      timer.unref?.()
      if (holders.size < places && line.length === 0) admit()
      else line.push(admit)
    })
  }

  return {
    enter,
    run: async (work) => {
      const leave = await enter()
      try {
        return await work()
      } finally {
        leave()
      }
    },
  }
}
