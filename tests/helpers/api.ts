/**
 * Calls Loa's REST and GraphQL APIs in-process, through the same handlers the Next.js routes
 * use, against a test instance (no server needed).
 */
import type { Payload } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
import { graphql } from 'graphql'
import { createPayloadRequest, handleEndpoints } from 'payload'

import { runInRequestScope } from '../../src/lib/requestScope.js'
import { LOA_PUBLIC_CACHE_RULES } from '../../src/lib/publicCache/loaPublicCacheRules.js'
import { respondInRequestScope } from '../../src/lib/serveRequest.js'

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T; text: string }

type RequestOptions = {
  body?: unknown
  headers?: Record<string, string>
  /** A JWT from login(); sent as `Authorization: JWT …`. */
  token?: string
}

export type Api = {
  request: <T = any>(method: string, path: string, options?: RequestOptions) => Promise<ApiResponse<T>>
  get: <T = any>(path: string, options?: RequestOptions) => Promise<ApiResponse<T>>
  post: <T = any>(path: string, body?: unknown, options?: RequestOptions) => Promise<ApiResponse<T>>
  patch: <T = any>(path: string, body?: unknown, options?: RequestOptions) => Promise<ApiResponse<T>>
  delete: <T = any>(path: string, options?: RequestOptions) => Promise<ApiResponse<T>>
  graphql: <T = any>(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown> },
  ) => Promise<{ data?: T; errors?: Array<{ message: string }> }>
  login: (email: string, password: string) => Promise<string>
}

const BASE = 'http://localhost:3000'

/** `cacheKey` is the key the test instance was created with (TestPayload.databaseUri). */
export const createApi = (payload: Payload, cacheKey: string): Api => {
  let schema: ReturnType<typeof configToSchema> | undefined

  const request: Api['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    let body: BodyInit | undefined
    if (options.body !== undefined) {
      if (typeof options.body === 'string' || options.body instanceof FormData) body = options.body as BodyInit
      else {
        body = JSON.stringify(options.body)
        headers['Content-Type'] ??= 'application/json'
      }
    }
    // As the Next.js route does: one request scope per request.
    const incoming = new Request(`${BASE}${path}`, { body, headers, method })
    const response = await respondInRequestScope(
      incoming,
      () => handleEndpoints({ config: payload.config, payloadInstanceCacheKey: cacheKey, request: incoming }),
      { publicCache: LOA_PUBLIC_CACHE_RULES },
    )
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // Not JSON (feeds, calendars, files): the text is the body.
    }
    return { body: parsed as never, headers: response.headers, status: response.status, text }
  }

  return {
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    patch: (path, body, options) => request('PATCH', path, { ...options, body }),
    delete: (path, options) => request('DELETE', path, options),
    graphql: async (query, options = {}) => {
      const built = (schema ??= configToSchema(payload.config))
      const headers: Record<string, string> = options.token ? { Authorization: `JWT ${options.token}` } : {}
      const req = await createPayloadRequest({
        config: payload.config,
        payloadInstanceCacheKey: cacheKey,
        request: new Request(`${BASE}/api/graphql`, { headers, method: 'POST' }),
      })
      const result = await runInRequestScope(() =>
        graphql({
          contextValue: { headers: {}, req },
          schema: built.schema,
          source: query,
          variableValues: options.variables,
        }),
      )
      return JSON.parse(JSON.stringify(result))
    },
    login: async (email, password) => {
      const response = await request('POST', '/api/users/login', { body: { email, password } })
      if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${response.text}`)
      return response.body.token as string
    },
  }
}
