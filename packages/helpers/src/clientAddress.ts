/**
 * Which client a public request comes from, for per-address rate limits.
 *
 * The connection's own address (the peer) is the only one nobody can forge. When the peer is
 * a proxy listed as trusted, the client is further back: each proxy appends the address it saw
 * to X-Forwarded-For, so reading from the right, past every trusted proxy, the first address is
 * the one the nearest trusted proxy saw. Entries further left are whatever the client wrote and
 * are never read. Null when nothing trustworthy is known (no peer, or a trusted proxy wrote
 * something that is not an address): a per-address limit is then skipped rather than shared by
 * everyone.
 */
import net from 'node:net'

import { ipv6Groups } from './ipAddress.js'

/** An address as written in X-Forwarded-For or by a socket: IPv4, IPv6, bracketed, with a port, IPv4-mapped. */
export const normalizeAddress = (value: string): null | string => {
  let text = value.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed?.[1]) text = bracketed[1]
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.replace(/:\d+$/, '')
  text = text.replace(/%.*$/, '').toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (mapped?.[1]) text = mapped[1]
  return net.isIP(text) ? text : null
}

export const clientAddressOf = <Req extends { headers: Headers }>(
  req: Req,
  { isTrustedProxy, peerAddress }: { isTrustedProxy: (address: string) => boolean; peerAddress: (req: Req) => null | string },
): null | string => {
  const peer = peerAddress(req)
  let nearest = peer === null ? null : normalizeAddress(peer)
  if (nearest === null || !isTrustedProxy(nearest)) return nearest
  const forwarded = (req.headers.get('x-forwarded-for') ?? '').split(',').filter((entry) => entry.trim())
  for (const entry of forwarded.reverse()) {
    const address = normalizeAddress(entry)
    if (address === null) return null
    if (!isTrustedProxy(address)) return address
    nearest = address
  }
  // Every hop is a trusted proxy (an internal caller): the farthest one is the client.
  return nearest
}

/**
 * The bucket an address counts in. One IPv6 host usually holds a whole /64 and may pick any
 * address in it, so IPv6 clients count per /64, as IPv4 clients count per address.
 */
export const rateLimitKeyOf = (address: string): string =>
  net.isIPv6(address)
    ? `${ipv6Groups(address)
        .slice(0, 4)
        .map((group) => group.toString(16))
        .join(':')}::/64`
    : address

/**
 * Whether an address is one of the trusted proxies (addresses and CIDR blocks; node's BlockList
 * matches the blocks). Throws, naming the entry, on anything that is neither.
 */
export const trustedProxyCheck = (entries: unknown): ((address: string) => boolean) => {
  if (!Array.isArray(entries)) throw new Error(`trustedProxies must be a list of addresses or CIDR blocks, got ${JSON.stringify(entries)}`)
  const list = new net.BlockList()
  for (const entry of entries as unknown[]) {
    const [base = '', prefix, ...rest] = String(entry).trim().split('/')
    const address = normalizeAddress(base)
    const family = address && net.isIPv6(address) ? 'ipv6' : 'ipv4'
    const bits = prefix === undefined ? undefined : Number(prefix)
    const isValid = address !== null && !rest.length && (bits === undefined || (/^\d+$/.test(prefix ?? '') && bits <= (family === 'ipv6' ? 128 : 32)))
    if (!isValid) throw new Error(`trustedProxies: ${JSON.stringify(entry)} is neither an IP address nor a CIDR block`)
    if (bits === undefined) list.addAddress(address as string, family)
    else list.addSubnet(address as string, bits, family)
  }
  return (address) => list.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4')
}
