/**
 * The broadcast and citizen-interaction plugins as Loa wires them (src/plugins.ts): a citizen's
 * question about a campaign is that campaign's work, in the roles its members hold there, and
 * the asker's contact details are read only by those answerable for it (Decree 13/2023); a
 * bulletin is part of the reviewed item, while what the server derives from it (the audio read
 * from the approved script, its duration, the synthesis state) voids no approval.
 */
import type { Payload } from 'payload'

import ExcelJS from 'exceljs'
import { handleEndpoints } from 'payload'

import { SYNTHESIS_WRITE_CONTEXT } from '@loa/plugin-broadcast'
import { createWorkingCalendar } from '@loa/plugin-citizen-interaction'

import type { Api } from '../helpers/api.js'
import type { TestUser } from '../helpers/fixtures.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { measureKpis } from '../helpers/insights.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createCampaignTeam, createDraft, createPublished, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { fromAddress } from '../helpers/peerAddress.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string
type Actor = 'admin' | 'manager' | 'editor' | 'reviewer' | 'outsider'

describe.each(adaptersUnderTest())('the broadcast and citizen plugins in Loa on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  const users = {} as Record<Actor, TestUser>
  const tokens = {} as Record<Actor, string>
  let campaign: { id: Id }
  let addressCounter = 0

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    const team = await createCampaignTeam(payload, api, 'HOI-DAP')
    campaign = team.campaign
    Object.assign(users, team.users)
    Object.assign(tokens, team.tokens)
    // Holds the roles globally but belongs to no campaign.
    users.outsider = await createUser(payload, 'outsider@test.vn', ['editor', 'reviewer'])
    tokens.outsider = await api.login(users.outsider.email, TEST_PASSWORD)
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  const ask = (body: Record<string, unknown>) =>
    api.post<{ code: string }>(
      '/api/questions/ask',
      {
        name: 'Lê Thị Hoa',
        email: `hoa.${(addressCounter += 1)}@example.vn`,
        phone: '0912 345 678',
        question: 'Xã tôi khi nào có điểm hỗ trợ cài đặt VNeID cho người cao tuổi?',
        consent: true,
        website: '',
        ...body,
      },
      { headers: fromAddress(`198.51.100.${addressCounter % 250}`) },
    )
  const act = (id: Id, actor: Actor, body: Record<string, unknown>) => api.post(`/api/questions/${id}/workflow`, body, { token: tokens[actor] })

  it('gives a question about a campaign to that campaign: its manager assigns and reads the contacts, its editor answers, its reviewer approves', async () => {
    const asked = await ask({ campaign: campaign.id })
    expect(asked.status).toBe(201)
    const { docs } = await payload.find({ collection: 'questions', where: { code: { equals: asked.body.code } }, overrideAccess: true })
    const id = docs[0]!.id

    // Contacts: the campaign's manager reads them; its editor and a stranger to the campaign do not.
    const contactsFor = async (actor: Actor) => (await api.get(`/api/questions/${id}?depth=0`, { token: tokens[actor] })).body as Record<string, unknown>
    expect(await contactsFor('manager')).toMatchObject({ email: expect.stringContaining('@example.vn'), phone: '0912345678' })
    for (const actor of ['editor', 'outsider'] as const) {
      const seen = await contactsFor(actor)
      expect(seen.question).toContain('VNeID')
      expect(seen.email ?? null).toBeNull()
      expect(seen.phone ?? null).toBeNull()
    }
    // The same over GraphQL, and filtering on a contact field finds nothing for those who may not read it.
    const overGraphql = async (actor: Actor) =>
      (await api.graphql<{ Question: Record<string, unknown> | null }>(`{ Question(id: ${JSON.stringify(id)}) { question name email phone } }`, { token: tokens[actor] })).data
        ?.Question
    expect(await overGraphql('manager')).toMatchObject({ email: expect.stringContaining('@example.vn'), phone: '0912345678', name: 'Lê Thị Hoa' })
    for (const actor of ['editor', 'outsider'] as const) {
      expect(await overGraphql(actor)).toMatchObject({ question: expect.stringContaining('VNeID'), email: null, phone: null, name: null })
      const byPhone = await api.get(`/api/questions?where[phone][equals]=0912345678&depth=0`, { token: tokens[actor] })
      expect(byPhone.status).toBeLessThan(500)
      expect((byPhone.body?.docs ?? []).map((doc: { id: Id }) => String(doc.id))).not.toContain(String(id))
    }

    // Only the campaign's manager assigns; a global editor and reviewer outside it cannot.
    expect((await act(id, 'outsider', { action: 'assign', assignee: users.editor.id })).status).toBe(403)
    expect((await act(id, 'editor', { action: 'assign', assignee: users.editor.id })).status).toBe(403)
    const assigned = await act(id, 'manager', { action: 'assign', assignee: users.editor.id })
    expect([assigned.status, assigned.body.question?.status]).toEqual([200, 'assigned'])

    expect((await act(id, 'outsider', { action: 'answer', answer: 'Không phải việc của tôi.' })).status).toBe(403)
    const answered = await act(id, 'editor', { action: 'answer', answer: 'Điểm hỗ trợ mở tại nhà văn hoá thôn từ thứ hai tuần sau.' })
    expect([answered.status, answered.body.question?.status]).toEqual([200, 'answered'])

    // Four eyes: not the answerer; and not a reviewer of another campaign.
    expect((await act(id, 'editor', { action: 'approve' })).status).toBe(403)
    expect((await act(id, 'outsider', { action: 'approve' })).status).toBe(403)
    expect((await act(id, 'reviewer', { action: 'approve' })).status).toBe(200)
    expect((await act(id, 'manager', { action: 'publish' })).status).toBe(200)

    const shown = await api.get(`/api/questions/public/${asked.body.code}`)
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({ askedBy: 'L.T.H.' })
    expect(shown.text).not.toContain('Lê Thị Hoa')
    expect(shown.text).not.toContain('0912345678')

    // Campaign insights count the question answered in public, and that it was on time.
    const measured = await measureKpis({
      api,
      campaignId: campaign.id,
      payload,
      token: tokens.manager,
      kpis: [
        { label: 'Câu hỏi đã nhận', metric: 'questionsReceived', target: 4, unit: 'câu hỏi' },
        { label: 'Câu hỏi quá hạn', metric: 'questionsOverdue', target: 0, unit: 'câu hỏi' },
        { label: 'Câu hỏi đã trả lời', metric: 'questionsAnswered', target: 4, unit: 'câu hỏi' },
        { label: 'Trả lời đúng hạn', metric: 'questionsAnsweredOnTimePercent', target: 100, unit: '%' },
      ],
    })
    expect(measured.map((kpi: { metric: string; actual: number }) => [kpi.metric, kpi.actual])).toEqual([
      ['questionsReceived', 1],
      ['questionsOverdue', 0],
      ['questionsAnswered', 1],
      ['questionsAnsweredOnTimePercent', 100],
    ])
  })

  it('answers a person’s requests to see and to erase their data, leaving the published answer anonymous', async () => {
    const mine = await ask({ campaign: campaign.id, name: 'Trần Văn Bình', email: 'Tran.Binh@example.vn', phone: '0987 654 321' })
    const mineAgain = await ask({ name: 'Trần Văn Bình', email: 'tran.binh@example.vn', phone: '0987654321' })
    const someoneElse = await ask({ campaign: campaign.id, name: 'Lê Thị Hoa' })
    const idOf = async (code: string) => (await payload.find({ collection: 'questions', where: { code: { equals: code } }, overrideAccess: true })).docs[0]!.id
    const id = await idOf(mine.body.code)

    // Received three weeks ago: the answer time counts only the working days since.
    const receivedAt = new Date(Date.now() - 21 * 24 * 60 * 60 * 1000)
    await payload.db.updateOne({ collection: 'questions', id, data: { createdAt: receivedAt.toISOString() } })
    expect((await act(id, 'manager', { action: 'assign', assignee: users.editor.id })).status).toBe(200)
    expect((await act(id, 'editor', { action: 'answer', answer: 'Bộ phận một cửa của xã hỗ trợ vào sáng thứ bảy.' })).status).toBe(200)
    expect((await act(id, 'reviewer', { action: 'approve' })).status).toBe(200)
    expect((await act(id, 'manager', { action: 'publish' })).status).toBe(200)
    const published = (await payload.findByID({ collection: 'questions', id, overrideAccess: true })) as unknown as { publishedAt: string; answeredInWorkingDays: number }
    const calendar = createWorkingCalendar({ country: 'VN', timeZone: 'Asia/Ho_Chi_Minh' })
    expect(published.answeredInWorkingDays).toBe(calendar.workingDaysBetween(receivedAt, new Date(published.publishedAt)))
    expect(published.answeredInWorkingDays).toBeGreaterThanOrEqual(12)
    expect(published.answeredInWorkingDays).toBeLessThanOrEqual(15)

    // Only an admin, and only with a valid e-mail or phone.
    const exportFor = (body: Record<string, unknown>, actor?: Actor) =>
      api.post('/api/questions/personal-data/export', body, actor ? { token: tokens[actor] } : {})
    expect((await exportFor({ email: 'tran.binh@example.vn' })).status).toBe(401)
    expect((await exportFor({ email: 'tran.binh@example.vn' }, 'manager')).status).toBe(403)
    for (const [body, field] of [[{}, 'email'], [{ email: 'not-an-address' }, 'email'], [{ phone: '=1+2' }, 'phone']] as const) {
      const refused = await exportFor(body, 'admin')
      expect([refused.status, JSON.stringify(refused.body)]).toEqual([400, expect.stringContaining(field)])
    }
    const exported = await exportFor({ email: 'TRAN.BINH@example.vn' }, 'admin')
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.json"$/)
    const file = JSON.parse(exported.text) as { questions: Array<{ code: string; name: string; phone: string; answer: string | null }> }
    expect(file.questions.map((question) => question.code).sort()).toEqual([mine.body.code, mineAgain.body.code].sort())
    expect(file.questions.every((question) => question.name === 'Trần Văn Bình' && question.phone === '0987654321')).toBe(true)

    // Erasure by phone: both of the person's questions, nobody else's; the published answer stays, anonymous.
    const erased = await api.post('/api/questions/personal-data/erase', { phone: '0987 654 321' }, { token: tokens.admin })
    expect([erased.status, erased.body.erased]).toEqual([200, 2])
    for (const code of [mine.body.code, mineAgain.body.code]) {
      const stored = (await payload.findByID({ collection: 'questions', id: await idOf(code), overrideAccess: true })) as unknown as Record<string, unknown>
      expect([stored.name, stored.email ?? null, stored.phone ?? null, Boolean(stored.anonymisedAt)]).toEqual(['Đã ẩn danh', null, null, true])
    }
    const shown = await api.get(`/api/questions/public/${mine.body.code}`)
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({ askedBy: 'Ẩn danh', answer: 'Bộ phận một cửa của xã hỗ trợ vào sáng thứ bảy.' })
    expect(shown.text).not.toContain('T.V.B.')
    const untouched = (await payload.findByID({ collection: 'questions', id: await idOf(someoneElse.body.code), overrideAccess: true })) as unknown as Record<string, unknown>
    expect(untouched.name).toBe('Lê Thị Hoa')
    expect(JSON.parse((await exportFor({ phone: '0987654321' }, 'admin')).text).questions).toEqual([])

    // Insights: the median answer time of the campaign's published answers, and readers' ratings.
    const report = await createPublished(payload, 'reports', { campaign: campaign.id, title: 'Hướng dẫn cài đặt VNeID tại nhà' })
    for (const helpful of [true, true, false]) {
      const rated = await api.post('/api/feedback', { collection: 'reports', id: report.id, helpful }, { headers: fromAddress(`203.0.113.${(addressCounter += 1) % 250}`) })
      expect(rated.status).toBe(201)
    }
    const answerDays = (
      (await payload.find({ collection: 'questions', where: { and: [{ campaign: { equals: campaign.id } }, { status: { equals: 'published' } }] }, overrideAccess: true }))
        .docs as unknown as Array<{ answeredInWorkingDays: number }>
    )
      .map((question) => question.answeredInWorkingDays)
      .sort((a, b) => a - b)
    const middle = Math.floor(answerDays.length / 2)
    const expectedMedian = answerDays.length % 2 ? answerDays[middle]! : (answerDays[middle - 1]! + answerDays[middle]!) / 2
    const measured = await measureKpis({
      api,
      campaignId: campaign.id,
      payload,
      token: tokens.manager,
      kpis: [
        { label: 'Thời gian trả lời trung vị', metric: 'questionsMedianAnswerWorkingDays', target: 15, unit: 'ngày' },
        { label: 'Lượt đánh giá', metric: 'feedbackReceived', target: 3, unit: 'lượt' },
        { label: 'Đánh giá hữu ích', metric: 'feedbackHelpfulPercent', target: 100, unit: '%' },
      ],
    })
    expect(expectedMedian).toBeGreaterThan(0)
    expect(measured.map((kpi: { metric: string; actual: number }) => [kpi.metric, kpi.actual])).toEqual([
      ['questionsMedianAnswerWorkingDays', expectedMedian],
      ['feedbackReceived', 3],
      ['feedbackHelpfulPercent', 66.7],
    ])
  })

  it('counts a campaign’s own answer deadline in working days, and 15 without one', async () => {
    const other = await createCampaign(payload, { code: 'HAN-5' })
    await payload.update({ collection: 'campaigns', id: other.id, data: { questionDeadlineWorkingDays: 5 } as never, overrideAccess: true })
    const calendar = createWorkingCalendar({ country: 'VN', timeZone: 'Asia/Ho_Chi_Minh' })
    for (const [campaignId, days] of [[other.id, 5], [undefined, 15]] as const) {
      const asked = await ask(campaignId === undefined ? {} : { campaign: campaignId })
      expect(asked.status).toBe(201)
      const stored = (await payload.find({ collection: 'questions', where: { code: { equals: asked.body.code } }, overrideAccess: true })).docs[0] as unknown as {
        createdAt: string
        dueDate: string
        workingDays: number
      }
      const due = calendar.endOfLocalDate(calendar.addWorkingDays(new Date(stored.createdAt), days)).toISOString()
      expect([stored.workingDays, stored.dueDate]).toEqual([days, due])
    }
  })

  it('hands a question about no campaign to the office: users holding the role province-wide', async () => {
    const asked = await ask({})
    expect(asked.status).toBe(201)
    const { docs } = await payload.find({ collection: 'questions', where: { code: { equals: asked.body.code } }, overrideAccess: true })
    const id = docs[0]!.id
    // The campaign editor holds no manager role anywhere: no.
    expect((await act(id, 'editor', { action: 'assign', assignee: users.outsider.id })).status).toBe(403)
    expect((await act(id, 'manager', { action: 'assign', assignee: users.outsider.id })).status).toBe(200)
    expect((await act(id, 'outsider', { action: 'answer', answer: 'Anh/chị liên hệ bộ phận một cửa của xã.' })).status).toBe(200)
    expect((await act(id, 'reviewer', { action: 'approve' })).status).toBe(200)
  })

  it('lets a manager run an awareness survey for the campaign, and counts its responses in the campaign’s insights', async () => {
    const survey = {
      title: 'Nhận thức về định danh điện tử',
      campaign: campaign.id,
      waves: ['before', 'after'],
      questions: [{ key: 'agree', text: 'VNeID giúp tôi làm thủ tục nhanh hơn', kind: 'single', options: ['đồng ý', 'không đồng ý'] }],
    }
    expect((await api.post('/api/surveys', survey, { token: tokens.editor })).status).toBe(403)
    const created = await api.post('/api/surveys', survey, { token: tokens.manager })
    expect(created.status).toBe(201)
    const surveyId = created.body.doc.id
    const issued = await api.get(`/api/surveys/${surveyId}/tokens?count=3`, { token: tokens.manager })
    const respondentTokens = issued.body.tokens as string[]
    for (const [index, agree] of ['không đồng ý', 'đồng ý'].entries()) {
      const answered = await api.post(`/api/surveys/${surveyId}/respond`, {
        token: respondentTokens[index],
        wave: index ? 'after' : 'before',
        answers: { agree },
      })
      expect(answered.status).toBe(201)
    }
    const measured = await measureKpis({
      api,
      campaignId: campaign.id,
      payload,
      token: tokens.manager,
      kpis: [{ label: 'Lượt trả lời khảo sát', metric: 'surveyResponses', target: 4, unit: 'lượt' }],
    })
    expect(measured.map((kpi: { metric: string; actual: number; percent: number }) => [kpi.metric, kpi.actual, kpi.percent])).toEqual([
      ['surveyResponses', 2, 50],
    ])

    // The insights say whether minds changed: each answer, first wave against last, drawn as bars.
    const insights = await api.get(`/api/campaigns/${campaign.id}/insights`, { token: tokens.manager })
    const section = (insights.body.sections as Array<{ title: string; rows: unknown[][]; barColumns: number[] }>).find(
      (each) => each.title === 'Khảo sát nhận thức của người dân',
    )
    expect(section?.rows).toEqual([
      ['Nhận thức về định danh điện tử', 'VNeID giúp tôi làm thủ tục nhanh hơn', 'đồng ý', 0, 100, 100],
      ['Nhận thức về định danh điện tử', 'VNeID giúp tôi làm thủ tục nhanh hơn', 'không đồng ý', 100, 0, -100],
    ])
    expect(section?.barColumns).toEqual([3, 4])

    // The results report says the same.
    const xlsx = await handleEndpoints({
      config: payload.config,
      payloadInstanceCacheKey: ctx.databaseUri,
      request: new Request(`http://localhost:3000/api/campaigns/${campaign.id}/report.xlsx`, { headers: { Authorization: `JWT ${tokens.manager}` } }),
    })
    expect(xlsx.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never)
    const rows = (workbook.getWorksheet('Khảo sát nhận thức')?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1))
    expect(rows).toEqual([
      ['Khảo sát', 'Câu hỏi', 'Trả lời', 'Đợt đầu (%)', 'Đợt cuối (%)', 'Thay đổi (điểm)'],
      ['Nhận thức về định danh điện tử', 'VNeID giúp tôi làm thủ tục nhanh hơn', 'đồng ý', 0, 100, 100],
      ['Nhận thức về định danh điện tử', 'VNeID giúp tôi làm thủ tục nhanh hơn', 'không đồng ý', 100, 0, -100],
    ])
  })

  it('keeps the new collections staff-only (the areas are public), and what respondents wrote for those who run surveys', async () => {
    const readable = async (path: string, actor?: Actor) => (await api.get(path, actor ? { token: tokens[actor] } : {})).status
    const staffOnly = ['questions', 'question-events', 'working-calendar', 'feedback', 'surveys', 'bulletin-audio', 'airings']
    for (const slug of staffOnly) {
      expect([slug, await readable(`/api/${slug}?limit=1`)]).toEqual([slug, 403])
      expect([slug, await readable(`/api/${slug}?limit=1`, 'editor')]).toEqual([slug, 200])
    }
    expect(await readable('/api/globals/broadcast-settings')).toBe(403)
    expect(await readable('/api/globals/broadcast-settings', 'editor')).toBe(200)
    expect(await readable('/api/areas?limit=1')).toBe(200)
    for (const actor of [undefined, 'editor', 'reviewer', 'outsider'] as const) expect(await readable('/api/survey-responses?limit=1', actor)).toBe(403)
    for (const actor of ['manager', 'admin'] as const) expect(await readable('/api/survey-responses?limit=1', actor)).toBe(200)
    // Writes: nobody creates a question or an event through the collection API; the calendar is the admins'.
    expect((await api.post('/api/questions', { name: 'X', question: 'Y', consent: true }, { token: tokens.admin })).status).toBe(403)
    expect((await api.post('/api/question-events', { action: 'ask' }, { token: tokens.admin })).status).toBe(403)
    expect((await api.post('/api/working-calendar', { date: '2026-12-31', kind: 'day_off' }, { token: tokens.manager })).status).toBe(403)
    expect((await api.post('/api/working-calendar', { date: '2026-12-31', kind: 'day_off', note: 'Nghỉ bù' }, { token: tokens.admin })).status).toBe(201)
  })

  it('seeds Thanh Hoá’s communes and wards for the bulletins', async () => {
    const areas = await payload.count({ collection: 'areas', overrideAccess: true })
    expect(areas.totalDocs).toBe(166)
  })

  describe('bulletins under review', () => {
    const stageOf = async (id: Id) =>
      ((await payload.findByID({ collection: 'reports', id, draft: true, depth: 0, overrideAccess: true })) as { workflow?: { stage?: string } }).workflow
        ?.stage

    const approvedReport = async (title: string) => {
      const draft = await createDraft(payload, 'reports', {
        campaign: campaign.id,
        title,
        bulletin: { script: 'Ủy ban nhân dân xã thông báo lịch hỗ trợ cài đặt ứng dụng VNeID.', priority: 'ordinary' },
      })
      expect((await api.post(`/api/reports/${draft.id}/workflow`, { action: 'submit' }, { token: tokens.editor })).status).toBe(200)
      expect((await api.post(`/api/reports/${draft.id}/workflow`, { action: 'approve' }, { token: tokens.reviewer })).status).toBe(200)
      expect(await stageOf(draft.id)).toBe('approved')
      return draft.id
    }

    it('keeps the approval when the server fills in what it derives: synthesis state, duration', async () => {
      const id = await approvedReport('Bản tin đọc trên loa: lịch hỗ trợ VNeID')
      const stored = (await payload.findByID({ collection: 'reports', id, draft: true, depth: 0, overrideAccess: true })) as {
        bulletin: Record<string, unknown>
      }
      await payload.update({
        collection: 'reports',
        id,
        draft: true,
        overrideAccess: true,
        context: { [SYNTHESIS_WRITE_CONTEXT]: true },
        data: { bulletin: { ...stored.bulletin, synthesisStatus: 'failed', synthesisError: 'espeak-ng: thử lại sau' } } as never,
      })
      expect(await stageOf(id)).toBe('approved')
      // The same derived sub-fields written without the mark: still no reviewed word changed.
      const neutral = await api.patch(`/api/reports/${id}?draft=true`, { bulletin: { ...stored.bulletin, synthesisStatus: 'none' } }, { token: tokens.editor })
      expect(neutral.status).toBe(200)
      expect(await stageOf(id)).toBe('approved')
    })

    it('sends an approved item back to review when its script changes', async () => {
      const id = await approvedReport('Bản tin đọc trên loa: lịch tiêm chủng')
      const stored = (await payload.findByID({ collection: 'reports', id, draft: true, depth: 0, overrideAccess: true })) as {
        bulletin: Record<string, unknown>
      }
      const edited = await api.patch(
        `/api/reports/${id}?draft=true`,
        { bulletin: { ...stored.bulletin, script: 'Ủy ban nhân dân xã thông báo: lịch hỗ trợ dời sang thứ bảy.' } },
        { token: tokens.editor },
      )
      expect(edited.status).toBe(200)
      expect(await stageOf(id)).toBe('in_review')
      const events = await payload.find({
        collection: 'review-events',
        where: { 'item.value': { equals: id } },
        sort: '-createdAt',
        limit: 1,
        overrideAccess: true,
      })
      expect(JSON.stringify(events.docs[0])).toContain('bulletin')
    })
  })
})
