import net from 'node:net'

import { ipv6Groups } from '@loa/helpers'

/**
 * The bucket a client address counts in. One IPv6 host usually holds a whole /64 and may pick
 * any address in it, so IPv6 clients count per /64, as IPv4 clients count per address.
 * Null for anything that is not an address (the per-address limit is then skipped).
 */
export const addressKeyOf = (address: string): null | string => {
  const text = address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')
  if (net.isIPv4(text)) return `citizen:ip:${text}`
  if (net.isIPv6(text))
    return `citizen:ip:${ipv6Groups(text)
      .slice(0, 4)
      .map((group) => group.toString(16))
      .join(':')}::/64`
  return null
}

export const contactKeysOf = ({ email, phone }: { email: null | string; phone: null | string }): string[] => [
  ...(email ? [`citizen:email:${email}`] : []),
  ...(phone ? [`citizen:phone:${phone}`] : []),
]
