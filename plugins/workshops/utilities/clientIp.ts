import type { PayloadRequest } from 'payload'

/**
 * The client's address from the first configured header that is present (X-Forwarded-For:
 * "client, proxy1, proxy2"). Each proxy appends the address it saw, so the entry
 * `trustedProxies` places from the end is the one no client can forge; entries before it are
 * whatever the client sent. Null when no header carries an address.
 */
export const clientIpOf = (req: PayloadRequest, { headerNames, trustedProxies }: { headerNames: readonly string[]; trustedProxies: number }): null | string => {
  for (const name of headerNames) {
    const value = req.headers.get(name)
    if (!value) continue
    const parts = value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
    if (parts.length) return parts[Math.max(0, parts.length - 1 - trustedProxies)]
  }
  return null
}
