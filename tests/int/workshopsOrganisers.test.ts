/**
 * Workshop registrations seen from the organisers' side: who may read them (every role,
 * anonymous included, over REST and GraphQL), attendance, the counts and list of the edit
 * view, CSV/XLSX exports read back with a parser, and the retention job.
 */
import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'
import { handleEndpoints } from 'payload'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'
import type { TestUser } from '../helpers/fixtures.js'

import { ANONYMISED_NAME, TASK_ANONYMISE_OLD_REGISTRATIONS, TASK_SEND_REGISTRATION_EMAIL } from '@loa/plugin-workshops'
import { DEMO_SEED_CONTEXT } from '../../src/seed/context.js'
import { formatVietnameseDateTime } from '@loa/helpers'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createPublished, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { fromAddress } from '../helpers/peerAddress.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string
type Registration = {
  id: Id
  fullName: string
  email: string
  phone: null | string
  organisation: null | string
  status: string
  createdAt: string
  anonymisedAt?: null | string
}

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

const VIETNAMESE_HEADERS = [
  'STT',
  'Họ và tên',
  'Thư điện tử',
  'Số điện thoại',
  'Cơ quan / đơn vị',
  'Đối tượng',
  'Trạng thái',
  'Thời điểm đăng ký',
  'Thời điểm điểm danh',
]

