/**
 * Where channels may point. Private, loopback, link-local and unspecified addresses (and the
 * name "localhost") are refused unless the host is listed in CHANNEL_ALLOWED_HOSTS, so a
 * channel cannot be used to reach the CMS's own network. Checked when a channel is saved
 * (literal addresses) and again before every delivery (after DNS resolution).
 */
import dns from 'node:dns/promises'
import net from 'node:net'

export const allowedHosts = (): string[] =>
  (process.env.CHANNEL_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean)

const stripBrackets = (host: string) => host.replace(/^\[/, '').replace(/\]$/, '').toLowerCase()

const isPrivateIPv4 = (address: string): boolean => {
  const [a = 0, b = 0] = address.split('.').map(Number)
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  )
}

/** Whether a literal IP address is private, loopback, link-local, multicast or unspecified. */
export const isNonPublicAddress = (address: string): boolean => {
  const ip = stripBrackets(address)
  if (net.isIPv4(ip)) return isPrivateIPv4(ip)
  if (!net.isIPv6(ip)) return false
  if (ip === '::' || ip === '::1') return true
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip)
  if (mapped?.[1]) return isPrivateIPv4(mapped[1])
  // The URL parser writes IPv4-mapped addresses in hex (::ffff:a00:1 for 10.0.0.1).
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip)
  if (mappedHex?.[1] && mappedHex[2]) {
    const high = parseInt(mappedHex[1], 16)
    const low = parseInt(mappedHex[2], 16)
    return isPrivateIPv4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`)
  }
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(ip)
}

export const isAllowedHost = (host: string): boolean => allowedHosts().includes(stripBrackets(host))

/** Why `value` is not a usable channel endpoint, or undefined when it is. */
export const endpointProblem = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || !value.trim()) return 'Thiếu địa chỉ (endpoint) — endpoint is required'
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return 'Địa chỉ không hợp lệ — endpoint is not a valid URL'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Chỉ chấp nhận http(s) — endpoint must use http or https'
  if (url.username || url.password) return 'Không đặt mật khẩu trong địa chỉ — endpoint must not embed credentials'
  const host = stripBrackets(url.hostname)
  if (isAllowedHost(host)) return undefined
  if (host === 'localhost' || host.endsWith('.localhost') || isNonPublicAddress(host)) {
    return `Địa chỉ nội bộ "${host}" bị từ chối — endpoint host "${host}" is private or loopback (allow it in CHANNEL_ALLOWED_HOSTS)`
  }
  return undefined
}

/** Before each delivery: refuses hosts that resolve to non-public addresses unless allowed. */
export const assertDeliverableHost = async (endpoint: string): Promise<void> => {
  const problem = endpointProblem(endpoint)
  if (problem) throw new Error(problem)
  const host = stripBrackets(new URL(endpoint).hostname)
  if (isAllowedHost(host) || net.isIP(host)) return
  const addresses = await dns.lookup(host, { all: true })
  const blocked = addresses.find((entry) => isNonPublicAddress(entry.address))
  if (blocked) throw new Error(`endpoint host "${host}" resolves to a private address (${blocked.address})`)
}
