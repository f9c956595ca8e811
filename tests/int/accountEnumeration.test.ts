/**
 * Login and forgot-password must not tell who has an account: the same status and message,
 * and about the same time, for an existing e-mail, an unknown one and a locked account. Times
 * are compared as the ratio of medians (generous: the machine is shared); what this catches is
 * the order-of-magnitude gap of a password hash computed for one and skipped for the other.
 */
import type { Api } from '../helpers/api.js'
import type { SmtpReceiver } from '../helpers/smtpReceiver.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { startSmtpReceiver } from '../helpers/smtpReceiver.js'
import { createTestPayload } from '../helpers/testPayload.js'

const TRIES = 5
const FORGOT_TRIES = 7
/** How far apart the two medians may be. The leak this guards against was about 15×. */
const MAX_RATIO = 3

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const timed = async <T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now()
  const result = await run()
  return { ms: performance.now() - started, result }
}

const expectComparable = (label: string, a: number[], b: number[]) => {
  const ratio = median(a) / median(b)
  const summary = `${label}: medians ${median(a).toFixed(1)} ms vs ${median(b).toFixed(1)} ms (×${ratio.toFixed(2)})`
  expect({ summary, isComparable: ratio <= MAX_RATIO && ratio >= 1 / MAX_RATIO }).toEqual({ summary, isComparable: true })
}

describe.each(adaptersUnderTest())('who has an account stays unknown on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let smtp: SmtpReceiver
  let unknownCounter = 0
  const unknownEmail = () => `khong.ton.tai.${(unknownCounter += 1)}@loa.local`

  const login = (email: string, password: string) => api.post('/api/users/login', { email, password })

  beforeAll(async () => {
    smtp = await startSmtpReceiver()
    ctx = await createTestPayload(adapter, { email: smtp.emailAdapter() })
    api = createApi(ctx.payload, ctx.databaseUri)
    await createUser(ctx.payload, 'co.tai.khoan@loa.local', ['editor'])
    await createUser(ctx.payload, 'se.bi.khoa@loa.local', ['editor'])
    for (let i = 1; i <= FORGOT_TRIES; i += 1) await createUser(ctx.payload, `quen.mat.khau.${i}@loa.local`, ['editor'])
  })
  afterAll(async () => {
    await ctx?.cleanup()
    await smtp?.close()
  })

  it('answers a wrong password for an existing account exactly as an unknown e-mail, in comparable time', async () => {
    const existing: number[] = []
    const unknown: number[] = []
    const answers: Array<{ status: number; body: unknown }> = []
    // Warm-up: the first request of a file pays for loading code.
    await login(unknownEmail(), 'sai-mat-khau')
    for (let i = 0; i < TRIES; i += 1) {
      const a = await timed(() => login('co.tai.khoan@loa.local', 'sai-mat-khau'))
      const b = await timed(() => login(unknownEmail(), 'sai-mat-khau'))
      existing.push(a.ms)
      unknown.push(b.ms)
      answers.push({ status: a.result.status, body: a.result.body }, { status: b.result.status, body: b.result.body })
    }
    expect(answers[1]!.status).toBe(401)
    expect(answers).toEqual(Array(answers.length).fill(answers[1]))
    expectComparable('login, existing vs unknown', existing, unknown)
  })

  it('answers a locked account like an unknown e-mail, even with the right password and when parallel attempts lock it', async () => {
    const reference = await login(unknownEmail(), 'sai-mat-khau')
    // More parallel failures than the ten allowed: Payload locks the account in the middle of them.
    const burst = await Promise.all(Array.from({ length: 15 }, () => login('se.bi.khoa@loa.local', 'sai-mat-khau')))
    expect(burst.map((r) => [r.status, r.body])).toEqual(Array(15).fill([401, reference.body]))
    const locked = await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: 'se.bi.khoa@loa.local' } },
      showHiddenFields: true,
      overrideAccess: true,
    })
    expect(Date.parse(String((locked.docs[0] as { lockUntil?: string }).lockUntil))).toBeGreaterThan(Date.now())

    const rightPassword = await login('se.bi.khoa@loa.local', TEST_PASSWORD)
    expect([rightPassword.status, rightPassword.body]).toEqual([401, reference.body])

    const lockedTimes: number[] = []
    const unknownTimes: number[] = []
    for (let i = 0; i < TRIES; i += 1) {
      lockedTimes.push((await timed(() => login('se.bi.khoa@loa.local', 'sai-mat-khau'))).ms)
      unknownTimes.push((await timed(() => login(unknownEmail(), 'sai-mat-khau'))).ms)
    }
    expectComparable('login, locked vs unknown', lockedTimes, unknownTimes)
  })

  it('answers forgot-password the same for existing and unknown e-mails in comparable time, and mails only the existing ones', async () => {
    const existing: number[] = []
    const unknown: number[] = []
    const answers: Array<{ status: number; body: unknown }> = []
    const strangers: string[] = []
    await api.post('/api/users/forgot-password', { email: unknownEmail() })
    for (let i = 1; i <= FORGOT_TRIES; i += 1) {
      const stranger = unknownEmail()
      strangers.push(stranger)
      const a = await timed(() => api.post('/api/users/forgot-password', { email: `quen.mat.khau.${i}@loa.local` }))
      const b = await timed(() => api.post('/api/users/forgot-password', { email: stranger }))
      existing.push(a.ms)
      unknown.push(b.ms)
      answers.push({ status: a.result.status, body: a.result.body }, { status: b.result.status, body: b.result.body })
    }
    expect(answers[0]!.status).toBe(200)
    expect(answers).toEqual(Array(answers.length).fill(answers[0]))
    expectComparable('forgot-password, existing vs unknown', existing, unknown)

    await ctx.payload.jobs.run({ limit: 100 })
    for (let i = 1; i <= FORGOT_TRIES; i += 1) {
      const mail = await smtp.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes(`quen.mat.khau.${i}@loa.local`))
      expect(mail.html || mail.text).toMatch(/\/admin\/reset\/[0-9a-f]{40}/)
    }
    const recipients = JSON.stringify(smtp.messages.map((m) => m.to))
    for (const stranger of strangers) expect(recipients).not.toContain(stranger)
  })

  it('answers the GraphQL forgot-password the same way for both, and the reset mail still arrives', async () => {
    const mutation = (email: string) => api.graphql('mutation ($email: String!) { forgotPasswordUser(email: $email) }', { variables: { email } })
    const known = await mutation('co.tai.khoan@loa.local')
    const stranger = await mutation(unknownEmail())
    expect(known).toEqual({ data: { forgotPasswordUser: true } })
    expect(stranger).toEqual(known)
    await ctx.payload.jobs.run({ limit: 100 })
    await smtp.waitFor((m) => JSON.stringify(m.to).includes('co.tai.khoan@loa.local'))
  })
})
