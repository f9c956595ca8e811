/**
 * Forgot-password does its work in a job. Done in the request, it took a few hundred
 * milliseconds for an existing account (token written, mail sent) and a few for an unknown
 * e-mail, which tells who has an account; now every request queues one job and answers.
 * The job runs Payload's own forgot-password operation (token, its 15-second guard per
 * account, the mail), with the request's address so the link is built as Payload would.
 */
import type { PayloadRequest, TaskConfig } from 'payload'

import { isolateObjectProperty } from 'payload'

export const SEND_PASSWORD_RESET_TASK = 'sendPasswordReset'

type Input = { email: string; requestUrl?: string; host?: string }

export const queuePasswordReset = async ({ email, req }: { email: string; req: PayloadRequest }): Promise<void> => {
  const host = req.headers.get('host')
  await req.payload.jobs.queue({
    task: SEND_PASSWORD_RESET_TASK,
    input: { email, ...(req.url ? { requestUrl: req.url } : {}), ...(host ? { host } : {}) } satisfies Input,
    req,
  } as never)
}

export const sendPasswordResetTask: TaskConfig<{ input: Input; output: object }> = {
  slug: SEND_PASSWORD_RESET_TASK,
  label: 'Gửi thư đặt lại mật khẩu — send a password reset e-mail',
  retries: 3,
  inputSchema: [
    { name: 'email', type: 'text', required: true },
    { name: 'requestUrl', type: 'text' },
    { name: 'host', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const { email, host, requestUrl } = input as Input
    // The job's own request with the original request's address (url is read-only on the type).
    const resetReq = isolateObjectProperty(req, ['url', 'headers']) as PayloadRequest & { url?: string }
    if (requestUrl) resetReq.url = requestUrl
    resetReq.headers = new Headers(host ? { host } : {})
    await req.payload.forgotPassword({ collection: 'users', data: { email }, req: resetReq })
    return { output: {} }
  },
}
