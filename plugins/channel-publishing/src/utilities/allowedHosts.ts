/**
 * CHANNEL_ALLOWED_HOSTS: comma-separated exceptions to the outbound rules, read on every check
 * so a deployment (or a test) may change it without a restart.
 *
 * - `host` lets a private or loopback host through, on ports 80 and 443 only;
 * - `host:port` lets that host through on that one port (public hosts too: any port other
 *   than 80/443 must be listed this way);
 * - `host:*` on any port, meant for development and tests whose receivers take random ports.
 *
 * IPv6 hosts are written in brackets (`[fd00::5]:8080`); a bare IPv6 address means ports 80/443.
 */
export const DEFAULT_PORTS: readonly number[] = [80, 443]

type AllowedEntry = { host: string; ports: 'any' | readonly number[] }

/** The host as the URL parser writes it (lower case, IPv4 in dotted form, IPv6 compressed), brackets removed. */
export const normalizeHost = (host: string): string | undefined => {
  try {
    return new URL(`http://${host}/`).hostname.replace(/^\[/, '').replace(/\]$/, '')
  } catch {
    return undefined
  }
}

const parseEntry = (entry: string): AllowedEntry | undefined => {
  const bracketed = /^(\[[^\]]+\])(?::(\*|\d{1,5}))?$/.exec(entry)
  const plain = /^([^:[\]]+)(?::(\*|\d{1,5}))?$/.exec(entry)
  const [, rawHost, rawPort] = bracketed ?? plain ?? (entry.includes(':') ? [entry, `[${entry}]`, undefined] : [])
  if (!rawHost) return undefined
  const host = normalizeHost(rawHost)
  if (!host) return undefined
  if (rawPort === undefined) return { host, ports: DEFAULT_PORTS }
  if (rawPort === '*') return { host, ports: 'any' }
  return { host, ports: [Number(rawPort)] }
}

const allowedEntries = (): AllowedEntry[] =>
  (process.env.CHANNEL_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(parseEntry)
    .filter((entry): entry is AllowedEntry => entry !== undefined)

/** Whether CHANNEL_ALLOWED_HOSTS lets `host` (normalized, no brackets) through on `port`. */
export const isListedTarget = (host: string, port: number): boolean =>
  allowedEntries().some((entry) => entry.host === host && (entry.ports === 'any' || entry.ports.includes(port)))

/** `host:port` as it would be listed, with brackets around IPv6. */
export const listedForm = (host: string, port: number): string => `${host.includes(':') ? `[${host}]` : host}:${port}`
