/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) that keeps every message it
 * receives, parsed by `mailparser`, plus the nodemailer adapter that sends to it. It may offer
 * STARTTLS (`tls`) and require a login (`credentials`); it then records, for each login and
 * each message, whether the session had been upgraded to TLS.
 */
import type { ParsedMail } from 'mailparser'
import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpReceiverOptions = {
  /** Offer STARTTLS with this key and certificate. */
  tls?: { key: string; cert: string }
  /** Offer AUTH (over plain text too: the client must refuse) and accept only these credentials; mail without a login is taken as well. */
  credentials?: { user: string; pass: string }
}

export type SmtpReceiver = {
  port: number
  messages: ParsedMail[]
  /** One per message in `messages`: whether its session was under TLS, and who had logged in. */
  sessions: Array<{ isSecure: boolean; user?: string }>
  /** Every AUTH the server saw, with whether the session was under TLS at that moment. */
  logins: Array<{ user: string; isSecure: boolean }>
  /** The payload `email` option that delivers to this server. */
  emailAdapter: () => Promise<EmailAdapter>
  /** Resolves with the first message matching `predicate`, once it has arrived. */
  waitFor: (predicate: (mail: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>
  close: () => Promise<void>
}

export const startSmtpReceiver = async ({ credentials, tls }: SmtpReceiverOptions = {}): Promise<SmtpReceiver> => {
  const messages: ParsedMail[] = []
  const sessions: SmtpReceiver['sessions'] = []
  const logins: SmtpReceiver['logins'] = []
  const listeners = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: [...(tls ? [] : ['STARTTLS']), ...(credentials ? [] : ['AUTH'])],
    ...(tls ? { key: tls.key, cert: tls.cert } : {}),
    logger: false,
    onAuth(auth, session, callback) {
      logins.push({ user: auth.username ?? '', isSecure: session.secure })
      if (credentials && auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: auth.username })
      return callback(new Error('Invalid username or password'))
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          sessions.push({ isSecure: session.secure, user: typeof session.user === 'string' ? session.user : undefined })
          for (const listener of listeners) listener()
          callback()
        })
        .catch((err: Error) => callback(err))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0

  const waitFor: SmtpReceiver['waitFor'] = (predicate, timeoutMs = 15_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.find(predicate)
        if (!found) return false
        listeners.delete(check)
        clearTimeout(timer)
        resolve(found)
        return true
      }
      const timer = setTimeout(() => {
        listeners.delete(check)
        reject(
          new Error(
            `no matching e-mail among ${messages.length} received: ${messages.map((m) => `${m.to && 'text' in m.to ? m.to.text : ''} "${m.subject}"`).join('; ')}`,
          ),
        )
      }, timeoutMs)
      listeners.add(check)
      check()
    })

  return {
    port,
    messages,
    sessions,
    logins,
    emailAdapter: () =>
      Promise.resolve(
        nodemailerAdapter({
          defaultFromAddress: 'loa@loa.local',
          defaultFromName: 'Loa',
          skipVerify: true,
          transportOptions: { host: '127.0.0.1', port, secure: false, ignoreTLS: true },
        }),
      ),
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
