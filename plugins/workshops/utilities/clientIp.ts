import type { PayloadRequest } from 'payload'

/**
 * The client's address as the proxy in front of the app saw it: the last entry of the first
 * configured header that is present (earlier entries of X-Forwarded-For are written by the
 * client and cannot be trusted). Without such a header all clients share one bucket.
 */
export const clientIpOf = (req: PayloadRequest, headerNames: readonly string[]): string => {
  for (const name of headerNames) {
    const value = req.headers.get(name)
    if (!value) continue
    const parts = value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
    if (parts.length) return parts[parts.length - 1]
  }
  return 'unknown'
}
