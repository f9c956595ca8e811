/**
 * Mail goes through Payload's e-mail adapter: SMTP from the environment when SMTP_HOST is set.
 * Without it Payload logs messages to the console instead of sending them.
 */
import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

export const emailAdapterFromEnv = (): EmailAdapter | Promise<EmailAdapter> | undefined => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const port = Number(process.env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM_ADDRESS || 'loa@loa.local',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Loa — Truyền thông chuyển đổi số',
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure: process.env.SMTP_SECURE === 'true',
      ignoreTLS: process.env.SMTP_SECURE !== 'true' && process.env.SMTP_STARTTLS !== 'true',
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
    },
  })
}
