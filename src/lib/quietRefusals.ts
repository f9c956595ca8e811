/**
 * Expected refusals log one line at info level, not an error with its stack trace.
 *
 * Payload logs every error a request ends with, at the level `loggingLevels` gives its class
 * name, and "error" (with the stack) for the rest. Loa's plugins and guards refuse bad input
 * with `APIError(message, 4xx)`: one class name for a client's mistake and for a real failure,
 * so the level cannot come from the name. It comes from the status here: below 500 it is the
 * client's doing, written as one info line with the status and the message. Real failures
 * (5xx, or no status) keep Payload's error line with the stack.
 */
import type { Payload } from 'payload'

type LoggedError = { message?: unknown; name?: unknown; status?: unknown }

/** The refusal a log call is about, if it is one (a 4xx error). */
export const refusalIn = (entry: unknown): LoggedError | undefined => {
  const err = (entry as { err?: unknown } | null | undefined)?.err
  if (!err || typeof err !== 'object') return undefined
  const { status } = err as LoggedError
  return typeof status === 'number' && status >= 400 && status < 500 ? (err as LoggedError) : undefined
}

export const quietRefusals = (payload: Payload) => {
  const { logger } = payload
  const logError = logger.error.bind(logger)
  logger.error = ((entry: unknown, ...rest: unknown[]) => {
    const refusal = refusalIn(entry)
    if (!refusal) return (logError as (...args: unknown[]) => void)(entry, ...rest)
    logger.info({ msg: `${String(refusal.status)} ${String(refusal.name ?? 'Error')}: ${String(refusal.message ?? '')}` })
  }) as typeof logger.error
}
