import type { LookupAddress } from 'node:dns'

import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import type { AdapterResult, ResolveHost } from '../types.js'

import { endpointProblem, targetOf } from '../utilities/endpointUrl.js'
import { checkedAddresses, pinnedLookup, RefusedAddressError } from '../utilities/guardedLookup.js'

export type HttpOutcome = { status: number; text: string; json: unknown } | { error: string }

export type OutgoingRequest = { method: string; headers?: Record<string, string>; body?: string | Uint8Array }

const parseJson = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}

/** Idle pooled connections are closed before a receiver's own keep-alive timeout (Node's: 5 s) would. */
const IDLE_SOCKET_MS = 4000
/** Connections one pool opens to one address at most (a drain sends to a channel one row at a time). */
const MAX_SOCKETS_PER_ADDRESS = 8

/**
 * Keep-alive connection pools, one per endpoint host and checked address. A pool only ever
 * connects to the address in its key: a host whose name now resolves elsewhere gets another
 * pool, and a host no longer allowed is refused by the check before any pool is picked.
 */
const pools = new Map<string, http.Agent>()

const poolFor = ({ address, target }: { address: LookupAddress; target: URL }): http.Agent => {
  const key = `${target.protocol}//${target.host}@${address.address}`
  let pool = pools.get(key)
  if (!pool) {
    const options = { keepAlive: true, maxSockets: MAX_SOCKETS_PER_ADDRESS, scheduling: 'lifo' as const, timeout: IDLE_SOCKET_MS }
    pool = target.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options)
    pools.set(key, pool)
  }
  return pool
}

/** The address to connect to: the literal itself, or the first of the checked answers for a name. */
const addressesFor = async ({ resolveHost, target }: { resolveHost: ResolveHost; target: URL }): Promise<LookupAddress[]> => {
  const { host, isListed } = targetOf(target)
  const family = net.isIP(host)
  // A literal was judged by endpointProblem; there is nothing to resolve.
  if (family) return [{ address: host, family }]
  return checkedAddresses({ hostname: host, isListed, resolveHost })
}

/**
 * One request with a hard timeout; refusals, network errors, resets and timeouts come back as
 * `error`. Node's http client rather than fetch: it takes a `lookup`, so the connection goes
 * to the very addresses that were checked (see guardedLookup.ts), while the Host header and
 * TLS (SNI, certificate name) still use the endpoint's name. Every request resolves and checks
 * afresh, then goes through the keep-alive pool of the address it was given, so a drain to
 * one receiver reuses its connections instead of opening one per delivery.
 */
export const sendRequest = async (
  url: string,
  init: OutgoingRequest,
  { resolveHost, timeoutMs }: { resolveHost: ResolveHost; timeoutMs: number },
): Promise<HttpOutcome> => {
  const problem = endpointProblem(url)
  if (problem) return { error: `refused: ${problem}` }
  const target = new URL(url)
  const signal = AbortSignal.timeout(timeoutMs)
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? Buffer.from(init.body) : init.body
  const headers = { ...init.headers, ...(body ? { 'content-length': String(body.byteLength) } : {}) }
  const client = target.protocol === 'https:' ? https : http

  let answers: LookupAddress[]
  try {
    answers = await addressesFor({ resolveHost, target })
  } catch (err) {
    if (err instanceof RefusedAddressError) return { error: `refused: ${err.message}` }
    return { error: `network error: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }
  }
  const [pinned] = answers as [LookupAddress]

  const attempt = (isRetry: boolean): Promise<HttpOutcome> =>
    new Promise((resolve) => {
      let hasResponse = false
      const fail = (err: NodeJS.ErrnoException) => {
        if (signal.aborted) resolve({ error: `timeout after ${timeoutMs} ms` })
        // A pooled connection the receiver had just closed (its keep-alive ran out): nothing was
        // received, so the request goes once more on a fresh connection (Node's advice for pools).
        else if (!isRetry && !hasResponse && request.reusedSocket && err.code === 'ECONNRESET') resolve(attempt(true))
        else resolve({ error: `network error: ${err.code ?? err.message}` })
      }
      const request = client.request(
        target,
        { method: init.method, headers, agent: poolFor({ address: pinned, target }), lookup: pinnedLookup([pinned]), signal },
        (response) => {
          hasResponse = true
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('error', fail)
          // Cut off mid-body (a timeout, a reset): 'end' never comes.
          response.on('close', () => {
            if (!response.complete) fail(Object.assign(new Error('response cut off'), { code: 'ECONNRESET' }))
          })
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            resolve({ status: response.statusCode ?? 0, text, json: parseJson(text) })
          })
        },
      )
      request.on('error', fail)
      request.end(body)
    })
  return attempt(false)
}

const excerpt = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 500)

/** 2xx ok; 429, 5xx and network failures retry; other answers fail with the response recorded. */
export const classifyHttp = (outcome: HttpOutcome, onOk: (json: unknown) => AdapterResult): AdapterResult => {
  if ('error' in outcome) return { isOk: false, isRetryable: !outcome.error.startsWith('refused'), error: outcome.error }
  const { status, text } = outcome
  if (status >= 200 && status < 300) return onOk(outcome.json)
  const error = `HTTP ${status}: ${excerpt(text)}`
  if (status === 429 || status >= 500) return { isOk: false, isRetryable: true, error }
  return { isOk: false, isRetryable: false, error }
}
