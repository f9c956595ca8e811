/**
 * Workshop registration over the public endpoint: seats under 100 concurrent requests, the
 * waiting list promoted on cancellation, e-mails received by a real SMTP server with an .ics
 * read by ical.js, rate limits, and every bad input refused without a write.
 */
import type { ParsedMail } from 'mailparser'

import ICAL from 'ical.js'

import type { Api } from '../helpers/api.js'
import type { SmtpReceiver } from '../helpers/smtpReceiver.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { withWorkshopsSettings } from '@loa/plugin-workshops'
import { formatVietnameseDateTime, workshopEventUid } from '@loa/helpers'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, createPublished, createUser } from '../helpers/fixtures.js'
import { fromAddress } from '../helpers/peerAddress.js'
import { startSmtpReceiver } from '../helpers/smtpReceiver.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

let ipCounter = 0
/** Every request from its own address, unless a test is about one address. */
const freshIp = () => {
  ipCounter += 1
  return fromAddress(`100.64.${(ipCounter >> 8) & 255}.${ipCounter & 255}`)
}

/** The load balancer in front of Loa, and the proxies inside the province's network. */
const TRUSTED_PROXIES = '192.0.2.10, 10.20.0.0/16'

const icsOf = (mail: ParsedMail) => {
  const attachment = mail.attachments.find((a) => a.filename?.endsWith('.ics'))
  if (!attachment) throw new Error(`no .ics attached to "${mail.subject}"`)
  const component = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')))
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const event = new ICAL.Event(component.getFirstSubcomponent('vevent') as ICAL.Component)
  return { event, contentType: attachment.contentType }
}

const recipientOf = (mail: ParsedMail): string => {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to
  return to?.value[0]?.address ?? ''
}

