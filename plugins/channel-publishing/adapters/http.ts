import type { AdapterResult } from '../types.js'

import { assertDeliverableHost } from '../utilities/endpointUrl.js'

export type HttpOutcome = { status: number; text: string; json: unknown } | { error: string }

/** One request with a hard timeout; network errors, resets and timeouts come back as `error`. */
export const sendRequest = async (url: string, init: RequestInit, timeoutMs: number): Promise<HttpOutcome> => {
  try {
    await assertDeliverableHost(url)
  } catch (err) {
    return { error: `refused: ${(err as Error).message}` }
  }
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    const text = await response.text()
    let json: unknown
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      json = undefined
    }
    return { status: response.status, text, json }
  } catch (err) {
    const error = err as Error & { cause?: { code?: string; message?: string } }
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return { error: `timeout after ${timeoutMs} ms` }
    return { error: `network error: ${error.cause?.code ?? error.cause?.message ?? error.message}` }
  }
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