describe.each(adaptersUnderTest())('workshop registrations for organisers on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  const tokens: Record<'admin' | 'managerA' | 'managerB' | 'editor' | 'reviewer', string> = {} as never
  let workshopA: Id
  let workshopB: Id
  const cancelTokens: string[] = []
  let ip = 0

  const register = async (workshopId: Id, body: Record<string, unknown>) => {
    ip += 1
    const response = await api.post(`/api/workshops/${workshopId}/register`, body, { headers: fromAddress(`172.16.0.${ip}`) })
    if (response.status !== 201) throw new Error(`register failed: ${response.status} ${response.text}`)
    cancelTokens.push(new URL(response.body.cancelUrl).searchParams.get('token') as string)
    return response.body as { status: string; registration: { id: Id } }
  }

  /** The raw bytes of a GET (exports are binary). */
  const download = async (path: string, token?: string) => {
    const response = await handleEndpoints({
      config: ctx.payload.config,
      payloadInstanceCacheKey: ctx.databaseUri,
      request: new Request(`http://localhost:3000${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} }),
    })
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
  }

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    const users: Record<string, TestUser> = {
      admin: await createUser(ctx.payload, 'quantri@loa.local', ['admin']),
      managerA: await createUser(ctx.payload, 'quanly.a@loa.local', ['manager']),
      managerB: await createUser(ctx.payload, 'quanly.b@loa.local', ['manager']),
      editor: await createUser(ctx.payload, 'bientap@loa.local', ['editor']),
      reviewer: await createUser(ctx.payload, 'duyet@loa.local', ['reviewer']),
    }
    const campaignA = await createCampaign(ctx.payload, {
      code: 'HT-A',
      members: [
        { user: users.managerA.id, role: 'manager' },
        { user: users.editor.id, role: 'editor' },
        { user: users.reviewer.id, role: 'reviewer' },
      ],
    })
    const campaignB = await createCampaign(ctx.payload, { code: 'HT-B', members: [{ user: users.managerB.id, role: 'manager' }] })
    const times = { startsAt: inDays(20), endsAt: new Date(Date.now() + 20 * DAY + 3 * 3_600_000).toISOString() }
    workshopA = (
      await createPublished(ctx.payload, 'workshops', { campaign: campaignA.id, title: 'Tập huấn Cổng dịch vụ công cho cán bộ một cửa', capacity: 2, ...times })
    ).id
    workshopB = (
      await createPublished(ctx.payload, 'workshops', { campaign: campaignB.id, title: 'Hội thảo thương mại điện tử nông sản', capacity: 10, ...times })
    ).id

    await register(workshopA, {
      fullName: 'Nguyễn Thị Thuỷ',
      email: 'thuy.nt@motcua.thanhhoa.gov.vn',
      phone: '0912 345 678',
      organisation: 'UBND xã Quảng Phú',
      audienceType: 'officials',
    })
    await register(workshopA, {
      fullName: 'Lường Văn Ếch',
      email: 'ech.lv@muonglat.gov.vn',
      phone: '+84 237 385 2345',
      organisation: 'Bộ phận một cửa huyện Mường Lát',
      audienceType: 'officials',
    })
    await register(workshopA, { fullName: 'Phạm Ngọc Ánh', email: 'anh.pn@gmail.com', audienceType: 'citizens' })
    await register(workshopB, {
      fullName: 'Hà Thị Duyên',
      email: 'duyen.ht@htx-nongsan.vn',
      organisation: 'HTX Nông sản sạch Thọ Xuân',
      audienceType: 'businesses',
    })

    for (const [role, user] of Object.entries(users)) tokens[role as keyof typeof tokens] = await api.login(user.email, TEST_PASSWORD)
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  describe('who reads registrations', () => {
    const namesOver = async (token?: string) => {
      const response = await api.get('/api/registrations?limit=50&sort=createdAt,id', token ? { token } : {})
      return {
        status: response.status,
        names: response.status === 200 ? (response.body.docs as Registration[]).map((d) => d.fullName) : [],
        text: response.text,
      }
    }

    it('refuses anonymous visitors over REST (list and by id) and GraphQL', async () => {
      expect((await namesOver()).status).toBe(403)
      const someId = ((await ctx.payload.find({ collection: 'registrations' as never, limit: 1 })).docs[0] as { id: Id }).id
      expect((await api.get(`/api/registrations/${someId}`)).status).toBe(403)
      const result = await api.graphql('{ Registrations { docs { fullName email } } }')
      expect(result.data?.Registrations ?? null).toBeNull()
      expect(result.errors?.[0].message).toContain('không có quyền')
    })

    it('refuses editors and reviewers, even of the workshop’s own campaign', async () => {
      expect((await namesOver(tokens.editor)).status).toBe(403)
      expect((await namesOver(tokens.reviewer)).status).toBe(403)
      const result = await api.graphql('{ Registrations { docs { fullName } } }', { token: tokens.reviewer })
      expect(result.data?.Registrations ?? null).toBeNull()
      expect(result.errors?.[0].message).toContain('không có quyền')
    })

    it('shows a campaign manager the registrations of their own campaign’s workshops only', async () => {
      expect((await namesOver(tokens.managerA)).names).toEqual(['Nguyễn Thị Thuỷ', 'Lường Văn Ếch', 'Phạm Ngọc Ánh'])
      expect((await namesOver(tokens.managerB)).names).toEqual(['Hà Thị Duyên'])
      const result = await api.graphql<{ Registrations: { docs: Array<{ fullName: string }> } }>('{ Registrations(sort: "createdAt") { docs { fullName } } }', {
        token: tokens.managerB,
      })
      expect(result.data?.Registrations.docs.map((d) => d.fullName)).toEqual(['Hà Thị Duyên'])
    })

    it('shows admins every registration', async () => {
      expect((await namesOver(tokens.admin)).names).toEqual(['Nguyễn Thị Thuỷ', 'Lường Văn Ếch', 'Phạm Ngọc Ánh', 'Hà Thị Duyên'])
    })

    it('never returns the cancel token, not even to admins', async () => {
      const rest = await namesOver(tokens.admin)
      const graph = await api.graphql('{ Registrations { docs { id fullName email } } }', { token: tokens.admin })
      const askedForToken = await api.graphql<{ Registrations: { docs: unknown[] } }>('{ Registrations { docs { cancelToken } } }', { token: tokens.admin })
      expect(askedForToken.data?.Registrations.docs).toEqual(Array(4).fill({ cancelToken: null }))
      const byId = await api.get(
        `/api/registrations/${((await ctx.payload.find({ collection: 'registrations' as never, limit: 1 })).docs[0] as { id: Id }).id}`,
        { token: tokens.admin },
      )
      const local = await ctx.payload.find({
        collection: 'registrations' as never,
        overrideAccess: false,
        user: { ...(await ctx.payload.find({ collection: 'users', where: { email: { equals: 'quantri@loa.local' } } })).docs[0], collection: 'users' },
      })
      for (const text of [rest.text, JSON.stringify(graph), byId.text, JSON.stringify(local)]) {
        expect(text).not.toContain('cancelToken')
        for (const token of cancelTokens) expect(text).not.toContain(token)
      }
    })

    it('keeps registrants out of the public workshop pages and calendar feeds', async () => {
      const texts = [
        (await api.get('/api/feeds/workshops.ics')).text,
        (await api.get(`/api/workshops/${workshopA}/ics`)).text,
        (await api.get(`/api/workshops/${workshopA}`)).text,
        (await api.get(`/api/workshops/${workshopA}?depth=2`, { token: tokens.editor })).text,
      ]
      expect(texts[0]).toContain('BEGIN:VCALENDAR')
      for (const text of texts) {
        for (const personal of ['Nguyễn Thị Thuỷ', 'thuy.nt@motcua.thanhhoa.gov.vn', '0912345678', 'Lường Văn Ếch']) expect(text).not.toContain(personal)
      }
    })

    it('lets nobody create a registration through the collection API', async () => {
      const response = await api.post(
        '/api/registrations',
        { workshop: workshopA, fullName: 'Chen Ngang', email: 'chen@example.vn', status: 'confirmed' },
        { token: tokens.admin },
      )
      expect(response.status).toBe(403)
      expect((await api.post('/api/registrations', { workshop: workshopA, fullName: 'Chen Ngang', email: 'chen@example.vn' })).status).toBe(403)
    })
  })

  describe('counts, list and attendance', () => {
    it('gives the edit view counts and the list, to the campaign’s manager only', async () => {
      const summary = await api.get(`/api/workshops/${workshopA}/registrations-summary`, { token: tokens.managerA })
      expect(summary.status).toBe(200)
      expect(summary.body.counts).toEqual({ confirmed: 2, waitlisted: 1, cancelled: 0, attended: 0 })
      expect(summary.body.registrations.map((r: Registration) => [r.fullName, r.status])).toEqual([
        ['Nguyễn Thị Thuỷ', 'confirmed'],
        ['Lường Văn Ếch', 'confirmed'],
        ['Phạm Ngọc Ánh', 'waitlisted'],
      ])
      expect(JSON.stringify(summary.body)).not.toContain('cancelToken')
      expect((await api.get(`/api/workshops/${workshopA}/registrations-summary`, { token: tokens.managerB })).status).toBe(403)
      expect((await api.get(`/api/workshops/${workshopA}/registrations-summary`, { token: tokens.editor })).status).toBe(403)
      expect((await api.get(`/api/workshops/${workshopA}/registrations-summary`)).status).toBe(401)
    })

    it('lets the campaign’s manager mark attendance, and no one else', async () => {
      const { docs } = await ctx.payload.find({ collection: 'registrations' as never, where: { email: { equals: 'thuy.nt@motcua.thanhhoa.gov.vn' } } })
      const id = (docs[0] as Registration).id
      expect((await api.patch(`/api/registrations/${id}`, { status: 'attended' }, { token: tokens.editor })).status).toBe(403)
      expect((await api.patch(`/api/registrations/${id}`, { status: 'attended' }, { token: tokens.managerB })).status).toBe(403)
      const marked = await api.patch(`/api/registrations/${id}`, { status: 'attended' }, { token: tokens.managerA })
      expect(marked.status).toBe(200)
      expect(marked.body.doc.status).toBe('attended')
      expect(typeof marked.body.doc.attendedAt).toBe('string')
      const summary = await api.get(`/api/workshops/${workshopA}/registrations-summary`, { token: tokens.managerA })
      expect(summary.body.counts).toEqual({ confirmed: 1, waitlisted: 1, cancelled: 0, attended: 1 })
    })

    it('does not let an organiser hand a seat to a waitlisted registrant past the seat rules', async () => {
      const { docs } = await ctx.payload.find({ collection: 'registrations' as never, where: { email: { equals: 'anh.pn@gmail.com' } } })
      const response = await api.patch(`/api/registrations/${(docs[0] as Registration).id}`, { status: 'confirmed' }, { token: tokens.managerA })
      expect(response.status).toBe(400)
      expect(response.text).toContain('Không thể chuyển trạng thái từ \\"Danh sách chờ\\" sang \\"Đã xác nhận\\"')
    })
    it('gives seats added to the capacity to the waiting list and queues their e-mail', async () => {
      await ctx.payload.update({
        collection: 'workshops',
        id: workshopA,
        data: { capacity: 3, _status: 'published' } as never,
        context: { [DEMO_SEED_CONTEXT]: true },
      })
      const { docs } = await ctx.payload.find({ collection: 'registrations' as never, where: { email: { equals: 'anh.pn@gmail.com' } } })
      const promoted = docs[0] as Registration
      expect(promoted.status).toBe('confirmed')
      const jobs = await ctx.payload.find({ collection: 'payload-jobs' as never, where: { taskSlug: { equals: TASK_SEND_REGISTRATION_EMAIL } }, limit: 100 })
      const inputs = (jobs.docs as unknown as Array<{ input: { registrationId: string; kind: string } }>).map((job) => job.input)
      expect(inputs).toContainEqual({ registrationId: String(promoted.id), kind: 'promoted' })
    })
  })

  describe('exports', () => {
    const expectedRows = async (workshopId: Id) => {
      const { docs } = await ctx.payload.find({
        collection: 'registrations' as never,
        where: { workshop: { equals: workshopId } },
        sort: ['createdAt', 'id'],
        limit: 100,
      })
      return (docs as unknown as Array<Registration & { audienceType: string; attendedAt?: string | null }>).map((r, i) => [
        String(i + 1),
        r.fullName,
        r.email,
        r.phone ?? '',
        r.organisation ?? '',
        { officials: 'Cán bộ, công chức, viên chức', citizens: 'Người dân', businesses: 'Doanh nghiệp' }[r.audienceType] ?? '',
        { confirmed: 'Đã xác nhận', waitlisted: 'Danh sách chờ', attended: 'Đã tham dự', cancelled: 'Đã huỷ' }[r.status],
        formatVietnameseDateTime(r.createdAt),
        r.attendedAt ? formatVietnameseDateTime(r.attendedAt) : '',
      ])
    }

    it('exports CSV with Vietnamese headers and diacritics that a CSV parser reads back as the registrations', async () => {
      const response = await download(`/api/workshops/${workshopA}/registrations.csv`, tokens.managerA)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(response.headers.get('content-disposition')).toContain('.csv')
      const text = response.bytes.toString('utf8')
      expect(text.charCodeAt(0)).toBe(0xfeff)
      const workbook = new ExcelJS.Workbook()
      const sheet = await workbook.csv.read(Readable.from([text.slice(1)]), { map: (value: unknown) => value } as never)
      const rows: string[][] = []
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
      expect(rows[0]).toEqual(VIETNAMESE_HEADERS)
      expect(rows.slice(1).map((r) => r.concat(Array(9 - r.length).fill('')))).toEqual(await expectedRows(workshopA))
      expect(rows[1][1]).toBe('Nguyễn Thị Thuỷ')
      expect(rows[2][4]).toBe('Bộ phận một cửa huyện Mường Lát')
      expect(rows[2][3]).toBe('02373852345')
    })

    it('exports XLSX with a Vietnamese header row that exceljs reads back as the registrations', async () => {
      const response = await download(`/api/workshops/${workshopA}/registrations.xlsx`, tokens.admin)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(response.bytes as never)
      const sheet = workbook.getWorksheet('Đăng ký')
      expect(sheet).toBeDefined()
      const rows: string[][] = []
      sheet!.eachRow((row) => rows.push(Array.from({ length: 9 }, (_, i) => String(row.getCell(i + 1).value ?? ''))))
      expect(rows[0]).toEqual(VIETNAMESE_HEADERS)
      expect(sheet!.getRow(1).font?.bold).toBe(true)
      expect(rows.slice(1)).toEqual(await expectedRows(workshopA))
    })

    it('refuses exports to anonymous visitors, editors and managers of other campaigns', async () => {
      expect((await download(`/api/workshops/${workshopA}/registrations.csv`)).status).toBe(401)
      expect((await download(`/api/workshops/${workshopA}/registrations.xlsx`, tokens.editor)).status).toBe(403)
      expect((await download(`/api/workshops/${workshopA}/registrations.csv`, tokens.reviewer)).status).toBe(403)
      const other = await download(`/api/workshops/${workshopA}/registrations.xlsx`, tokens.managerB)
      expect(other.status).toBe(403)
      expect(other.bytes.toString('utf8')).toContain('Chỉ quản trị và quản lý chiến dịch của hội thảo được xem danh sách đăng ký')
      expect((await download(`/api/workshops/${workshopB}/registrations.csv`, tokens.managerB)).status).toBe(200)
    })
  })

  describe('a workshop moved to another campaign', () => {
    it('takes its registrations along: the new campaign’s manager sees them, the old one no longer does', async () => {
      const campaignA = (await ctx.payload.find({ collection: 'campaigns', where: { code: { equals: 'HT-A' } } })).docs[0].id
      await ctx.payload.update({
        collection: 'workshops',
        id: workshopB,
        data: { campaign: campaignA, _status: 'published' } as never,
        context: { [DEMO_SEED_CONTEXT]: true },
      })
      const namesFor = async (token: string) =>
        ((await api.get(`/api/registrations?limit=50&where[workshop][equals]=${workshopB}`, { token })).body.docs as Registration[]).map((d) => d.fullName)
      expect(await namesFor(tokens.managerA)).toEqual(['Hà Thị Duyên'])
      expect(await namesFor(tokens.managerB)).toEqual([])
      expect((await download(`/api/workshops/${workshopB}/registrations.csv`, tokens.managerB)).status).toBe(403)
    })
  })

  describe('retention', () => {
    const createPastWorkshop = async (title: string, endedDaysBeforeNow: number, now: Date) => {
      const endsAt = new Date(now.getTime() - endedDaysBeforeNow * DAY)
      const workshop = await createPublished(ctx.payload, 'workshops', {
        campaign: (await ctx.payload.find({ collection: 'campaigns', where: { code: { equals: 'HT-A' } } })).docs[0].id,
        title,
        startsAt: new Date(endsAt.getTime() - 3 * 3_600_000).toISOString(),
        endsAt: endsAt.toISOString(),
        capacity: 10,
      })
      const people = [
        { fullName: 'Bùi Thị Lan', email: `lan.${workshop.id}@example.vn`, phone: '0987654321', organisation: 'Trường THPT Lam Sơn', status: 'attended' },
        { fullName: 'Cao Văn Minh', email: `minh.${workshop.id}@example.vn`, phone: '0356789012', organisation: 'UBND phường Điện Biên', status: 'confirmed' },
        { fullName: 'Đặng Thu Hà', email: `ha.${workshop.id}@example.vn`, status: 'cancelled' },
      ]
      for (const person of people) await ctx.payload.create({ collection: 'registrations' as never, data: { ...person, workshop: workshop.id } as never })
      return workshop.id as Id
    }

    const registrationsOf = async (workshopId: Id) =>
      (await ctx.payload.find({ collection: 'registrations' as never, where: { workshop: { equals: workshopId } }, sort: ['createdAt', 'id'], limit: 100 }))
        .docs as unknown as Registration[]

    it('anonymises registrants 180 days after their workshop ended, keeping statuses and counts', async () => {
      const now = new Date('2031-06-30T17:00:00.000Z')
      const old = await createPastWorkshop('Hội thảo đã qua 181 ngày', 181, now)
      const recent = await createPastWorkshop('Hội thảo đã qua 179 ngày', 179, now)
      const statusesBefore = (await registrationsOf(old)).map((r) => r.status)

      await ctx.payload.jobs.queue({ task: TASK_ANONYMISE_OLD_REGISTRATIONS as never, input: { now: now.toISOString() } as never })
      await ctx.payload.jobs.run({ limit: 10 })

      const anonymised = await registrationsOf(old)
      expect(anonymised.map((r) => r.status)).toEqual(statusesBefore)
      expect(anonymised.map((r) => r.fullName)).toEqual([ANONYMISED_NAME, ANONYMISED_NAME, ANONYMISED_NAME])
      expect(anonymised.map((r) => [r.phone ?? null, r.organisation ?? null])).toEqual([
        [null, null],
        [null, null],
        [null, null],
      ])
      expect(anonymised.every((r) => r.email.endsWith('@anonymised.invalid') && !r.email.includes('example.vn'))).toBe(true)
      expect(anonymised.map((r) => r.anonymisedAt)).toEqual(Array(3).fill(now.toISOString()))

      const summary = await api.get(`/api/workshops/${old}/registrations-summary`, { token: tokens.managerA })
      expect(summary.body.counts).toEqual({ confirmed: 1, waitlisted: 0, cancelled: 1, attended: 1 })

      const kept = await registrationsOf(recent)
      expect(kept.map((r) => r.fullName)).toEqual(['Bùi Thị Lan', 'Cao Văn Minh', 'Đặng Thu Hà'])
      expect(kept.map((r) => r.phone ?? null)).toEqual(['0987654321', '0356789012', null])

      // Two days later the second workshop passes its 180 days too.
      await ctx.payload.jobs.queue({
        task: TASK_ANONYMISE_OLD_REGISTRATIONS as never,
        input: { now: new Date(now.getTime() + 2 * DAY).toISOString() } as never,
      })
      await ctx.payload.jobs.run({ limit: 10 })
      expect((await registrationsOf(recent)).map((r) => r.fullName)).toEqual([ANONYMISED_NAME, ANONYMISED_NAME, ANONYMISED_NAME])
      expect((await registrationsOf(recent)).map((r) => r.status)).toEqual(['attended', 'confirmed', 'cancelled'])
    })
  })
})
