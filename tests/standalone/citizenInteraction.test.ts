/**
 * The citizen-interaction plugin booted alone on its dev config (users, posts, the plugin),
 * on each database adapter, with a real SMTP server: a citizen asks, gets a receipt, follows
 * the status; staff assign, answer, approve (never their own answer) and publish; the asker
 * gets the answer link; the public sees initials only.
 */
import type { Payload } from 'payload'

import { createWorkingCalendar } from '@loa/plugin-citizen-interaction'
import fc from 'fast-check'
import { handleEndpoints } from 'payload'

import type { SmtpReceiver } from '../helpers/smtpReceiver.js'
import type { StandalonePayload } from '../helpers/standalonePayload.js'

import { citizenDevConfig } from '../../plugins/citizen-interaction/dev/config.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { hostileValue } from '../helpers/hostileInput.js'
import { startSmtpReceiver } from '../helpers/smtpReceiver.js'
import { createStandalonePayload } from '../helpers/standalonePayload.js'

type Reply = { status: number; headers: Headers; body: any; text: string }

const PASSWORD = 'mat-khau-thu-nghiem-123'
const ADDRESS_HEADER = 'x-test-client-address'

let addressCounter = 0
/** A client address no other test uses, so the per-address limit only bites where a test wants it. */
const freshAddress = () => `198.51.100.${++addressCounter}`

const validQuestion = (overrides: Record<string, unknown> = {}) => ({
  name: 'Nguyễn Văn An',
  email: `nguoi.hoi.${Math.random().toString(36).slice(2, 8)}@example.vn`,
  // Spaced as people write it; the endpoint keeps 09xxxxxxxx.
  phone: `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`.replace(/^(\d{4})(\d{3})/, '$1 $2 '),
  question: 'Thủ tục đăng ký tài khoản định danh điện tử mức 2 cần những giấy tờ gì?',
  topic: 'Định danh điện tử',
  consent: true,
  website: '',
  ...overrides,
})

