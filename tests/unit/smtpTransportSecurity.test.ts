/**
 * Mail leaves through SMTP under TLS whenever the server offers STARTTLS, and the SMTP password
 * never crosses the wire in clear unless SMTP_ALLOW_PLAINTEXT_AUTH=true says so. Real
 * `smtp-server`s on 127.0.0.1, one offering STARTTLS with a certificate made for the test and
 * one not, report whether each login and message came over an upgraded session.
 */
import type { EmailAdapter, Payload } from 'payload'

import type { SelfSignedCertificate } from '../helpers/selfSignedCertificate.js'
import type { SmtpReceiver } from '../helpers/smtpReceiver.js'

import { emailAdapterFromEnv } from '../../src/lib/email.js'
import { makeSelfSignedCertificate } from '../helpers/selfSignedCertificate.js'
import { startSmtpReceiver } from '../helpers/smtpReceiver.js'

const SMTP_VARIABLES = [
  'SMTP_HOST',
  'SMTP_PORT',
  'SMTP_USER',
  'SMTP_PASS',
  'SMTP_SECURE',
  'SMTP_STARTTLS',
  'SMTP_ALLOW_PLAINTEXT_AUTH',
  'SMTP_CA_FILE',
] as const
const credentials = { user: 'loa-mailer', pass: 'mat-khau-smtp-2024' }

describe('SMTP transport security', () => {
  let certificate: SelfSignedCertificate
  let withStartTls: SmtpReceiver
  let withoutStartTls: SmtpReceiver

  beforeAll(async () => {
    certificate = makeSelfSignedCertificate()
    withStartTls = await startSmtpReceiver({ tls: certificate, credentials })
    withoutStartTls = await startSmtpReceiver({ credentials })
  })
  afterAll(async () => {
    await withStartTls?.close()
    await withoutStartTls?.close()
    certificate?.remove()
  })

  /** Sends one mail through the adapter Loa builds from these environment variables (and no others). */
  const sendWith = async (env: Partial<Record<(typeof SMTP_VARIABLES)[number], string>>, subject: string) => {
    const adapter = (await emailAdapterFromEnv(env)) as EmailAdapter
    const mailer = adapter({ payload: {} as Payload })
    return mailer.sendEmail({ to: 'nguoi.dang.ky@thanhhoa.gov.vn', subject, text: 'Họ tên, số điện thoại, đơn vị: dữ liệu cá nhân.' })
  }

  it('upgrades with STARTTLS when the server offers it, before logging in and before the message, with no setting', async () => {
    await sendWith(
      {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(withStartTls.port),
        SMTP_USER: credentials.user,
        SMTP_PASS: credentials.pass,
        SMTP_CA_FILE: certificate.certFile,
      },
      'Có STARTTLS, có đăng nhập',
    )
    const index = withStartTls.messages.findIndex((mail) => mail.subject === 'Có STARTTLS, có đăng nhập')
    expect(index).toBeGreaterThanOrEqual(0)
    expect(withStartTls.sessions[index]).toEqual({ isSecure: true, user: credentials.user })
    expect(withStartTls.logins).toEqual([{ user: credentials.user, isSecure: true }])
  })

  it('upgrades with STARTTLS when offered even without a login', async () => {
    await sendWith({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(withStartTls.port), SMTP_CA_FILE: certificate.certFile }, 'Có STARTTLS, không đăng nhập')
    const index = withStartTls.messages.findIndex((mail) => mail.subject === 'Có STARTTLS, không đăng nhập')
    expect(withStartTls.sessions[index]).toEqual({ isSecure: true, user: undefined })
  })

  it('refuses to log in over plain text when the server offers no STARTTLS, and sends nothing', async () => {
    const sending = sendWith(
      { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(withoutStartTls.port), SMTP_USER: credentials.user, SMTP_PASS: credentials.pass },
      'Không STARTTLS, có đăng nhập',
    )
    await expect(sending).rejects.toThrow(/STARTTLS.*SMTP_ALLOW_PLAINTEXT_AUTH/s)
    expect(withoutStartTls.logins).toEqual([])
    expect(withoutStartTls.messages.map((mail) => mail.subject)).not.toContain('Không STARTTLS, có đăng nhập')
  })

  it('logs in over plain text only when SMTP_ALLOW_PLAINTEXT_AUTH=true says so (a development server)', async () => {
    await sendWith(
      {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(withoutStartTls.port),
        SMTP_USER: credentials.user,
        SMTP_PASS: credentials.pass,
        SMTP_ALLOW_PLAINTEXT_AUTH: 'true',
      },
      'Cho phép đăng nhập không mã hoá',
    )
    const index = withoutStartTls.messages.findIndex((mail) => mail.subject === 'Cho phép đăng nhập không mã hoá')
    expect(withoutStartTls.sessions[index]).toEqual({ isSecure: false, user: credentials.user })
  })

  it('refuses to send at all without TLS when SMTP_STARTTLS=true and the server offers none', async () => {
    const sending = sendWith({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(withoutStartTls.port), SMTP_STARTTLS: 'true' }, 'Bắt buộc STARTTLS')
    await expect(sending).rejects.toThrow(/STARTTLS/)
    expect(withoutStartTls.messages.map((mail) => mail.subject)).not.toContain('Bắt buộc STARTTLS')
  })

  it('refuses at start-up a configuration that would send the password in clear', async () => {
    await expect(
      sendWith(
        { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(withStartTls.port), SMTP_USER: credentials.user, SMTP_PASS: credentials.pass, SMTP_STARTTLS: 'false' },
        'x',
      ),
    ).rejects.toThrow(/SMTP_STARTTLS=false.*SMTP_ALLOW_PLAINTEXT_AUTH/s)
    await expect(sendWith({ SMTP_HOST: '127.0.0.1', SMTP_STARTTLS: 'maybe' }, 'x')).rejects.toThrow(/SMTP_STARTTLS/)
  })
})
