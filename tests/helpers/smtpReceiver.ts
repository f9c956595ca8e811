/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) that keeps every message it
 * receives, parsed by `mailparser`, plus the nodemailer adapter that sends to it.
 */
import type { ParsedMail } from 'mailparser'
import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpReceiver = {
  port: number
  messages: ParsedMail[]
  /** The payload `email` option that delivers to this server. */
  emailAdapter: () => Promise<EmailAdapter>
  /** Resolves with the first message matching `predicate`, once it has arrived. */
  waitFor: (predicate: (mail: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>
  close: () => Promise<void>
}

export const startSmtpReceiver = async (): Promise<SmtpReceiver> => {
  const messages: ParsedMail[] = []
  const listeners = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
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
        reject(new Error(`no matching e-mail among ${messages.length} received: ${messages.map((m) => `${m.to && 'text' in m.to ? m.to.text : ''} "${m.subject}"`).join('; ')}`))
      }, timeoutMs)
      listeners.add(check)
      check()
    })

  return {
    port,
    messages,
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
