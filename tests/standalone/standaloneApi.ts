/**
 * REST calls to a standalone plugin instance through Payload's own handler (what a Next.js
 * route of any Payload project runs), none of Loa's request scope or caches around it.
 */
import type { Payload } from 'payload'

import { handleEndpoints } from 'payload'

export type StandaloneResponse = { body: any; headers: Headers; status: number; text: string }

export const standaloneApi = (payload: Payload, cacheKey: string) => {
  const request = async (
    method: string,
    path: string,
    { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<StandaloneResponse> => {
    const incoming = new Request(`http://localhost:3000${path}`, {
      method,
      headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await handleEndpoints({ config: payload.config, payloadInstanceCacheKey: cacheKey, request: incoming })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // Feeds and files: the text is the body.
    }
    return { body: parsed, headers: response.headers, status: response.status, text }
  }
  return {
    get: (path: string, headers?: Record<string, string>) => request('GET', path, { headers }),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => request('POST', path, { body, headers }),
    login: async (email: string, password: string): Promise<string> => {
      const answer = await request('POST', '/api/users/login', { body: { email, password } })
      if (answer.status !== 200) throw new Error(`login failed for ${email}: ${answer.status} ${answer.text}`)
      return String(answer.body.token)
    },
  }
}

/** The adapters of this run that Payload's plain adapters serve (SQLite, Postgres). */
export const sqlAdaptersOf = <T extends string>(adapters: T[]): T[] => adapters.filter((name) => name === 'sqlite' || name === 'postgres')
