/**
 * The address at the other end of a request's connection, for limits counted per client.
 *
 * Next hands route handlers a web Request with headers only; its server sets X-Forwarded-For
 * from the socket only when the client sent none, so a client's own X-Forwarded-For reaches
 * the app unchanged and the socket address is lost. Loa's server (scripts/server.ts) therefore
 * copies the socket address into a header of its own on every request, overwriting whatever
 * the client sent under that name, and names the header in LOA_PEER_ADDRESS_HEADER when it
 * starts (a random name, so that a server started some other way, without that copy, cannot
 * be fooled by a client guessing it). Without it no peer address is known, and the limits per
 * address are off (those per e-mail still hold).
 */
import crypto from 'node:crypto'

export const PEER_ADDRESS_HEADER_ENV = 'LOA_PEER_ADDRESS_HEADER'

/** Called once by the server before it takes requests; the header name it must set. */
export const choosePeerAddressHeader = (): string => {
  const name = `x-loa-peer-${crypto.randomBytes(12).toString('hex')}`
  process.env[PEER_ADDRESS_HEADER_ENV] = name
  return name
}

export const peerAddressOf = (req: { headers: Headers }): null | string => {
  const name = process.env[PEER_ADDRESS_HEADER_ENV]
  return (name && req.headers.get(name)) || null
}

/** LOA_TRUSTED_PROXIES: addresses and CIDR blocks of the proxies in front of Loa, comma or space separated. */
export const trustedProxiesFromEnv = (env: Record<string, string | undefined> = process.env): string[] =>
  (env.LOA_TRUSTED_PROXIES ?? '').split(/[\s,]+/).filter(Boolean)