describe.each(adaptersUnderTest())('workshop registration on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let smtp: SmtpReceiver
  let campaignId: Id

  const registrationCount = async () => (await ctx.payload.count({ collection: 'registrations' as never, overrideAccess: true })).totalDocs

  const workshop = async (title: string, rest: Record<string, unknown> = {}) =>
    createPublished(ctx.payload, 'workshops', {
      campaign: campaignId,
      title,
      venue: 'Hội trường Trung tâm Hành chính công tỉnh, 28 Đại lộ Lê Lợi, TP Thanh Hoá',
      startsAt: inDays(30),
      endsAt: new Date(Date.now() + 30 * DAY + 4 * 3_600_000).toISOString(),
      ...rest,
    })

  const register = (workshopId: Id | string, body: unknown, headers: Record<string, string> = freshIp()) =>
    api.post(`/api/workshops/${workshopId}/register`, body, { headers })

  beforeAll(async () => {
    smtp = await startSmtpReceiver()
    const trustedBefore = process.env.LOA_TRUSTED_PROXIES
    process.env.LOA_TRUSTED_PROXIES = TRUSTED_PROXIES
    ctx = await createTestPayload(adapter, {
      email: smtp.emailAdapter(),
      serverURL: 'http://loa.test',
      extraPlugins: [withWorkshopsSettings({ rateLimits: { perIp: { max: 5, windowMs: 60_000 }, perEmail: { max: 3, windowMs: 60_000 } } })],
    })
    if (trustedBefore === undefined) delete process.env.LOA_TRUSTED_PROXIES
    else process.env.LOA_TRUSTED_PROXIES = trustedBefore
    api = createApi(ctx.payload, ctx.databaseUri)
    const manager = await createUser(ctx.payload, 'quanly.hoithao@loa.local', ['manager'])
    campaignId = (await createCampaign(ctx.payload, { code: 'HT-DK-01', members: [{ user: manager.id, role: 'manager' }] })).id
  })
  afterAll(async () => {
    await ctx?.cleanup()
    await smtp?.close()
  })

  it('confirms exactly 20 of 100 concurrent registrants for 20 seats and waitlists the other 80', async () => {
    const { id } = await workshop('Tập huấn chữ ký số cho cán bộ xã', { capacity: 20 })
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        register(id, { fullName: `Nguyễn Văn Số ${i + 1}`, email: `dong.thoi.${i + 1}@thanhhoa.gov.vn`, phone: '0912 345 678' }),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(201))
    const answered = responses.map((r) => r.body.status as string)
    expect(answered.filter((s) => s === 'confirmed')).toHaveLength(20)
    expect(answered.filter((s) => s === 'waitlisted')).toHaveLength(80)
    expect(responses.every((r) => typeof r.body.cancelUrl === 'string' && r.body.cancelUrl.startsWith('http://loa.test/api/registrations/cancel?token='))).toBe(
      true,
    )

    const confirmed = await ctx.payload.count({ collection: 'registrations' as never, where: { workshop: { equals: id }, status: { equals: 'confirmed' } } })
    const waitlisted = await ctx.payload.count({ collection: 'registrations' as never, where: { workshop: { equals: id }, status: { equals: 'waitlisted' } } })
    expect([confirmed.totalDocs, waitlisted.totalDocs]).toEqual([20, 80])

    await ctx.payload.jobs.run({ limit: 200 })
    const mails = smtp.messages.filter((m) => m.text?.includes('Tập huấn chữ ký số cho cán bộ xã'))
    expect(mails.filter((m) => m.subject?.startsWith('Xác nhận đăng ký'))).toHaveLength(20)
    expect(mails.filter((m) => m.subject?.startsWith('Đã vào danh sách chờ'))).toHaveLength(80)
  })

  it('e-mails a Vietnamese confirmation whose .ics has the workshop calendar UID, start, end and zone', async () => {
    const startsAt = '2030-03-14T01:30:00.000Z'
    const endsAt = '2030-03-14T09:00:00.000Z'
    const { id } = await workshop('Hội thảo chuyển đổi số doanh nghiệp', { capacity: 5, startsAt, endsAt, organizer: 'Sở Khoa học và Công nghệ' })
    const response = await register(id, {
      fullName: 'Trần Thị Hằng',
      email: 'tran.hang@doanhnghiep.vn',
      organisation: 'Công ty Cổ phần Sao Mai',
      audienceType: 'businesses',
    })
    expect(response.status).toBe(201)
    expect(response.body.status).toBe('confirmed')

    await ctx.payload.jobs.run({ limit: 50 })
    const mail = await smtp.waitFor((m) => recipientOf(m) === 'tran.hang@doanhnghiep.vn')
    expect(mail.subject).toBe('Xác nhận đăng ký: Hội thảo chuyển đổi số doanh nghiệp')
    expect(mail.text).toContain('Kính gửi Trần Thị Hằng,')
    expect(mail.text).toContain(`Bắt đầu: ${formatVietnameseDateTime(startsAt)}`)
    expect(mail.text).toContain('Bắt đầu: Thứ năm, 14/03/2030 | 08:30 - GMT+7')
    expect(mail.text).toContain('Địa điểm: Hội trường Trung tâm Hành chính công tỉnh, 28 Đại lộ Lê Lợi, TP Thanh Hoá')
    expect(mail.text).toContain(response.body.cancelUrl)

    const { contentType, event } = icsOf(mail)
    expect(contentType).toBe('text/calendar')
    expect(event.uid).toBe(workshopEventUid({ id }))
    expect(event.summary).toBe('Hội thảo chuyển đổi số doanh nghiệp')
    expect(event.startDate.toJSDate().toISOString()).toBe(startsAt)
    expect(event.endDate.toJSDate().toISOString()).toBe(endsAt)
    expect(event.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh')
    expect(`${event.startDate.hour}:${event.startDate.minute}`).toBe('8:30')

    // The public calendar of the workshop carries the same UID.
    const feed = await api.get(`/api/workshops/${id}/ics`)
    expect(feed.status).toBe(200)
    const feedEvent = new ICAL.Event(new ICAL.Component(ICAL.parse(feed.text)).getFirstSubcomponent('vevent') as ICAL.Component)
    expect(feedEvent.uid).toBe(event.uid)
  })

  it('promotes the first waitlisted registrant when a confirmed one cancels by link, and e-mails them', async () => {
    const { id } = await workshop('Tập huấn an toàn thông tin', { capacity: 2 })
    const first = await register(id, { fullName: 'Lê Văn An', email: 'le.an@xa-dong-son.gov.vn' })
    const second = await register(id, { fullName: 'Phạm Thị Bích', email: 'pham.bich@xa-dong-son.gov.vn' })
    const third = await register(id, { fullName: 'Hoàng Minh Châu', email: 'hoang.chau@xa-dong-son.gov.vn' })
    const fourth = await register(id, { fullName: 'Đỗ Quang Dũng', email: 'do.dung@xa-dong-son.gov.vn' })
    expect([first, second, third, fourth].map((r) => r.body.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted'])
    expect([third.body.registration.waitlistPosition, fourth.body.registration.waitlistPosition]).toEqual([1, 2])
    await ctx.payload.jobs.run({ limit: 50 })

    const cancelPath = new URL(first.body.cancelUrl).pathname + new URL(first.body.cancelUrl).search
    // Opening the link (as a mail scanner would) asks, and cancels nothing.
    const page = await api.get(cancelPath)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Huỷ đăng ký tham dự')
    expect(page.text).toContain('Lê Văn An')
    const stillConfirmed = await ctx.payload.findByID({ collection: 'registrations' as never, id: first.body.registration.id })
    expect((stillConfirmed as { status: string }).status).toBe('confirmed')

    const cancelled = await api.post(cancelPath)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ status: 'cancelled', alreadyCancelled: false })

    const statusOf = async (registrationId: Id) =>
      ((await ctx.payload.findByID({ collection: 'registrations' as never, id: registrationId })) as { status: string }).status
    expect(await statusOf(first.body.registration.id)).toBe('cancelled')
    expect(await statusOf(third.body.registration.id)).toBe('confirmed')
    expect(await statusOf(fourth.body.registration.id)).toBe('waitlisted')

    await ctx.payload.jobs.run({ limit: 50 })
    const promotion = await smtp.waitFor((m) => recipientOf(m) === 'hoang.chau@xa-dong-son.gov.vn' && Boolean(m.subject?.startsWith('Đã có chỗ')))
    expect(promotion.subject).toBe('Đã có chỗ cho anh/chị: Tập huấn an toàn thông tin')
    expect(promotion.text).toContain('đã chuyển từ danh sách chờ sang đã xác nhận')
    expect(icsOf(promotion).event.uid).toBe(workshopEventUid({ id }))
    expect(smtp.messages.filter((m) => recipientOf(m) === 'do.dung@xa-dong-son.gov.vn').map((m) => m.subject)).toEqual([
      'Đã vào danh sách chờ: Tập huấn an toàn thông tin',
    ])

    const again = await api.post(cancelPath)
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ status: 'cancelled', alreadyCancelled: true })
    expect(await statusOf(fourth.body.registration.id)).toBe('waitlisted')

    // The same e-mail may register again once its registration is cancelled.
    const back = await register(id, { fullName: 'Lê Văn An', email: 'le.an@xa-dong-son.gov.vn' })
    expect(back.status).toBe(201)
    expect(back.body.status).toBe('waitlisted')
  })

  it('answers exactly one of three simultaneous cancels of one link as the cancelling one, and gives the seat away once', async () => {
    const { id } = await workshop('Tập huấn dịch vụ công trực tuyến toàn trình', { capacity: 1 })
    const holder = await register(id, { fullName: 'Mai Văn Hùng', email: 'mai.hung@xa-hoang-hoa.gov.vn' })
    const waiting = await register(id, { fullName: 'Vũ Thị Lan', email: 'vu.lan@xa-hoang-hoa.gov.vn' })
    const next = await register(id, { fullName: 'Ngô Đức Minh', email: 'ngo.minh@xa-hoang-hoa.gov.vn' })
    expect([holder, waiting, next].map((r) => r.body.status)).toEqual(['confirmed', 'waitlisted', 'waitlisted'])
    const cancelPath = new URL(holder.body.cancelUrl).pathname + new URL(holder.body.cancelUrl).search

    const answers = await Promise.all([1, 2, 3].map(() => api.post(cancelPath)))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
    expect(answers.map((answer) => answer.body.alreadyCancelled).sort()).toEqual([false, true, true])

    const statusOf = async (registrationId: Id) =>
      ((await ctx.payload.findByID({ collection: 'registrations' as never, id: registrationId })) as { status: string }).status
    expect(await Promise.all([holder, waiting, next].map((r) => statusOf(r.body.registration.id)))).toEqual(['cancelled', 'confirmed', 'waitlisted'])
  })

  it('answers a cancel link with a malformed or unknown token with a clear 4xx and changes nothing', async () => {
    const { id } = await workshop('Hội thảo kiểm tra mã huỷ', { capacity: 1 })
    const kept = await register(id, { fullName: 'Tạ Văn Giữ', email: 'ta.giu@example.vn' })
    const malformed = await api.post('/api/registrations/cancel?token=%3Cscript%3E')
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].message).toContain('Mã huỷ không hợp lệ')
    const missing = await api.get('/api/registrations/cancel')
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data).toEqual({ field: 'token' })
    const unknown = await api.post(`/api/registrations/cancel?token=${'A'.repeat(32)}`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].message).toContain('Không tìm thấy đăng ký với mã huỷ này')
    const status = ((await ctx.payload.findByID({ collection: 'registrations' as never, id: kept.body.registration.id })) as { status: string }).status
    expect(status).toBe('confirmed')
  })

  it('cancels from the confirmation page’s form and answers with a page', async () => {
    const { id } = await workshop('Hội thảo huỷ bằng biểu mẫu', { capacity: 3 })
    const registered = await register(id, { fullName: 'Kiều Thị Nhung', email: 'kieu.nhung@example.vn' })
    const url = new URL(registered.body.cancelUrl)
    const response = await api.request('POST', url.pathname + url.search, {
      body: 'confirm=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.text).toContain('Đã huỷ đăng ký')
    expect(response.text).toContain('Hội thảo huỷ bằng biểu mẫu')
    const status = ((await ctx.payload.findByID({ collection: 'registrations' as never, id: registered.body.registration.id })) as { status: string }).status
    expect(status).toBe('cancelled')
  })

  it('refuses a second active registration with the same e-mail, whatever its case, without writing', async () => {
    const { id } = await workshop('Hội nghị chính quyền số', { capacity: 10 })
    expect((await register(id, { fullName: 'Vũ Thị Mai', email: 'vu.mai@thanhhoa.gov.vn' })).status).toBe(201)
    const before = await registrationCount()
    const again = await register(id, { fullName: 'Vũ Thị Mai', email: 'VU.Mai@ThanhHoa.gov.vn' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain('Thư điện tử này đã đăng ký hội thảo này')
    expect(again.body.errors[0].data).toEqual({ field: 'email' })
    expect(await registrationCount()).toBe(before)
  })

  it('keeps one registration when the same e-mail registers three times at once', async () => {
    const { id } = await workshop('Hội thảo đăng ký trùng đồng thời', { capacity: 10 })
    const responses = await Promise.all([1, 2, 3].map(() => register(id, { fullName: 'Quách Thị Trùng', email: 'quach.trung@example.vn' })))
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409])
    const refusedOnes = responses.filter((r) => r.status === 409)
    expect(refusedOnes.every((r) => r.body.errors[0].data.field === 'email')).toBe(true)
    const stored = await ctx.payload.count({ collection: 'registrations' as never, where: { workshop: { equals: id } } })
    expect(stored.totalDocs).toBe(1)
  })

  describe('bad input answers a clear 4xx and writes nothing', () => {
    let openWorkshop: Id
    beforeAll(async () => {
      openWorkshop = (await workshop('Tập huấn kỹ năng số cơ bản', { capacity: 30 })).id
    })

    const refused = async (workshopId: Id | string, body: unknown, status: number, field: string, text: string, options: { raw?: string } = {}) => {
      const before = await registrationCount()
      const jobsBefore = (await ctx.payload.count({ collection: 'payload-jobs' as never, overrideAccess: true })).totalDocs
      const response =
        options.raw !== undefined
          ? await api.request('POST', `/api/workshops/${workshopId}/register`, {
              body: options.raw,
              headers: { ...freshIp(), 'Content-Type': 'application/json' },
            })
          : await register(workshopId, body)
      expect(response.status).toBe(status)
      expect(response.body.errors[0].message).toContain(text)
      expect(response.body.errors[0].data).toMatchObject({ field })
      expect(await registrationCount()).toBe(before)
      expect((await ctx.payload.count({ collection: 'payload-jobs' as never, overrideAccess: true })).totalDocs).toBe(jobsBefore)
    }

    it('refuses a closed registration', async () => {
      const { id } = await workshop('Hội thảo đã đóng đăng ký', { registrationOpensAt: inDays(-10), registrationClosesAt: inDays(-1) })
      await refused(id, { fullName: 'Ngô Văn Đức', email: 'ngo.duc@example.vn' }, 409, 'registrationClosesAt', 'Đã hết hạn đăng ký')
    })

    it('refuses a registration that has not opened yet', async () => {
      const { id } = await workshop('Hội thảo chưa mở đăng ký', { registrationOpensAt: inDays(5), registrationClosesAt: inDays(20) })
      await refused(id, { fullName: 'Ngô Văn Đức', email: 'ngo.duc2@example.vn' }, 409, 'registrationOpensAt', 'Chưa mở đăng ký')
    })

    it('refuses a workshop that has already started when no closing date is set', async () => {
      const { id } = await workshop('Hội thảo đang diễn ra', { startsAt: inDays(-1), endsAt: inDays(1) })
      await refused(id, { fullName: 'Ngô Văn Đức', email: 'ngo.duc3@example.vn' }, 409, 'startsAt', 'Đã hết hạn đăng ký')
    })

    it('refuses a full workshop whose waiting list is disabled', async () => {
      const { id } = await workshop('Tập huấn không có danh sách chờ', { capacity: 1, waitlistEnabled: false })
      expect((await register(id, { fullName: 'Người Đầu Tiên', email: 'dau.tien@example.vn' })).body.status).toBe('confirmed')
      await refused(id, { fullName: 'Người Thứ Hai', email: 'thu.hai@example.vn' }, 409, 'capacity', 'Hội thảo đã đủ chỗ')
    })

    it('refuses a malformed e-mail', async () => {
      await refused(openWorkshop, { fullName: 'Trịnh Văn Long', email: 'trinh.long@@example' }, 400, 'email', 'Thư điện tử không đúng định dạng')
      await refused(openWorkshop, { fullName: 'Trịnh Văn Long', email: 'trinh long@example.vn' }, 400, 'email', 'email is not a valid e-mail address')
    })

    it('refuses a missing name, a non-Vietnamese phone number and an unknown audience type', async () => {
      await refused(openWorkshop, { fullName: '   ', email: 'khong.ten@example.vn' }, 400, 'fullName', 'Vui lòng nhập họ và tên')
      await refused(
        openWorkshop,
        { fullName: 'Lý Thị Nga', email: 'ly.nga@example.vn', phone: '+1 415 555 0100' },
        400,
        'phone',
        'Số điện thoại không đúng định dạng Việt Nam',
      )
      await refused(
        openWorkshop,
        { fullName: 'Lý Thị Nga', email: 'ly.nga@example.vn', audienceType: 'aliens' },
        400,
        'audienceType',
        'Đối tượng phải là một trong',
      )
    })

    it('refuses oversized fields and an oversized body', async () => {
      await refused(openWorkshop, { fullName: 'Ă'.repeat(121), email: 'dai.qua@example.vn' }, 400, 'fullName', 'Họ và tên dài quá 120 ký tự')
      await refused(
        openWorkshop,
        { fullName: 'Đinh Công Tráng', email: 'dinh.trang@example.vn', organisation: 'Ư'.repeat(201) },
        400,
        'organisation',
        'organisation is longer than 200 characters',
      )
      await refused(openWorkshop, { fullName: 'Đinh Công Tráng', email: `${'a'.repeat(250)}@example.vn` }, 400, 'email', 'email is longer than 254 characters')
      await refused(
        openWorkshop,
        { fullName: 'Đinh Công Tráng', email: 'dinh.trang@example.vn', note: 'x'.repeat(20_000) },
        413,
        'body',
        'Nội dung gửi lên quá lớn',
      )
    })

    it('refuses a body that is not JSON', async () => {
      await refused(openWorkshop, undefined, 400, 'body', 'không phải JSON hợp lệ', { raw: 'fullName=An&email=an@example.vn' })
    })

    it('refuses an unknown workshop', async () => {
      await refused(987654, { fullName: 'Mai Văn Phúc', email: 'mai.phuc@example.vn' }, 404, 'id', 'Không tìm thấy hội thảo')
      await refused('khong-phai-so', { fullName: 'Mai Văn Phúc', email: 'mai.phuc@example.vn' }, 404, 'id', 'Không tìm thấy hội thảo')
    })

    it('refuses an unpublished workshop', async () => {
      const draft = await createDraft(ctx.payload, 'workshops', {
        campaign: campaignId,
        title: 'Hội thảo còn là bản nháp',
        startsAt: inDays(30),
        endsAt: inDays(31),
        capacity: 50,
      })
      await refused(draft.id, { fullName: 'Mai Văn Phúc', email: 'mai.phuc@example.vn' }, 404, 'id', 'Hội thảo chưa được công bố')
    })
  })

  describe('rate limits', () => {
    it('answers 429 with Retry-After once one address has used its registrations, and writes nothing', async () => {
      const { id } = await workshop('Hội thảo giới hạn theo địa chỉ', { capacity: 50 })
      const sameAddress = fromAddress('198.51.100.50')
      for (let i = 1; i <= 5; i += 1) {
        expect((await register(id, { fullName: `Khách ${i}`, email: `khach.${i}@mot-dia-chi.vn` }, sameAddress)).status).toBe(201)
      }
      const before = await registrationCount()
      const limited = await register(id, { fullName: 'Khách 6', email: 'khach.6@mot-dia-chi.vn' }, sameAddress)
      expect(limited.status).toBe(429)
      expect(limited.body.errors[0].message).toContain('Quá nhiều lượt đăng ký từ địa chỉ này')
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(await registrationCount()).toBe(before)
      // Another client is not affected.
      expect((await register(id, { fullName: 'Khách 7', email: 'khach.7@mot-dia-chi.vn' }, fromAddress('198.51.100.51'))).status).toBe(201)
    })

    it('counts by the connection, not by an X-Forwarded-For the client wrote: rotating it gets no further', async () => {
      const { id } = await workshop('Hội thảo đổi X-Forwarded-For', { capacity: 50 })
      const statuses: number[] = []
      for (let i = 1; i <= 8; i += 1) {
        const forged = fromAddress('198.51.100.60', `203.0.113.${i}`)
        statuses.push((await register(id, { fullName: `Khách xoay ${i}`, email: `khach.xoay.${i}@example.vn` }, forged)).status)
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429])
    })

    it('does not lock out the address a client names in a forged X-Forwarded-For', async () => {
      const { id } = await workshop('Hội thảo giả địa chỉ nạn nhân', { capacity: 50 })
      const victim = '198.51.100.99'
      for (let i = 1; i <= 7; i += 1) {
        await register(id, { fullName: `Kẻ giả ${i}`, email: `ke.gia.${i}@example.vn` }, fromAddress('198.51.100.70', victim))
      }
      expect((await register(id, { fullName: 'Nạn Nhân', email: 'nan.nhan@example.vn' }, fromAddress(victim))).status).toBe(201)
    })

    it('behind a trusted proxy, counts the right-most address no trusted proxy added, whatever the client put before it', async () => {
      const { id } = await workshop('Hội thảo sau máy chủ trung gian', { capacity: 50 })
      // The load balancer (192.0.2.10) appended the client's address; an inner proxy (10.20.0.7) may sit between.
      const viaProxies = (forgedPart: string, client: string, inner = '') => fromAddress('192.0.2.10', `${forgedPart}, ${client}${inner ? `, ${inner}` : ''}`)
      const statuses: number[] = []
      for (let i = 1; i <= 6; i += 1) {
        statuses.push(
          (
            await register(
              id,
              { fullName: `Khách ${i}`, email: `sau.proxy.${i}@example.vn` },
              viaProxies(`6.6.6.${i}`, '203.0.113.80', i % 2 ? '10.20.0.7' : ''),
            )
          ).status,
        )
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
      // Another client through the same proxy.
      expect((await register(id, { fullName: 'Khách khác', email: 'khach.khac@example.vn' }, viaProxies('203.0.113.80', '203.0.113.81'))).status).toBe(201)
      // An untrusted host cannot claim to be a proxy: its own address counts.
      expect((await register(id, { fullName: 'Giả proxy', email: 'gia.proxy@example.vn' }, fromAddress('198.51.100.80', '203.0.113.80'))).status).toBe(201)
    })

    it('answers 429 once one e-mail address has used its attempts, from any address', async () => {
      const workshops = await Promise.all([1, 2, 3, 4].map((n) => workshop(`Hội thảo giới hạn theo thư ${n}`, { capacity: 50 })))
      for (const w of workshops.slice(0, 3)) {
        expect((await register(w.id, { fullName: 'Người Gửi Nhiều', email: 'gui.nhieu@example.vn' })).status).toBe(201)
      }
      const before = await registrationCount()
      const limited = await register(workshops[3].id, { fullName: 'Người Gửi Nhiều', email: 'Gui.Nhieu@example.vn' })
      expect(limited.status).toBe(429)
      expect(limited.body.errors[0].message).toContain('Quá nhiều lượt đăng ký với thư điện tử này')
      expect(limited.body.errors[0].data.field).toBe('email')
      expect(await registrationCount()).toBe(before)
    })
  })
})
