import http from 'node:http'
import https from 'node:https'

import type { AdapterResult, ResolveHost } from '../types.js'

import { endpointProblem, targetOf } from '../utilities/endpointUrl.js'
import { guardedLookup, RefusedAddressError } from '../utilities/guardedLookup.js'

export type HttpOutcome = { status: number; text: string; json: unknown } | { error: string }

export type OutgoingRequest = { method: string; headers?: Record<string, string>; body?: string | Uint8Array }

const parseJson = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}

/**
 * One request with a hard timeout; refusals, network errors, resets and timeouts come back as
 * `error`. Node's http client rather than fetch: it takes a `lookup`, so the connection goes
 * to the very addresses that were checked (see guardedLookup.ts), while the Host header and
 * TLS (SNI, certificate name) still use the endpoint's name. No agent: every request resolves
 * and checks afresh, and no pooled connection outlives a change of CHANNEL_ALLOWED_HOSTS.
 */
export const sendRequest = (
  url: string,
  init: OutgoingRequest,
  { resolveHost, timeoutMs }: { resolveHost: ResolveHost; timeoutMs: number },
): Promise<HttpOutcome> => {
  const problem = endpointProblem(url)
  if (problem) return Promise.resolve({ error: `refused: ${problem}` })
  const target = new URL(url)
  const signal = AbortSignal.timeout(timeoutMs)
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? Buffer.from(init.body) : init.body
  const headers = { ...init.headers, ...(body ? { 'content-length': String(body.byteLength) } : {}) }
  const client = target.protocol === 'https:' ? https : http

  return new Promise((resolve) => {
    const fail = (err: NodeJS.ErrnoException) => {
      if (err instanceof RefusedAddressError) resolve({ error: `refused: ${err.message}` })
      else if (signal.aborted) resolve({ error: `timeout after ${timeoutMs} ms` })
      else resolve({ error: `network error: ${err.code ?? err.message}` })
    }
    const request = client.request(
      target,
      { method: init.method, headers, agent: false, lookup: guardedLookup({ isListed: targetOf(target).isListed, resolveHost }), signal },
      (response) => {
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
