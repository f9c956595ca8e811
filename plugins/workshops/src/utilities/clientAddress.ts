/**
 * Which client a registration comes from, for the per-address limit.
 *
 * The connection's own address (the peer) is the only one nobody can forge. When the peer is
 * a proxy listed in `trustedProxies`, the client is further back: each proxy appends the
 * address it saw to X-Forwarded-For, so reading from the right, past every trusted proxy, the
 * first address is the one the nearest trusted proxy saw. Entries further left are whatever
 * the client wrote and are never read. Null when nothing trustworthy is known (no peer, or a
 * trusted proxy wrote something that is not an address): the per-address limit is then
 * skipped rather than shared by everyone.
 */
import type { PayloadRequest } from 'payload'

import net from 'node:net'

import { ipv6Groups } from '@loa/helpers'

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

export const clientAddressOf = (
  req: PayloadRequest,
  { isTrustedProxy, peerAddress }: { isTrustedProxy: (address: string) => boolean; peerAddress: (req: PayloadRequest) => null | string },
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
