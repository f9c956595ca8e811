/**
 * The DNS step of an outgoing channel request. Node's http client asks its `lookup` for the
 * addresses of a host name and connects to exactly what it answers; the name is resolved and
 * checked once per request (any answer that is not a public address refuses it) and the
 * connection's lookup answers with that checked address only. Checking and connecting thus use one resolution: a name that resolves to a public address
 * for a check and to 127.0.0.1 a moment later (DNS rebinding) cannot slip between the two.
 */
import type { LookupAddress, LookupOptions } from 'node:dns'
import type { LookupFunction } from 'node:net'

import dns from 'node:dns'

import type { ResolveHost } from '../types.js'

import { nonPublicAddressReason } from './ipAddress.js'

/** The system resolver (getaddrinfo, as every other Node connection uses), every answer in its order. */
export const systemResolveHost: ResolveHost = async (hostname) =>
  (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }))

/** A lookup refused because the name leads to a non-public address. */
export class RefusedAddressError extends Error {
  readonly code = 'ELOA_NOT_PUBLIC'
}

const notFound = (hostname: string) => Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname })

/**
 * The addresses a host name resolves to, once checked: refused (RefusedAddressError) when any
 * answer is not a public address, unless CHANNEL_ALLOWED_HOSTS lists the host (`isListed`).
 */
export const checkedAddresses = async ({
  hostname,
  isListed,
  resolveHost,
}: {
  hostname: string
  isListed: boolean
  resolveHost: ResolveHost
}): Promise<LookupAddress[]> => {
  const answers = await resolveHost(hostname)
  if (!isListed) {
    for (const { address } of answers) {
      const reason = nonPublicAddressReason(address)
      if (reason) throw new RefusedAddressError(`endpoint host "${hostname}" resolves to ${address}, which is not public (${reason})`)
    }
  }
  if (answers.length === 0) throw notFound(hostname)
  return answers
}

/** A lookup that answers with addresses already checked, whatever it is asked. */
export const pinnedLookup =
  (answers: LookupAddress[]): LookupFunction =>
  (hostname: string, options: LookupOptions, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family
    const usable: LookupAddress[] = family === 4 || family === 6 ? answers.filter((answer) => answer.family === family) : answers
    const first = usable[0]
    if (!first) callback(notFound(hostname), '')
    else if (options.all) callback(null, usable)
    else callback(null, first.address, first.family)
  }
