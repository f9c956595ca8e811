import type { PayloadRequest } from 'payload'

/**
 * Runs `run` with `req.context[key] = value`, then puts the key back as it was. Local API calls
 * given a `req` merge their `context` into `req.context` for good; a flag that opens the gate
 * must not outlive the one write it was set for.
 */
export const withContext = async <T>(req: PayloadRequest, key: string, value: unknown, run: () => Promise<T>): Promise<T> => {
  req.context ??= {}
  const hadKey = Object.prototype.hasOwnProperty.call(req.context, key)
  const previous = req.context[key]
  req.context[key] = value
  try {
    return await run()
  } finally {
    if (hadKey) req.context[key] = previous
    else delete req.context[key]
  }
}
