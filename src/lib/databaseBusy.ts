/**
 * When every pooled database connection (or, on SQLite, the write lock) stays taken for the
 * acquire timeout, the request is answered 503 with Retry-After: the client may try again, and
 * nothing was written (the request's transaction, if it had begun, is rolled back by Payload).
 */
import type { AfterErrorHook } from 'payload'

/** Seconds a client is asked to wait before trying again. */
export const BUSY_RETRY_AFTER_SECONDS = 5

const BUSY_MESSAGE = `Máy chủ đang bận, vui lòng thử lại sau ${BUSY_RETRY_AFTER_SECONDS} giây — the server is busy, try again in ${BUSY_RETRY_AFTER_SECONDS} seconds`

const POOL_TIMEOUT = /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i

const messagesOf = (error: unknown): string[] => {
  const messages: string[] = []
  let current = error as { message?: unknown; cause?: unknown } | undefined
  while (current && typeof current === 'object' && messages.length < 6) {
    messages.push(String(current.message ?? ''))
    current = current.cause as typeof current
  }
  return messages
}

export const isDatabaseBusy = (error: unknown): boolean => messagesOf(error).some((message) => POOL_TIMEOUT.test(message))

const busyBody = { errors: [{ message: BUSY_MESSAGE }] }

export const busyDatabaseResponse = (): Response => Response.json(busyBody, { status: 503, headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) } })

export const answerBusyDatabaseWith503: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseBusy(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  return { status: 503, response: busyBody }
}