describe.each(adaptersUnderTest().filter((adapter) => adapter !== 'mongodb'))('citizen interaction, booted alone on %s', (adapter) => {
  let smtp: SmtpReceiver
  let instance: StandalonePayload
  let payload: Payload
  let answererToken: string
  let reviewerToken: string
  let answererId: number | string
  let reviewerId: number | string
  let postId: number | string

  const call = async (
    method: string,
    path: string,
    { body, headers = {}, token }: { body?: unknown; headers?: Record<string, string>; token?: string } = {},
  ): Promise<Reply> => {
    const allHeaders: Record<string, string> = { ...headers }
    if (token) allHeaders.Authorization = `JWT ${token}`
    let requestBody: string | undefined
    if (body !== undefined) {
      requestBody = typeof body === 'string' ? body : JSON.stringify(body)
      allHeaders['Content-Type'] ??= 'application/json'
    }
    const request = new Request(`http://localhost:3000${path}`, { method, headers: allHeaders, body: requestBody })
    const response = await handleEndpoints({ config: payload.config, payloadInstanceCacheKey: `standalone:${instance.databaseUri}`, request })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // Not JSON: the text is the body.
    }
    return { status: response.status, headers: response.headers, body: parsed, text }
  }

  const ask = (body: unknown, address = freshAddress()) => call('POST', '/api/questions/ask', { body, headers: { [ADDRESS_HEADER]: address } })
  const act = (id: number | string, body: unknown, token?: string) => call('POST', `/api/questions/${id}/workflow`, { body, token })
  const questionByCode = async (code: string) => {
    const { docs } = await payload.find({ collection: 'questions' as never, where: { code: { equals: code } }, overrideAccess: true, depth: 0 })
    return docs[0] as any
  }
  const countQuestions = async () => (await payload.count({ collection: 'questions' as never, overrideAccess: true })).totalDocs
  const login = async (email: string) => {
    const reply = await call('POST', '/api/users/login', { body: { email, password: PASSWORD } })
    expect(reply.status).toBe(200)
    return reply.body.token as string
  }

  beforeAll(async () => {
    smtp = await startSmtpReceiver()
    instance = await createStandalonePayload(adapter, ({ db, serverURL }) =>
      citizenDevConfig({
        db,
        serverURL,
        email: smtp.emailAdapter(),
        pluginOptions: {
          clientAddress: (req) => req.headers.get(ADDRESS_HEADER),
          // The reviewer stands for the office's data controller; the answerer sees no contacts.
          canSeeContacts: ({ req }) => (req.user as { email?: string } | null)?.email === 'nguoi.duyet@example.vn',
          rateLimits: { perAddress: { max: 3, windowMs: 60_000 }, perContact: { max: 2, windowMs: 60_000 } },
        },
      }),
    )
    payload = instance.payload
    const answerer = await payload.create({
      collection: 'users' as never,
      data: { email: 'can.bo.tra.loi@example.vn', password: PASSWORD, name: 'Cán bộ trả lời' } as never,
    })
    const reviewer = await payload.create({
      collection: 'users' as never,
      data: { email: 'nguoi.duyet@example.vn', password: PASSWORD, name: 'Người duyệt' } as never,
    })
    answererId = (answerer as any).id
    reviewerId = (reviewer as any).id
    postId = ((await payload.create({ collection: 'posts' as never, data: { title: 'Hướng dẫn định danh điện tử' } as never })) as any).id
    answererToken = await login('can.bo.tra.loi@example.vn')
    reviewerToken = await login('nguoi.duyet@example.vn')
  })

  afterAll(async () => {
    await instance?.cleanup()
    await smtp?.close()
  })

  it('takes a question without an account: 201 with a tracking code, the due date 15 working days on, an "ask" event, and a receipt e-mail sent by the job', async () => {
    const input = validQuestion({ item: { collection: 'posts', id: postId } })
    const reply = await ask(input)
    expect(reply.status).toBe(201)
    expect(reply.body.code).toMatch(/^HD-[2-9A-Z]{5}-[2-9A-Z]{5}$/)

    const stored = await questionByCode(reply.body.code)
    expect(stored).toMatchObject({
      name: 'Nguyễn Văn An',
      publicName: 'N.V.A.',
      email: input.email,
      phone: input.phone.replace(/ /g, ''),
      status: 'received',
      consent: true,
      workingDays: 15,
    })
    expect(stored.item).toEqual({ relationTo: 'posts', value: postId })
    const calendar = createWorkingCalendar({ country: 'VN', timeZone: 'Asia/Ho_Chi_Minh' })
    const expectedDue = calendar.addWorkingDays(new Date(stored.createdAt), 15)
    expect(reply.body.dueDate).toBe(expectedDue)
    expect(stored.dueDate).toBe(calendar.endOfLocalDate(expectedDue).toISOString())

    const events = await payload.find({ collection: 'question-events' as never, where: { question: { equals: stored.id } }, overrideAccess: true })
    expect(events.docs.map((e: any) => [e.action, e.toStatus])).toEqual([['ask', 'received']])

    // Nothing is sent until the queue runs: the endpoint only queued the job.
    expect(smtp.messages.some((m) => m.subject?.includes(reply.body.code))).toBe(false)
    await payload.jobs.run()
    const mail = await smtp.waitFor((m) => Boolean(m.subject?.includes(reply.body.code)))
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(input.email)
    expect(mail.text).toContain(reply.body.code)
    expect(mail.text).toContain(expectedDue.split('-').reverse().join('/'))
    expect(mail.text).toContain(`/api/questions/status/${reply.body.code}`)
    expect((await questionByCode(reply.body.code)).receiptSentAt).toBeTruthy()
    // A second run sends nothing more.
    await payload.jobs.run()
    expect(smtp.messages.filter((m) => m.subject?.includes(reply.body.code))).toHaveLength(1)
  })

  it('shows the status by code with the status and due date only', async () => {
    const { body } = await ask(validQuestion())
    const status = await call('GET', `/api/questions/status/${body.code}`)
    expect(status.status).toBe(200)
    expect(Object.keys(status.body).sort()).toEqual(['code', 'dueDate', 'status', 'statusText'])
    expect(status.body).toMatchObject({ code: body.code, status: 'received', dueDate: body.dueDate, statusText: { vi: 'Đã tiếp nhận', en: 'Received' } })
    expect(status.text).not.toContain('Nguyễn')
    const unknown = await call('GET', '/api/questions/status/HD-22222-22222')
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].data.field).toBe('code')
  })

  it.each([
    ['consent', { consent: false }, 400],
    ['consent', { consent: 'true' }, 400],
    ['website', { website: 'http://spam.example' }, 400],
    ['name', { name: '   ' }, 400],
    ['name', { name: 'x'.repeat(121) }, 400],
    ['question', { question: 'ngắn' }, 400],
    ['question', { question: 42 }, 400],
    ['email', { email: 'khong-phai-thu' }, 400],
    ['phone', { phone: '12345' }, 400],
    ['item', { item: { collection: 'users', id: 1 } }, 400],
    ['item', { item: { collection: 'posts', id: 987654 } }, 400],
    ['campaign', { campaign: 5 }, 400],
    ['body', { question: 'x'.repeat(40_000) }, 413],
  ])('refuses a question with a bad %s (%j) with a %i naming the field in Vietnamese and English, and stores nothing', async (field, overrides, status) => {
    const before = await countQuestions()
    const reply = await ask(validQuestion(overrides))
    expect(reply.status).toBe(status)
    expect(reply.body.errors[0].data.field).toBe(field)
    expect(reply.body.errors[0].message).toMatch(/ — /)
    expect(await countQuestions()).toBe(before)
  })

  it('refuses a body that is not JSON, or not an object, with a 400 on "body"', async () => {
    for (const body of ['{"name": ', '[1,2]', 'null']) {
      const reply = await ask(body)
      expect([reply.status, reply.body.errors[0].data.field]).toEqual([400, 'body'])
    }
  })

  it('limits questions per client address and per contact, with 429 and Retry-After', async () => {
    const address = freshAddress()
    for (let i = 0; i < 3; i += 1) expect((await ask(validQuestion(), address)).status).toBe(201)
    const limited = await ask(validQuestion(), address)
    expect(limited.status).toBe(429)
    expect(limited.body.errors[0].data.field).toBe('address')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await ask(validQuestion())).status).toBe(201)

    const email = 'mot.nguoi.hoi@example.vn'
    expect((await ask(validQuestion({ email, phone: null }))).status).toBe(201)
    expect((await ask(validQuestion({ email, phone: null }))).status).toBe(201)
    const sameContact = await ask(validQuestion({ email: email.toUpperCase(), phone: null }))
    expect(sameContact.status).toBe(429)
    expect(sameContact.body.errors[0].data.field).toBe('email')
  })

  it('goes received → assigned → answered → approved (by someone else) → published, one event each, and e-mails the answer link', async () => {
    const input = validQuestion({ name: 'Trần Thị Bình' })
    const { body } = await ask(input)
    const question = await questionByCode(body.code)

    expect((await act(question.id, { action: 'assign', assignee: answererId })).status).toBe(401)
    const early = await act(question.id, { action: 'answer', answer: 'Trả lời sớm' }, answererToken)
    expect([early.status, early.body.errors[0].data.field]).toEqual([409, 'status'])
    const noAssignee = await act(question.id, { action: 'assign' }, reviewerToken)
    expect([noAssignee.status, noAssignee.body.errors[0].data.field]).toEqual([400, 'assignee'])
    const badAction = await act(question.id, { action: 'delete' }, reviewerToken)
    expect([badAction.status, badAction.body.errors[0].data.field]).toEqual([400, 'action'])

    expect((await act(question.id, { action: 'assign', assignee: answererId, unit: 'Phòng Công nghệ thông tin' }, reviewerToken)).body.question.status).toBe(
      'assigned',
    )
    const noAnswer = await act(question.id, { action: 'answer' }, answererToken)
    expect([noAnswer.status, noAnswer.body.errors[0].data.field]).toEqual([400, 'answer'])
    const answerText = 'Anh/chị mang căn cước công dân gắn chip đến công an xã để được hướng dẫn.'
    expect((await act(question.id, { action: 'answer', answer: answerText }, answererToken)).body.question.status).toBe('answered')

    const selfApproval = await act(question.id, { action: 'approve' }, answererToken)
    expect(selfApproval.status).toBe(403)
    expect(selfApproval.body.errors[0].data.field).toBe('answeredBy')
    expect((await questionByCode(body.code)).status).toBe('answered')

    const approved = await act(question.id, { action: 'approve' }, reviewerToken)
    expect(approved.status).toBe(200)
    expect(String(approved.body.question.approvedBy)).toBe(String(reviewerId))
    expect((await act(question.id, { action: 'publish' }, answererToken)).body.question.status).toBe('published')

    const events = await payload.find({
      collection: 'question-events' as never,
      where: { question: { equals: question.id } },
      sort: 'at',
      overrideAccess: true,
    })
    expect(events.docs.map((e: any) => `${e.fromStatus ?? '-'}→${e.toStatus}:${e.action}`)).toEqual([
      '-→received:ask',
      'received→assigned:assign',
      'assigned→answered:answer',
      'answered→approved:approve',
      'approved→published:publish',
    ])

    const publicOne = await call('GET', `/api/questions/public/${body.code}`)
    expect(publicOne.status).toBe(200)
    expect(publicOne.body).toMatchObject({ code: body.code, askedBy: 'T.T.B.', answer: answerText })
    const publicList = await call('GET', '/api/questions/public?limit=50')
    expect(publicList.body.docs.map((d: any) => d.code)).toContain(body.code)
    for (const text of [publicOne.text, publicList.text]) {
      expect(text).not.toContain('Trần Thị Bình')
      expect(text).not.toContain(input.email)
      expect(text).not.toContain(input.phone.replace(/ /g, ''))
    }
    expect((await call('GET', `/api/questions/status/${body.code}`)).body.status).toBe('published')

    await payload.jobs.run()
    const mail = await smtp.waitFor((m) => Boolean(m.subject?.includes(body.code) && m.subject.includes('trả lời')))
    expect(mail.text).toContain(`http://localhost:3000/api/questions/public/${body.code}`)
  })

  it('sends a question back for changes with a note, and closes one only with a reason', async () => {
    const { body } = await ask(validQuestion())
    const question = await questionByCode(body.code)
    await act(question.id, { action: 'assign', unit: 'Văn phòng Sở' }, reviewerToken)
    await act(question.id, { action: 'answer', answer: 'Bản nháp thứ nhất.' }, answererToken)
    const noNote = await act(question.id, { action: 'request_changes' }, reviewerToken)
    expect([noNote.status, noNote.body.errors[0].data.field]).toEqual([400, 'note'])
    expect((await act(question.id, { action: 'request_changes', note: 'Cần dẫn văn bản pháp luật.' }, reviewerToken)).body.question.status).toBe('assigned')

    const closeWithoutReason = await act(question.id, { action: 'close' }, reviewerToken)
    expect([closeWithoutReason.status, closeWithoutReason.body.errors[0].data.field]).toEqual([400, 'note'])
    expect((await act(question.id, { action: 'close', note: 'Trùng với câu hỏi đã trả lời.' }, reviewerToken)).body.question.status).toBe('closed')
    expect((await questionByCode(body.code)).closedReason).toBe('Trùng với câu hỏi đã trả lời.')
    const afterClose = await act(question.id, { action: 'publish' }, reviewerToken)
    expect([afterClose.status, afterClose.body.errors[0].data.field]).toEqual([409, 'status'])
    expect((await call('GET', `/api/questions/public/${body.code}`)).status).toBe(404)
  })

  it('lets one of two simultaneous approvals through and refuses the other with 409', async () => {
    const { body } = await ask(validQuestion())
    const question = await questionByCode(body.code)
    await act(question.id, { action: 'assign', assignee: answererId }, reviewerToken)
    await act(question.id, { action: 'answer', answer: 'Câu trả lời.' }, answererToken)
    const thirdId = (
      (await payload.create({ collection: 'users' as never, data: { email: `duyet.${Date.now()}@example.vn`, password: PASSWORD } as never })) as any
    ).id
    const third = await login(((await payload.findByID({ collection: 'users' as never, id: thirdId, overrideAccess: true })) as any).email)
    const replies = await Promise.all([act(question.id, { action: 'approve' }, reviewerToken), act(question.id, { action: 'approve' }, third)])
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409])
    const events = await payload.count({
      collection: 'question-events' as never,
      where: { and: [{ question: { equals: question.id } }, { action: { equals: 'approve' } }] },
      overrideAccess: true,
    })
    expect(events.totalDocs).toBe(1)
  })

  it('keeps questions staff-only and events append-only, through REST and the Local API', async () => {
    const { body } = await ask(validQuestion())
    const question = await questionByCode(body.code)
    const anonymousList = await call('GET', '/api/questions')
    expect(anonymousList.status).toBe(403)
    expect(anonymousList.text).not.toContain(body.code)
    expect((await call('GET', '/api/questions', { token: reviewerToken })).body.docs.map((d: any) => d.code)).toContain(body.code)
    expect((await call('POST', '/api/questions', { body: validQuestion(), token: reviewerToken })).status).toBe(403)
    // Status belongs to the workflow: a plain update cannot skip it.
    await call('PATCH', `/api/questions/${question.id}`, { body: { status: 'published', answer: 'Lén trả lời' }, token: reviewerToken })
    expect((await questionByCode(body.code)).status).toBe('received')

    const [event] = (await payload.find({ collection: 'question-events' as never, where: { question: { equals: question.id } }, overrideAccess: true }))
      .docs as any[]
    expect((await call('PATCH', `/api/question-events/${event.id}`, { body: { note: 'sửa' }, token: reviewerToken })).status).toBe(403)
    await expect(
      payload.update({ collection: 'question-events' as never, id: event.id, data: { note: 'sửa' } as never, overrideAccess: true }),
    ).rejects.toThrow(/append-only/)
    await expect(payload.delete({ collection: 'question-events' as never, id: event.id, overrideAccess: true })).rejects.toThrow(/append-only/)
  })

  it('moves due dates by the calendar changes an admin records', async () => {
    const first = await ask(validQuestion())
    expect(first.status).toBe(201)
    const dueDay = first.body.dueDate as string
    const created = await call('POST', '/api/working-calendar', {
      body: { date: dueDay, kind: 'day_off', note: 'Nghỉ bù theo thông báo' },
      token: reviewerToken,
    })
    expect(created.status).toBe(201)
    const badDate = await call('POST', '/api/working-calendar', { body: { date: '05/02/2027', kind: 'day_off' }, token: reviewerToken })
    expect(badDate.status).toBe(400)

    const second = await ask(validQuestion())
    const expected = createWorkingCalendar({ country: 'VN', timeZone: 'Asia/Ho_Chi_Minh', changes: [{ date: dueDay, kind: 'day_off' }] }).addWorkingDays(
      new Date((await questionByCode(second.body.code)).createdAt),
      15,
    )
    expect(second.body.dueDate).toBe(expected)
    expect(second.body.dueDate > dueDay).toBe(true)
  })

  it('lists due-soon and overdue questions for staff and e-mails the assignee once for each, from the daily job', async () => {
    const late = await ask(validQuestion())
    const soon = await ask(validQuestion())
    const lateQuestion = await questionByCode(late.body.code)
    const soonQuestion = await questionByCode(soon.body.code)
    for (const question of [lateQuestion, soonQuestion]) await act(question.id, { action: 'assign', assignee: answererId }, reviewerToken)
    const calendar = createWorkingCalendar({ country: 'VN', timeZone: 'Asia/Ho_Chi_Minh' })
    const now = new Date()
    await payload.update({
      collection: 'questions' as never,
      id: lateQuestion.id,
      data: { dueDate: new Date(now.getTime() - 60 * 60 * 1000).toISOString() } as never,
      overrideAccess: true,
    })
    const soonDue = calendar.endOfLocalDate(calendar.addWorkingDays(now, 1)).toISOString()
    await payload.update({ collection: 'questions' as never, id: soonQuestion.id, data: { dueDate: soonDue } as never, overrideAccess: true })

    expect((await call('GET', '/api/questions/deadlines')).status).toBe(401)
    const lists = await call('GET', '/api/questions/deadlines', { token: reviewerToken })
    expect(lists.status).toBe(200)
    expect(lists.body.overdue.map((q: any) => q.code)).toEqual([late.body.code])
    expect(lists.body.dueSoon.map((q: any) => q.code)).toEqual([soon.body.code])

    // Two runs at once (two workers, or the daily schedule beside a run queued by hand): the
    // jobs of one run are handled concurrently, both read the questions unstamped.
    await payload.jobs.queue({ task: 'remindQuestionDeadlines', input: {} } as never)
    await payload.jobs.queue({ task: 'remindQuestionDeadlines', input: {} } as never)
    await payload.jobs.run()
    const overdueMail = await smtp.waitFor((m) => Boolean(m.subject?.includes(late.body.code) && m.subject.includes('quá hạn')))
    expect(overdueMail.to && 'text' in overdueMail.to ? overdueMail.to.text : '').toBe('can.bo.tra.loi@example.vn')
    const soonMail = await smtp.waitFor((m) => Boolean(m.subject?.includes(soon.body.code) && m.subject.includes('sắp đến hạn')))
    expect(soonMail.text).toContain(`/admin/collections/questions/${soonQuestion.id}`)

    await payload.jobs.queue({ task: 'remindQuestionDeadlines', input: {} } as never)
    await payload.jobs.run()
    const about = (code: string) => smtp.messages.filter((m) => m.subject?.includes(code)).map((m) => m.subject)
    expect(about(late.body.code).filter((subject) => subject?.includes('quá hạn'))).toHaveLength(1)
    expect(about(soon.body.code).filter((subject) => subject?.includes('sắp đến hạn'))).toHaveLength(1)
  })

  it("shows the asker's name, e-mail and phone only to those allowed to see contacts", async () => {
    const input = validQuestion({ name: 'Lê Văn Cường' })
    const { body } = await ask(input)
    const question = await questionByCode(body.code)
    const forReviewer = await call('GET', `/api/questions/${question.id}`, { token: reviewerToken })
    expect(forReviewer.body).toMatchObject({ name: 'Lê Văn Cường', email: input.email })
    const forAnswerer = await call('GET', `/api/questions/${question.id}`, { token: answererToken })
    expect(forAnswerer.status).toBe(200)
    expect(forAnswerer.body.question).toBe(input.question)
    expect(forAnswerer.body.publicName).toBe('L.V.C.')
    for (const field of ['name', 'email', 'phone']) expect([field, forAnswerer.body[field]]).toEqual([field, undefined])
    expect(forAnswerer.text).not.toContain(input.email)
  })

  it('erases the asker of a question older than the retention period and keeps the published Q&A, anonymous', async () => {
    const input = validQuestion({ name: 'Phạm Thị Dung' })
    const old = await ask(input)
    const recent = await ask(validQuestion())
    const oldQuestion = await questionByCode(old.body.code)
    await act(oldQuestion.id, { action: 'assign', assignee: answererId }, reviewerToken)
    await act(oldQuestion.id, { action: 'answer', answer: 'Câu trả lời vẫn công khai.' }, answererToken)
    await act(oldQuestion.id, { action: 'approve' }, reviewerToken)
    await act(oldQuestion.id, { action: 'publish' }, reviewerToken)
    await payload.db.updateOne({
      collection: 'questions' as never,
      id: oldQuestion.id,
      data: { createdAt: new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString() },
    })

    await payload.jobs.queue({ task: 'anonymiseOldQuestions', input: {} } as never)
    await payload.jobs.run()
    const erased = await questionByCode(old.body.code)
    expect(erased).toMatchObject({ name: 'Đã ẩn danh', email: null, phone: null, publicName: 'P.T.D.', status: 'published' })
    expect(erased.anonymisedAt).toBeTruthy()
    expect((await questionByCode(recent.body.code)).email).not.toBeNull()
    const published = await call('GET', `/api/questions/public/${old.body.code}`)
    expect(published.body).toMatchObject({ askedBy: 'P.T.D.', answer: 'Câu trả lời vẫn công khai.' })
  })

  describe('hostile input on the public endpoints and the workflow', () => {
    const RUNS = { numRuns: 40 }
    const below500 = (reply: Reply) => (reply.status < 500 ? 'below 500' : reply.text.slice(0, 300))
    const askFields = ['name', 'email', 'phone', 'question', 'topic', 'campaign', 'item', 'consent', 'website'] as const
    const hostileFields = <T extends string>(fields: readonly T[]) => fc.dictionary(fc.constantFrom(...fields), hostileValue, { maxKeys: 4 })

    it('never answers 5xx to a hostile question, and a refused one writes nothing', async () => {
      await fc.assert(
        fc.asyncProperty(hostileFields(askFields), async (overrides) => {
          const before = await countQuestions()
          const reply = await ask(validQuestion(overrides))
          expect(below500(reply)).toBe('below 500')
          expect(await countQuestions()).toBe(reply.status === 201 ? before + 1 : before)
        }),
        RUNS,
      )
    })

    it('never answers 5xx to a hostile workflow action, and a refused one changes nothing', async () => {
      const { body } = await ask(validQuestion())
      const question = await questionByCode(body.code)
      await fc.assert(
        fc.asyncProperty(hostileFields(['action', 'assignee', 'unit', 'answer', 'note'] as const), async (input) => {
          const before = await questionByCode(body.code)
          const events = (await payload.count({ collection: 'question-events' as never, where: { question: { equals: question.id } }, overrideAccess: true }))
            .totalDocs
          const reply = await act(question.id, input, reviewerToken)
          expect(below500(reply)).toBe('below 500')
          if (reply.status >= 400) {
            expect(await questionByCode(body.code)).toEqual(before)
            expect(
              (await payload.count({ collection: 'question-events' as never, where: { question: { equals: question.id } }, overrideAccess: true })).totalDocs,
            ).toBe(events)
          }
        }),
        RUNS,
      )
    })

    it('never answers 5xx to hostile feedback or survey responses, and a refused one writes nothing', async () => {
      const published = ((await payload.create({ collection: 'posts' as never, data: { title: 'Bài để thử', _status: 'published' } as never })) as any).id
      const survey = (await payload.create({
        collection: 'surveys' as never,
        data: { title: 'Thử', waves: ['before'], questions: [{ key: 'q', text: 'Câu hỏi', kind: 'single', options: ['a', 'b'] }] } as never,
      })) as any
      const count = async (collection: string) => (await payload.count({ collection: collection as never, overrideAccess: true })).totalDocs
      await fc.assert(
        fc.asyncProperty(
          hostileFields(['collection', 'id', 'helpful', 'comment', 'website'] as const),
          hostileFields(['token', 'wave', 'answers'] as const),
          async (feedbackInput, surveyInput) => {
            const feedbackBefore = await count('feedback')
            const feedback = await call('POST', '/api/feedback', {
              body: { collection: 'posts', id: published, helpful: true, ...feedbackInput },
              headers: { [ADDRESS_HEADER]: freshAddress() },
            })
            expect(below500(feedback)).toBe('below 500')
            expect(await count('feedback')).toBe(feedback.status === 201 ? feedbackBefore + 1 : feedbackBefore)

            const responsesBefore = await count('survey-responses')
            const response = await call('POST', `/api/surveys/${survey.id}/respond`, { body: { wave: 'before', answers: { q: 'a' }, ...surveyInput } })
            expect(below500(response)).toBe('below 500')
            expect(await count('survey-responses')).toBe(responsesBefore)
          },
        ),
        RUNS,
      )
    })

    it('never answers 5xx to hostile codes and query strings on the public reads', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), async (code, query) => {
          for (const path of [
            `/api/questions/status/${encodeURIComponent(code) || 'x'}`,
            `/api/questions/public/${encodeURIComponent(code) || 'x'}`,
            `/api/questions/public?limit=${encodeURIComponent(query)}&page=${encodeURIComponent(code)}`,
            `/api/feedback/counts?collection=${encodeURIComponent(query)}&id=${encodeURIComponent(code)}`,
            `/api/feedback/comments?campaign=${encodeURIComponent(code)}`,
          ])
            expect([path, below500(await call('GET', path))]).toEqual([path, 'below 500'])
        }),
        RUNS,
      )
    })
  })

  describe('feedback on published items', () => {
    let publishedId: number | string
    let draftId: number | string
    const countFeedback = async () => (await payload.count({ collection: 'feedback' as never, overrideAccess: true })).totalDocs
    const give = (body: unknown) => call('POST', '/api/feedback', { body, headers: { [ADDRESS_HEADER]: freshAddress() } })

    beforeAll(async () => {
      publishedId = ((await payload.create({ collection: 'posts' as never, data: { title: 'Bài đã đăng', _status: 'published' } as never })) as any).id
      draftId = ((await payload.create({ collection: 'posts' as never, data: { title: 'Bản nháp', _status: 'draft' } as never })) as any).id
    })

    it('counts helpful and not helpful in public, and shows a comment only once a moderator approved it', async () => {
      expect((await give({ collection: 'posts', id: publishedId, helpful: true })).status).toBe(201)
      expect((await give({ collection: 'posts', id: publishedId, helpful: true })).status).toBe(201)
      const withComment = await give({ collection: 'posts', id: publishedId, helpful: false, comment: 'Cần thêm ví dụ về thủ tục.' })
      expect([withComment.status, withComment.body.commentStatus]).toEqual([201, 'pending'])

      const counts = await call('GET', `/api/feedback/counts?collection=posts&id=${publishedId}`)
      expect(counts.body).toEqual({ helpful: 2, notHelpful: 1, total: 3, comments: 0 })
      expect((await call('GET', `/api/feedback/comments?collection=posts&id=${publishedId}`)).body.docs).toEqual([])

      const pending = (await payload.find({ collection: 'feedback' as never, where: { commentStatus: { equals: 'pending' } }, overrideAccess: true }))
        .docs[0] as any
      const approved = await call('PATCH', `/api/feedback/${pending.id}`, {
        body: { commentStatus: 'approved', moderatedBy: answererId },
        token: reviewerToken,
      })
      expect(approved.status).toBe(200)
      const stored = (await payload.findByID({ collection: 'feedback' as never, id: pending.id, overrideAccess: true, depth: 0 })) as any
      expect(String(stored.moderatedBy)).toBe(String(reviewerId))
      expect(stored.moderatedAt).toBeTruthy()

      const comments = await call('GET', `/api/feedback/comments?collection=posts&id=${publishedId}`)
      expect(comments.body.docs.map((d: any) => [d.comment, d.helpful])).toEqual([['Cần thêm ví dụ về thủ tục.', false]])
      expect((await call('GET', `/api/feedback/counts?collection=posts&id=${publishedId}`)).body.comments).toBe(1)
    })

    it.each([
      ['collection', { collection: 'users', helpful: true }, 400],
      ['id', { id: 'khong hop le', helpful: true }, 400],
      ['id', { id: 987654, helpful: true }, 404],
      ['id', { draft: true, helpful: true }, 404],
      ['helpful', { helpful: 'có' }, 400],
      ['comment', { helpful: true, comment: 'x'.repeat(2001) }, 400],
      ['website', { helpful: true, website: 'spam' }, 400],
    ])('refuses feedback with a bad %s (%j) with a %i naming the field, and stores nothing', async (field, overrides, status) => {
      const before = await countFeedback()
      const { draft, ...rest } = overrides as Record<string, unknown>
      const reply = await give({ collection: 'posts', id: draft ? draftId : publishedId, ...rest })
      expect(reply.status).toBe(status)
      expect(reply.body.errors[0].data.field).toBe(field)
      expect(await countFeedback()).toBe(before)
    })

    it('keeps the feedback list itself staff-only', async () => {
      expect((await call('GET', '/api/feedback')).status).toBe(403)
      expect((await call('GET', '/api/feedback', { token: reviewerToken })).status).toBe(200)
    })
  })

  describe('awareness surveys', () => {
    let surveyId: number | string
    let tokens: string[]
    const respond = (body: unknown) => call('POST', `/api/surveys/${surveyId}/respond`, { body })
    const countResponses = async () => (await payload.count({ collection: 'survey-responses' as never, overrideAccess: true })).totalDocs

    beforeAll(async () => {
      const created = await call('POST', '/api/surveys', {
        token: reviewerToken,
        body: {
          title: 'Nhận thức về chuyển đổi số',
          waves: ['before', 'after'],
          questions: [
            { key: 'agree', text: 'Chuyển đổi số giúp tôi làm thủ tục nhanh hơn', kind: 'single', options: ['đồng ý', 'không đồng ý'] },
            { key: 'scale', text: 'Mức độ tự tin khi dùng dịch vụ công trực tuyến', kind: 'scale' },
            { key: 'channels', text: 'Anh/chị biết tin qua kênh nào?', kind: 'multiple', options: ['loa', 'zalo', 'báo'] },
            { key: 'note', text: 'Góp ý', kind: 'text' },
          ],
        },
      })
      expect(created.status).toBe(201)
      surveyId = created.body.doc.id
      const issued = await call('GET', `/api/surveys/${surveyId}/tokens?count=10`, { token: reviewerToken })
      tokens = issued.body.tokens
      expect(tokens).toHaveLength(10)
    })

    it('takes one response per token and shows the distribution per wave and its change (đồng ý 50 % → 100 %)', async () => {
      const answer = (token: string, wave: string, agree: string, extra: Record<string, unknown> = {}) => respond({ token, wave, answers: { agree, ...extra } })
      expect((await answer(tokens[0]!, 'before', 'không đồng ý', { scale: 2, channels: ['loa'], note: 'Cần hướng dẫn tận nơi' })).status).toBe(201)
      expect((await answer(tokens[1]!, 'before', 'đồng ý', { scale: 3, channels: ['loa', 'zalo'] })).status).toBe(201)
      expect((await answer(tokens[2]!, 'after', 'đồng ý', { scale: 4 })).status).toBe(201)
      expect((await answer(tokens[3]!, 'after', 'đồng ý', { scale: 5 })).status).toBe(201)
      const again = await answer(tokens[0]!, 'after', 'đồng ý')
      expect([again.status, again.body.errors[0].data.field]).toEqual([409, 'token'])

      expect((await call('GET', `/api/surveys/${surveyId}/results`)).status).toBe(401)
      const results = await call('GET', `/api/surveys/${surveyId}/results`, { token: reviewerToken })
      expect(results.body.respondents).toEqual({ before: 2, after: 2 })
      const agree = results.body.questions.find((q: any) => q.key === 'agree')
      expect(agree.waves.before.options).toEqual([
        { option: 'đồng ý', count: 1, percent: 50 },
        { option: 'không đồng ý', count: 1, percent: 50 },
      ])
      expect(agree.change[0]).toEqual({ option: 'đồng ý', from: 50, to: 100, points: 50 })
      const scale = results.body.questions.find((q: any) => q.key === 'scale')
      expect(scale.waves.after.options.map((o: any) => o.count)).toEqual([0, 0, 0, 1, 1])
      const channels = results.body.questions.find((q: any) => q.key === 'channels')
      expect(channels.waves.before.options.map((o: any) => [o.option, o.percent])).toEqual([
        ['loa', 100],
        ['zalo', 50],
        ['báo', 0],
      ])
    })

    it('exports the responses to CSV with every formula sign defused', async () => {
      expect((await respond({ token: tokens[4], wave: 'after', answers: { agree: 'đồng ý', note: '=HYPERLINK("http://x","bấm")' } })).status).toBe(201)
      expect((await respond({ token: tokens[5], wave: 'after', answers: { agree: 'đồng ý', note: 'ổn;-2+3' } })).status).toBe(201)
      expect((await call('GET', `/api/surveys/${surveyId}/responses.csv`)).status).toBe(401)
      const csv = await call('GET', `/api/surveys/${surveyId}/responses.csv`, { token: reviewerToken })
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n')
      expect(lines[0]).toBe('"wave","createdAt","agree","scale","channels","note"')
      expect(lines).toContainEqual(expect.stringMatching(/^"after","[^"]+","đồng ý","","","'=HYPERLINK\(""http:\/\/x"",""bấm""\)"$/))
      expect(lines).toContainEqual(expect.stringMatching(/"ổn;'-2\+3"$/))
      expect(lines).toContainEqual(expect.stringMatching(/^"before","[^"]+","đồng ý","3","loa; zalo",""$/))
    })

    it('refuses the second of several simultaneous responses with one token', async () => {
      const before = await countResponses()
      const replies = await Promise.all(Array.from({ length: 5 }, () => respond({ token: tokens[9], wave: 'after', answers: { agree: 'đồng ý' } })))
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409])
      expect(await countResponses()).toBe(before + 1)
    })

    it.each([
      ['token', { token: 'made-up' }],
      ['token', { token: '5-AAAAAAAAAAAAAAAAAAAAAA' }],
      ['wave', { wave: 'during' }],
      ['answers', { answers: {} }],
      ['answers.agree', { answers: { agree: 'có lẽ' } }],
      ['answers.scale', { answers: { scale: 6 } }],
      ['answers.channels', { answers: { channels: ['loa', 'loa'] } }],
      ['answers.unknown', { answers: { unknown: 'x' } }],
    ])('refuses a response with a bad %s, and stores nothing', async (field, overrides) => {
      const before = await countResponses()
      const reply = await respond({ token: tokens[8], wave: 'before', answers: { agree: 'đồng ý' }, ...overrides })
      expect([reply.status, reply.body.errors[0].data.field]).toEqual([400, field])
      expect(await countResponses()).toBe(before)
    })
  })
})
