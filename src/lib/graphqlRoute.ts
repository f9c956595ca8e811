/**
 * Payload's GraphQL route with client errors answered as GraphQL errors. The route parses the
 * body itself, outside Payload's error handling: a body that is not JSON (or any other refusal
 * thrown while reading the request) escaped as an exception that Next answers with an empty 500.
 */
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'

type RouteHandler = (request: Request) => Promise<Response>

const NOT_JSON = 'Nội dung gửi lên không phải JSON hợp lệ — the request body is not valid JSON'

const graphqlError = (message: string, status: number) =>
  Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status, headers: { 'Cache-Control': 'no-store' } })

const isJsonBody = (request: Request) => (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() === 'application/json'

const hasMalformedJson = async (request: Request): Promise<boolean> => {
  if (!isJsonBody(request)) return false
  const text = await request.clone().text()
  if (!text) return false
  try {
    JSON.parse(text)
    return false
  } catch {
    return true
  }
}

const clientErrorStatus = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

export const withGraphqlClientErrors =
  (handler: RouteHandler): RouteHandler =>
  async (request) => {
    if (await hasMalformedJson(request)) return graphqlError(NOT_JSON, 400)
    try {
      return await handler(request)
    } catch (error) {
      const status = clientErrorStatus(error)
      if (status === undefined) throw error
      return graphqlError((error as Error).message, status)
    }
  }

/** POST /api/graphql. */
export const graphqlPost = (config: Promise<SanitizedConfig> | SanitizedConfig): RouteHandler => withGraphqlClientErrors(GRAPHQL_POST(config))
