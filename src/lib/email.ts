/**
 * Mail goes through Payload's e-mail adapter: SMTP from the environment when SMTP_HOST is set.
 * Without it Payload logs messages to the console instead of sending them.
 *
 * Mail carries registrants' personal data and the SMTP password, so the session is upgraded
 * with STARTTLS whenever the server offers it, and a login never happens over plain text
 * unless SMTP_ALLOW_PLAINTEXT_AUTH=true says this is a development server.
 */
import type { EmailAdapter } from 'payload'

import fs from 'node:fs'

type Env = Record<string, string | undefined>

/** `SMTP_STARTTLS`: unset uses it when offered, `true` requires it, `false` never upgrades. */
type StartTlsMode = 'offered' | 'required' | 'never'

const fail = (message: string): never => {
  throw new Error(`[email] ${message}`)
}

const startTlsModeOf = (value: string | undefined): StartTlsMode => {
  if (value === undefined || value === '') return 'offered'
  if (value === 'true') return 'required'
  if (value === 'false') return 'never'
  return fail(`SMTP_STARTTLS must be "true", "false" or unset, got ${JSON.stringify(value)}`)
}

const smtpTransportOptions = (env: Env, host: string) => {
  const isImplicitTls = env.SMTP_SECURE === 'true'
  const startTls = startTlsModeOf(env.SMTP_STARTTLS)
  const auth = env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined
  const isPlaintextAuthAllowed = env.SMTP_ALLOW_PLAINTEXT_AUTH === 'true'
  if (auth && !isImplicitTls && startTls === 'never' && !isPlaintextAuthAllowed) {
    fail('SMTP_STARTTLS=false with SMTP_USER would send the SMTP password in clear; use TLS, or set SMTP_ALLOW_PLAINTEXT_AUTH=true for a development server')
  }
  return {
    host,
    port: Number(env.SMTP_PORT || 587),
    secure: isImplicitTls,
    // Without either flag nodemailer upgrades when the server offers STARTTLS, and goes on in
    // clear when it does not: fine for a message, not for a password.
    ignoreTLS: !isImplicitTls && startTls === 'never',
    requireTLS: !isImplicitTls && (startTls === 'required' || (Boolean(auth) && !isPlaintextAuthAllowed)),
    auth,
    // A private CA (a province's own mail relay): trusted in addition to the system's CAs.
    ...(env.SMTP_CA_FILE ? { tls: { ca: fs.readFileSync(env.SMTP_CA_FILE, 'utf8') } } : {}),
  }
}

/** nodemailer's "Error upgrading connection with STARTTLS" does not say what to do about it. */
const explainTlsRefusal = (err: unknown, { host, port, hasAuth }: { host: string; port: number; hasAuth: boolean }): unknown => {
  if ((err as { code?: string })?.code !== 'ETLS') return err
  const what = hasAuth ? 'the SMTP password and the message' : 'the message'
  return new Error(
    `[email] ${host}:${port} offers no usable STARTTLS, so ${what} were not sent in clear (${(err as Error).message}). ` +
      'Enable TLS on the mail server, use SMTP_SECURE=true for implicit TLS, or for a development server set SMTP_ALLOW_PLAINTEXT_AUTH=true.',
    { cause: err },
  )
}

export const emailAdapterFromEnv = (env: Env = process.env): Promise<EmailAdapter> | undefined => {
  const host = env.SMTP_HOST
  if (!host) return undefined
  const transportOptions = smtpTransportOptions(env, host)
  // Loaded only when mail is configured: nodemailer is a large part of what a process loads at start.
  return import('@payloadcms/email-nodemailer')
    .then(({ nodemailerAdapter }) =>
      nodemailerAdapter({
        defaultFromAddress: env.SMTP_FROM_ADDRESS || 'loa@loa.local',
        defaultFromName: env.SMTP_FROM_NAME || 'Loa — Truyền thông chuyển đổi số',
        skipVerify: true,
        transportOptions,
      }),
    )
    .then((adapter): EmailAdapter => (args) => {
      const mailer = adapter(args)
      return {
        ...mailer,
        sendEmail: (message) =>
          mailer.sendEmail(message).catch((err: unknown) => {
            throw explainTlsRefusal(err, { host, port: transportOptions.port, hasAuth: Boolean(transportOptions.auth) })
          }),
      }
    })
}
