import type { PayloadRequest } from 'payload'

/** The request's JSON object, or null when the body is not one (the caller answers 400). */
export const readJsonBody = async (req: PayloadRequest): Promise<null | Record<string, unknown>> => {
  try {
    const body: unknown = req.json ? await req.json() : undefined
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}
