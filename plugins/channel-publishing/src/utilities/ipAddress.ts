/**
 * Which IP addresses a channel must never reach: everything that is not a public unicast
 * address (the special-purpose registries of RFC 6890 and their updates). IPv6 forms that carry
 * an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo) are judged by the IPv4 address they
 * lead to, since a host on a dual-stack or NAT64 network that connects to them reaches it.
 */
import net from 'node:net'

import { ipv4ToNumber, ipv6Groups, numberToIpv4 } from '@loa/helpers'

type Range = { base: number; prefix: number; reason: string }

const range = (base: string, prefix: number, reason: string): Range => ({ base: ipv4ToNumber(base), prefix, reason })

const IPV4_RANGES: Range[] = [
  range('0.0.0.0', 8, '"this" network'),
  range('10.0.0.0', 8, 'private network'),
  range('100.64.0.0', 10, 'shared address space of carrier-grade NAT'),
  range('127.0.0.0', 8, 'loopback'),
  range('169.254.0.0', 16, 'link-local, where cloud metadata services answer'),
  range('172.16.0.0', 12, 'private network'),
  range('192.0.0.0', 24, 'IETF protocol assignments'),
  range('192.0.2.0', 24, 'documentation'),
  range('192.88.99.0', 24, '6to4 relay anycast'),
  range('192.168.0.0', 16, 'private network'),
  range('198.18.0.0', 15, 'benchmarking'),
  range('198.51.100.0', 24, 'documentation'),
  range('203.0.113.0', 24, 'documentation'),
  range('224.0.0.0', 4, 'multicast'),
  range('240.0.0.0', 4, 'reserved'),
]

const isInRange = (value: number, { base, prefix }: Range) => Math.floor(value / 2 ** (32 - prefix)) === Math.floor(base / 2 ** (32 - prefix))

const ipv4Reason = (value: number): string | undefined => IPV4_RANGES.find((candidate) => isInRange(value, candidate))?.reason

const embedded = (high: number, low: number) => high * 65536 + low

const judgeEmbedded = (form: string, value: number): string | undefined => {
  const reason = ipv4Reason(value)
  return reason ? `${form} form of ${numberToIpv4(value)}: ${reason}` : undefined
}

const ipv6Reason = (address: string): string | undefined => {
  const g = ipv6Groups(address)
  const isZero = (from: number, to: number) => g.slice(from, to).every((group) => group === 0)
  if (isZero(0, 8)) return 'unspecified address'
  if (isZero(0, 7) && g[7] === 1) return 'loopback'
  if (isZero(0, 5) && g[5] === 0xffff) return judgeEmbedded('IPv4-mapped', embedded(g[6]!, g[7]!))
  if (isZero(0, 4) && g[4] === 0xffff && g[5] === 0) return judgeEmbedded('IPv4-translated', embedded(g[6]!, g[7]!))
  if (isZero(0, 6)) return judgeEmbedded('IPv4-compatible', embedded(g[6]!, g[7]!))
  if (g[0] === 0x64 && g[1] === 0xff9b && isZero(2, 6)) return judgeEmbedded('NAT64', embedded(g[6]!, g[7]!))
  // RFC 8215 lets each network place the IPv4 address anywhere after its own prefix length.
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'local-use NAT64 prefix 64:ff9b:1::/48, which translates to the local network'
  if (g[0] === 0x2002) return judgeEmbedded('6to4', embedded(g[1]!, g[2]!))
  if (g[0] === 0x2001 && g[1] === 0) {
    // Teredo: the server's IPv4 address in clear, the client's with every bit flipped.
    return judgeEmbedded('Teredo (server)', embedded(g[2]!, g[3]!)) ?? judgeEmbedded('Teredo (client)', embedded(0xffff - g[6]!, 0xffff - g[7]!))
  }
  if (g[0] === 0x100 && isZero(1, 4)) return 'discard-only prefix'
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'documentation'
  if ((g[0]! & 0xfe00) === 0xfc00) return 'unique local address'
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local'
  if ((g[0]! & 0xffc0) === 0xfec0) return 'site-local (deprecated)'
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast'
  return undefined
}

/** Why a literal IP address is not a public unicast address, or undefined when it is one (or is not an IP). */
export const nonPublicAddressReason = (address: string): string | undefined => {
  const ip = address.replace(/^\[/, '').replace(/\]$/, '')
  if (net.isIPv4(ip)) return ipv4Reason(ipv4ToNumber(ip))
  if (net.isIPv6(ip)) return ipv6Reason(ip.toLowerCase())
  return undefined
}

export const isNonPublicAddress = (address: string): boolean => nonPublicAddressReason(address) !== undefined
