/**
 * Where channels may point, so that a channel cannot be used to reach the CMS's own network
 * (databases, caches, cloud metadata). Checked when a channel is saved and again before every
 * request: http(s) only, ports 80 and 443 only, and no host that is, or (for IPv6 forms that
 * embed IPv4) leads to, a non-public address; CHANNEL_ALLOWED_HOSTS lists the exceptions (see
 * allowedHosts.ts). Host names are judged by the addresses they resolve to when a request is
 * sent (see guardedLookup.ts).
 */
import { DEFAULT_PORTS, isListedTarget, listedForm } from './allowedHosts.js'
import { nonPublicAddressReason } from './ipAddress.js'

export { isNonPublicAddress } from './ipAddress.js'

/** The host (no brackets) and port a URL connects to, and whether CHANNEL_ALLOWED_HOSTS lists them. */
export const targetOf = (url: URL): { host: string; port: number; isListed: boolean } => {
  const host = url.hostname.replace(/^\[/, '').replace(/\]$/, '')
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
  return { host, port, isListed: isListedTarget(host, port) }
}

const notPublic = (host: string, reason: string) =>
  `Địa chỉ không công khai "${host}" bị từ chối (${reason}) — endpoint host "${host}" is not public: ${reason} (list it in CHANNEL_ALLOWED_HOSTS to allow it)`

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
  const { host, port, isListed } = targetOf(url)
  if (isListed) return undefined
  if (!DEFAULT_PORTS.includes(port)) {
    return `Cổng ${port} không được phép (chỉ 80 và 443) — endpoint port ${port} is not allowed: only 80 and 443, unless "${listedForm(host, port)}" is listed in CHANNEL_ALLOWED_HOSTS`
  }
  const name = host.replace(/\.$/, '')
  if (name === 'localhost' || name.endsWith('.localhost')) return notPublic(host, 'localhost')
  const reason = nonPublicAddressReason(host)
  return reason ? notPublic(host, reason) : undefined
}
