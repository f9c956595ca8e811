/**
 * POST /api/users/forgot-password, in place of Payload's: queues the work (see
 * sendPasswordResetTask.ts) and answers as Payload does, the same for every e-mail.
 */
import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { queuePasswordReset } from './sendPasswordResetTask.js'

export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const body = req.json ? await req.json().catch(() => undefined) : undefined
    const email = (body as { email?: unknown } | undefined)?.email
    if (typeof email !== 'string' || !email.trim()) throw new APIError('Thiếu thư điện tử (email) — email is required', 400, { field: 'email' }, true)
    await queuePasswordReset({ email, req })
    return Response.json({ message: req.t('general:success') }, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  },
}
