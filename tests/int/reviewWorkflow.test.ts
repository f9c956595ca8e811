/**
 * The review workflow over REST, with a logged-in user of each role: stages, approvals and the
 * four-eyes rule, edits voiding approvals, the record of events, bad input, and the e-mails
 * that arrive at a real SMTP server.
 */
import type { Api } from '../helpers/api.js'
import type { SmtpReceiver } from '../helpers/smtpReceiver.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { startSmtpReceiver } from '../helpers/smtpReceiver.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { DEMO_PASSWORD } from '../../src/seed/demoContent.js'
import { lexicalFromParagraphs } from '../../src/lib/lexical.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'

type Id = number | string
type Role = 'admin' | 'manager' | 'editor' | 'reviewer' | 'reviewer2'

describe.each(adaptersUnderTest())('review workflow on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let smtp: SmtpReceiver
  let campaignId: Id
  const tokens = {} as Record<Role, string>
  const userIds = {} as Record<Role, Id>

  const act = (collection: string, id: Id, action: unknown, role?: Role, note?: string) =>
    api.post(`/api/${collection}/${id}/workflow`, note === undefined ? { action } : { action, note }, role ? { token: tokens[role] } : {})

  const latest = async (collection: string, id: Id) => (await ctx.payload.findByID({ collection: collection as 'reports', id, draft: true, depth: 0 })) as any

  const eventsOf = async (collection: string, id: Id) =>
    (
      await ctx.payload.find({
        collection: 'review-events' as never,
        depth: 0,
        pagination: false,
        sort: 'createdAt',
        where: { and: [{ 'item.value': { equals: id } }, { 'item.relationTo': { equals: collection } }] },
      })
    ).docs as any[]

  const newReport = async (title: string, extra: Record<string, unknown> = {}) => {
    const response = await api.post(
      '/api/reports',
      { title, campaign: campaignId, summary: `Tóm tắt: ${title}`, body: lexicalFromParagraphs([`Nội dung: ${title}`]), authors: [userIds.editor], ...extra },
      { token: tokens.editor },
    )
    if (response.status !== 201) throw new Error(`create failed: ${response.status} ${response.text}`)
    return response.body.doc as { id: Id; workflow: { stage: string; waitingFor: string } }
  }

  /** Submitted and approved by both reviewers. */
  const approvedReport = async (title: string, extra: Record<string, unknown> = {}) => {
    const doc = await newReport(title, extra)
    expect((await act('reports', doc.id, 'submit', 'editor')).status).toBe(200)
    expect((await act('reports', doc.id, 'approve', 'reviewer')).status).toBe(200)
    expect((await act('reports', doc.id, 'approve', 'reviewer2')).status).toBe(200)
    return doc.id
  }

  beforeAll(async () => {
    smtp = await startSmtpReceiver()
    ctx = await createTestPayload(adapter, { email: smtp.emailAdapter() })
    api = createApi(ctx.payload, ctx.databaseUri)
    await seedDemoContent(ctx.payload, () => undefined)
    await ctx.payload.create({
      collection: 'users',
      data: { email: 'reviewer2@loa.local', password: DEMO_PASSWORD, displayName: 'Phạm Văn Duyệt Hai', roles: ['reviewer'] },
    })
    const { docs: users } = await ctx.payload.find({ collection: 'users', depth: 0, limit: 10 })
    for (const role of ['admin', 'manager', 'editor', 'reviewer', 'reviewer2'] as Role[]) {
      userIds[role] = users.find((user) => user.email === `${role}@loa.local`)!.id
      tokens[role] = await api.login(`${role}@loa.local`, DEMO_PASSWORD)
    }
    const campaign = await ctx.payload.create({
      collection: 'campaigns',
      data: {
        name: 'Chiến dịch thử quy trình duyệt',
        code: `RW-${adapter}`,
        status: 'active',
        period: { start: '2024-01-01T00:00:00.000Z', end: '2030-12-31T00:00:00.000Z' },
        members: [
          { user: userIds.manager, role: 'manager' },
          { user: userIds.editor, role: 'editor' },
          { user: userIds.reviewer, role: 'reviewer' },
          { user: userIds.reviewer2, role: 'reviewer' },
        ],
        approvalPolicy: { requiredApprovals: 2 },
      } as never,
    })
    campaignId = campaign.id
  })
  afterAll(async () => {
    await ctx?.cleanup()
    await smtp?.close()
  })

  it('takes a report from draft to published with two required approvals, each step by its role', async () => {
    const doc = await newReport('Chợ quê Hoằng Hoá dùng mã QR')
    expect(doc.workflow).toMatchObject({ stage: 'draft', waitingFor: 'author' })

    const submitted = await act('reports', doc.id, 'submit', 'editor')
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ from: 'draft', stage: 'in_review', workflow: { waitingFor: 'reviewers' } })

    const first = await act('reports', doc.id, 'approve', 'reviewer')
    expect(first.body).toMatchObject({ stage: 'in_review' })
    expect(first.body.workflow.approvals).toHaveLength(1)

    const second = await act('reports', doc.id, 'approve', 'reviewer2')
    expect(second.body).toMatchObject({ from: 'in_review', stage: 'approved', workflow: { waitingFor: 'manager' } })
    expect(second.body.workflow.approvals.map((a: { reviewer: Id }) => String(a.reviewer)).sort()).toEqual(
      [String(userIds.reviewer), String(userIds.reviewer2)].sort(),
    )
    expect((await api.get(`/api/reports/${doc.id}`)).status).not.toBe(200)

    const published = await act('reports', doc.id, 'publish', 'manager')
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ from: 'approved', stage: 'published', workflow: { waitingFor: 'nobody' } })

    // An anonymous read leaves the review's state out unless it asks for it (the public read
    // projection); asked for, it shows the stage and still none of the reviewers' names.
    const publicRead = await api.get(`/api/reports/${doc.id}`)
    expect(publicRead.status).toBe(200)
    expect(publicRead.body.title).toBe('Chợ quê Hoằng Hoá dùng mã QR')
    expect(publicRead.body.workflow).toBeUndefined()
    const publicWorkflow = await api.get(`/api/reports/${doc.id}?select[title]=true&select[workflow]=true`)
    expect(publicWorkflow.status).toBe(200)
    expect(publicWorkflow.body.workflow.stage).toBe('published')
    expect(publicWorkflow.body.workflow.approvals ?? []).toEqual([])
    expect(publicWorkflow.body.workflow.lastEditedBy).toBeUndefined()

    const events = await eventsOf('reports', doc.id)
    expect(events.map((e) => [e.action, e.from, e.to, String(e.actor)])).toEqual([
      ['submit', 'draft', 'in_review', String(userIds.editor)],
      ['approve', 'in_review', 'in_review', String(userIds.reviewer)],
      ['approve', 'in_review', 'approved', String(userIds.reviewer2)],
      ['publish', 'approved', 'published', String(userIds.manager)],
    ])
  })

  it('lets a campaign manager unpublish a live report, and a resubmission go through review again', async () => {
    const id = await approvedReport('Gỡ bài rồi gửi lại')
    await act('reports', id, 'publish', 'manager')
    const unpublished = await act('reports', id, 'unpublish', 'manager')
    expect(unpublished.body).toMatchObject({ from: 'published', stage: 'unpublished' })
    expect((await api.get(`/api/reports/${id}`)).status).not.toBe(200)

    expect((await act('reports', id, 'submit', 'editor')).body.stage).toBe('in_review')
    expect((await act('reports', id, 'publish', 'admin')).status).toBe(400)
  })

  it("refuses an approval by the item's author (four-eyes) and changes nothing", async () => {
    const doc = await newReport('Bài do người duyệt viết', { authors: [userIds.reviewer] })
    await act('reports', doc.id, 'submit', 'editor')
    const refused = await act('reports', doc.id, 'approve', 'reviewer')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('nguyên tắc bốn mắt')
    expect(refused.body.errors[0].message).toContain('four-eyes')
    const after = await latest('reports', doc.id)
    expect(after.workflow.stage).toBe('in_review')
    expect(after.workflow.approvals).toEqual([])
    expect((await eventsOf('reports', doc.id)).map((e) => e.action)).toEqual(['submit'])
  })

  it('refuses an approval by the last editor, even an admin', async () => {
    const doc = await newReport('Bài quản trị viên sửa')
    await act('reports', doc.id, 'submit', 'editor')
    expect((await api.patch(`/api/reports/${doc.id}?draft=true`, { summary: 'Sapo do quản trị viên sửa' }, { token: tokens.admin })).status).toBe(200)
    const refused = await act('reports', doc.id, 'approve', 'admin')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('người sửa nội dung gần nhất')
    expect((await latest('reports', doc.id)).workflow.lastEditedBy).toBe(userIds.admin)
  })

  it('voids the approvals when a workshop’s venue changes after approval, but not for internal notes', async () => {
    const created = await api.post(
      '/api/workshops',
      {
        title: 'Tập huấn kỹ năng số cho cán bộ xã',
        campaign: campaignId,
        kind: 'training',
        startsAt: '2030-03-10T01:00:00.000Z',
        endsAt: '2030-03-10T04:00:00.000Z',
        venue: 'Hội trường UBND huyện Thọ Xuân',
        authors: [userIds.editor],
      },
      { token: tokens.editor },
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await act('workshops', id, 'submit', 'editor')
    await act('workshops', id, 'approve', 'reviewer')
    expect((await act('workshops', id, 'approve', 'reviewer2')).body.stage).toBe('approved')

    const notes = await api.patch(`/api/workshops/${id}?draft=true`, { internalNotes: 'Đã đặt hội trường' }, { token: tokens.editor })
    expect(notes.status).toBe(200)
    expect((await latest('workshops', id)).workflow).toMatchObject({ stage: 'approved', approvals: [expect.anything(), expect.anything()] })

    const moved = await api.patch(`/api/workshops/${id}?draft=true`, { venue: 'Nhà văn hoá thị trấn Thọ Xuân' }, { token: tokens.editor })
    expect(moved.status).toBe(200)
    expect(moved.body.doc.workflow).toMatchObject({ stage: 'in_review', approvals: [], waitingFor: 'reviewers' })
    const edit = (await eventsOf('workshops', id)).at(-1)
    expect(edit).toMatchObject({ action: 'edit', from: 'approved', to: 'in_review' })
    expect(edit.note).toContain('venue')
    expect((await act('workshops', id, 'publish', 'manager')).status).toBe(400)
  })

  it('keeps the live version public while an edit goes through review, then publishing replaces it', async () => {
    const id = await approvedReport('Dịch vụ công trực tuyến ở Thọ Xuân')
    await act('reports', id, 'publish', 'manager')

    const edited = await api.patch(`/api/reports/${id}`, { title: 'Dịch vụ công trực tuyến toàn trình ở Thọ Xuân' }, { token: tokens.editor })
    expect(edited.status).toBe(200)
    expect((await api.get(`/api/reports/${id}`)).body.title).toBe('Dịch vụ công trực tuyến ở Thọ Xuân')
    const pending = await api.get(`/api/reports/${id}?draft=true`, { token: tokens.editor })
    expect(pending.body).toMatchObject({ title: 'Dịch vụ công trực tuyến toàn trình ở Thọ Xuân', workflow: { stage: 'in_review', approvals: [] } })

    await act('reports', id, 'approve', 'reviewer')
    await act('reports', id, 'approve', 'reviewer2')
    expect((await api.get(`/api/reports/${id}`)).body.title).toBe('Dịch vụ công trực tuyến ở Thọ Xuân')
    expect((await act('reports', id, 'publish', 'manager')).body.stage).toBe('published')
    expect((await api.get(`/api/reports/${id}`)).body.title).toBe('Dịch vụ công trực tuyến toàn trình ở Thọ Xuân')
  })

  it('schedules an item whose publishAt is in the future at its final approval', async () => {
    const publishAt = new Date(Date.now() + 3 * 86_400_000).toISOString()
    const doc = await newReport('Bài hẹn giờ đăng')
    // Setting the time is the campaign manager's call.
    expect((await api.patch(`/api/reports/${doc.id}`, { publishAt }, { token: tokens.manager })).status).toBe(200)
    await act('reports', doc.id, 'submit', 'editor')
    await act('reports', doc.id, 'approve', 'reviewer')
    const approved = await act('reports', doc.id, 'approve', 'reviewer2')
    expect(approved.body).toMatchObject({ stage: 'scheduled', workflow: { waitingFor: 'schedule' } })
  })

  it('answers 400 or 403 to bad input with a clear message and changes nothing', async () => {
    const doc = await newReport('Bài thử dữ liệu sai')
    await act('reports', doc.id, 'submit', 'editor')
    await act('reports', doc.id, 'approve', 'reviewer')
    const before = await latest('reports', doc.id)
    const eventsBefore = (await eventsOf('reports', doc.id)).length

    const cases: Array<[string, Promise<{ status: number; body: any }>, number, string]> = [
      ['unknown action', act('reports', doc.id, 'explode', 'editor'), 400, 'không hợp lệ'],
      ['missing action', api.post(`/api/reports/${doc.id}/workflow`, { note: 'x' }, { token: tokens.editor }), 400, 'Thiếu trường action'],
      ['publish from in_review', act('reports', doc.id, 'publish', 'manager'), 400, 'Đang chờ duyệt'],
      ['request changes without a note', act('reports', doc.id, 'request_changes', 'reviewer2'), 400, 'trường note'],
      ['a second approval by the same reviewer', act('reports', doc.id, 'approve', 'reviewer'), 400, 'đã duyệt nội dung này rồi'],
      ['an editor approving', act('reports', doc.id, 'approve', 'editor'), 403, 'người duyệt'],
      ['a reviewer publishing', act('reports', doc.id, 'publish', 'reviewer'), 403, 'quản lý chiến dịch'],
      ['a reviewer withdrawing', act('reports', doc.id, 'withdraw', 'reviewer'), 403, 'biên tập viên'],
      ['an anonymous visitor', act('reports', doc.id, 'withdraw'), 403, 'đăng nhập'],
    ]
    for (const [, pending, status, message] of cases) {
      const response = await pending
      expect({ status: response.status, message: response.body.errors?.[0]?.message }).toEqual({ status, message: expect.stringContaining(message) })
    }
    expect((await act('reports', 999_999, 'submit', 'editor')).status).toBe(404)

    const after = await latest('reports', doc.id)
    expect(after.workflow).toEqual(before.workflow)
    expect((await eventsOf('reports', doc.id)).length).toBe(eventsBefore)
  })

  it('sends changes back to the editor with the reviewer’s note, and lets the editor withdraw', async () => {
    const doc = await newReport('Bài cần sửa')
    await act('reports', doc.id, 'submit', 'editor')
    const sentBack = await act('reports', doc.id, 'request_changes', 'reviewer', 'Bổ sung số liệu quý III')
    expect(sentBack.body).toMatchObject({ stage: 'changes_requested', workflow: { waitingFor: 'author' } })
    expect((await eventsOf('reports', doc.id)).at(-1)).toMatchObject({ action: 'request_changes', note: 'Bổ sung số liệu quý III' })
    await act('reports', doc.id, 'submit', 'editor')
    expect((await act('reports', doc.id, 'withdraw', 'editor')).body).toMatchObject({ from: 'in_review', stage: 'draft' })
  })

  it('shows the stage, the buttons the user may press and the history to the admin panel', async () => {
    const doc = await newReport('Bài xem trong trang quản trị')
    await act('reports', doc.id, 'submit', 'editor')
    const asReviewer = await api.get(`/api/reports/${doc.id}/workflow`, { token: tokens.reviewer })
    expect(asReviewer.status).toBe(200)
    expect(asReviewer.body).toMatchObject({ stage: 'in_review', waitingFor: 'reviewers', requiredApprovals: 2, allowedActions: ['approve', 'request_changes'] })
    expect(asReviewer.body.events.map((e: { action: string }) => e.action)).toEqual(['submit'])
    expect((await api.get(`/api/reports/${doc.id}/workflow`, { token: tokens.editor })).body.allowedActions).toEqual(['withdraw'])
    expect((await api.get(`/api/reports/${doc.id}/workflow`, { token: tokens.manager })).body.allowedActions).toEqual(['withdraw'])
    expect((await api.get(`/api/reports/${doc.id}/workflow`)).status).toBe(403)
  })

  it('points a reviewer at what changed since the approved version, in Payload’s version comparison', async () => {
    const id = await approvedReport('Bài trước khi sửa')
    const approvedPanel = await api.get(`/api/reports/${id}/workflow`, { token: tokens.reviewer })
    // Approved and unchanged since: nothing to compare.
    expect(approvedPanel.body.changesSinceApproval).toBeNull()

    const edited = await api.patch(`/api/reports/${id}?draft=true`, { title: 'Bài sau khi sửa' }, { token: tokens.editor })
    expect(edited.status).toBe(200)
    const panel = await api.get(`/api/reports/${id}/workflow`, { token: tokens.reviewer })
    const { fromVersion, toVersion } = panel.body.changesSinceApproval as { fromVersion: Id; toVersion: Id }
    const titleOf = async (versionId: Id) =>
      ((await ctx.payload.findVersionByID({ collection: 'reports', id: String(versionId), depth: 0 })) as unknown as { version: { title: string } }).version.title
    expect([await titleOf(fromVersion), await titleOf(toVersion)]).toEqual(['Bài trước khi sửa', 'Bài sau khi sửa'])
  })

  it('keeps review events append-only: no API edits or deletes them, and only the workflow writes them', async () => {
    const doc = await newReport('Bài kiểm tra nhật ký')
    await act('reports', doc.id, 'submit', 'editor')
    const [event] = await eventsOf('reports', doc.id)

    const asMember = await api.get(`/api/review-events?where[item.value][equals]=${doc.id}`, { token: tokens.reviewer })
    expect(asMember.body.docs.map((e: { action: string }) => e.action)).toEqual(['submit'])
    expect((await api.get('/api/review-events')).status).toBe(403)

    expect((await api.patch(`/api/review-events/${event.id}`, { note: 'sửa lén' }, { token: tokens.admin })).status).toBe(403)
    expect((await api.delete(`/api/review-events/${event.id}`, { token: tokens.admin })).status).toBe(403)
    expect(
      (
        await api.post(
          '/api/review-events',
          { item: { relationTo: 'reports', value: doc.id }, to: 'published', action: 'publish', at: new Date().toISOString() },
          { token: tokens.admin },
        )
      ).status,
    ).toBe(403)
    const gqlUpdate = await api.graphql(`mutation { updateReviewEvent(id: ${JSON.stringify(event.id)}, data: { note: "sửa lén" }) { id } }`, {
      token: tokens.admin,
    })
    expect(gqlUpdate.errors?.length).toBeGreaterThan(0)
    const gqlDelete = await api.graphql(`mutation { deleteReviewEvent(id: ${JSON.stringify(event.id)}) { id } }`, { token: tokens.admin })
    expect(gqlDelete.errors?.length).toBeGreaterThan(0)
    await expect(ctx.payload.update({ collection: 'review-events' as never, id: event.id, data: { note: 'sửa lén' } as never })).rejects.toMatchObject({
      status: 403,
    })
    await expect(ctx.payload.delete({ collection: 'review-events' as never, id: event.id })).rejects.toMatchObject({ status: 403 })

    const [after] = await eventsOf('reports', doc.id)
    expect(after).toMatchObject({ id: event.id, action: 'submit', note: null })
    expect((await eventsOf('reports', doc.id)).length).toBe(1)
  })

  it('records the seeded published items as approved by the demo reviewer', async () => {
    const { docs } = await ctx.payload.find({ collection: 'reports', depth: 0, where: { slug: { equals: 'thanh-hoa-day-manh-chuyen-doi-so-2024' } } })
    expect((docs[0] as any).workflow).toMatchObject({ stage: 'published', approvals: [expect.objectContaining({ reviewer: userIds.reviewer })] })
    expect((await eventsOf('reports', docs[0].id)).map((e) => [e.action, e.to, e.systemActor])).toEqual([['import', 'published', 'system:import']])
    // The panel names the import in words, not "system:import".
    const panel = await api.get(`/api/reports/${docs[0].id}/workflow`, { token: tokens.admin })
    expect(panel.body.events.map((e: { systemActor: string; systemActorName: string }) => [e.systemActor, e.systemActorName])).toEqual([
      ['system:import', 'Nhập dữ liệu mẫu'],
    ])
  })

  it('mails the reviewers on submit and the author on approval and on a request for changes, in Vietnamese', async () => {
    smtp.messages.length = 0
    await ctx.payload.jobs.run({ limit: 1000 })
    smtp.messages.length = 0

    const doc = await newReport('Thư báo quy trình duyệt')
    await act('reports', doc.id, 'submit', 'editor')
    await act('reports', doc.id, 'approve', 'reviewer')
    await act('reports', doc.id, 'request_changes', 'reviewer2', 'Ảnh đại diện chưa đúng tỷ lệ')
    expect(smtp.messages).toHaveLength(0)

    await ctx.payload.jobs.run({ limit: 1000 })
    const recipients = (mail: (typeof smtp.messages)[number]) =>
      (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((address) => address.address ?? '')).sort()
    const mails = smtp.messages.map((mail) => ({ subject: mail.subject, to: recipients(mail) }))
    expect(mails).toEqual(
      expect.arrayContaining([
        { subject: '[Loa] Cần duyệt: Thư báo quy trình duyệt', to: ['reviewer2@loa.local', 'reviewer@loa.local'] },
        { subject: '[Loa] Đã có một lượt duyệt: Thư báo quy trình duyệt', to: ['editor@loa.local'] },
        { subject: '[Loa] Yêu cầu chỉnh sửa: Thư báo quy trình duyệt', to: ['editor@loa.local'] },
      ]),
    )
    expect(mails).toHaveLength(3)
    const changes = smtp.messages.find((mail) => mail.subject?.startsWith('[Loa] Yêu cầu chỉnh sửa'))
    expect(changes?.text).toContain('Ảnh đại diện chưa đúng tỷ lệ')
    expect(changes?.text).toContain(`/admin/collections/reports/${doc.id}`)
  })
})
