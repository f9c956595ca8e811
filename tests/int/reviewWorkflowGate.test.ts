/**
 * The gate: no path makes `_status: 'published'` without the workflow's approvals — REST and
 * GraphQL updates and creates, the admin's Publish button, a version restore, a bulk update, a
 * duplicate, the Local API acting for a user. Nor does any path take a live item down or change
 * its public content behind the workflow's back.
 */
import type { Payload } from 'payload'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { DEMO_PASSWORD } from '../../src/seed/demoContent.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'

type Id = number | string
type Role = 'admin' | 'manager' | 'editor' | 'reviewer'

describe.each(adaptersUnderTest())('review workflow gate on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  let campaignId: Id
  const tokens = {} as Record<Role, string>
  const users = {} as Record<Role, Record<string, unknown> & { id: Id }>

  const act = (id: Id, action: string, role: Role) => api.post(`/api/reports/${id}/workflow`, { action }, { token: tokens[role] })
  /** What the public sees: the title when the report is live, else the status code. */
  const publicView = async (id: Id) => {
    const response = await api.get(`/api/reports/${id}`)
    return response.status === 200 ? (response.body.title as string) : response.status
  }
  const stageOf = async (id: Id) => ((await payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })) as any).workflow.stage as string

  const draftReport = async (title: string) => {
    const created = await api.post('/api/reports', { title, campaign: campaignId, summary: `Tóm tắt: ${title}` }, { token: tokens.editor })
    if (created.status !== 201) throw new Error(`create failed: ${created.status} ${created.text}`)
    return created.body.doc.id as Id
  }
  const approvedReport = async (title: string) => {
    const id = await draftReport(title)
    expect((await act(id, 'submit', 'editor')).status).toBe(200)
    expect((await act(id, 'approve', 'reviewer')).body.stage).toBe('approved')
    return id
  }
  const liveReport = async (title: string) => {
    const id = await approvedReport(title)
    expect((await act(id, 'publish', 'manager')).body.stage).toBe('published')
    return id
  }

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    await seedDemoContent(payload, () => undefined)
    const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 10 })
    for (const role of ['admin', 'manager', 'editor', 'reviewer'] as Role[]) {
      users[role] = { ...(docs.find((user) => user.email === `${role}@loa.local`) as any), collection: 'users' }
      tokens[role] = await api.login(`${role}@loa.local`, DEMO_PASSWORD)
    }
    campaignId = (await payload.find({ collection: 'campaigns', depth: 0, limit: 1 })).docs[0].id
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('refuses a REST update setting _status to published, with or without draft=true, even by an admin', async () => {
    const id = await draftReport('Cập nhật trạng thái trực tiếp')
    for (const [path, role] of [
      [`/api/reports/${id}`, 'editor'],
      [`/api/reports/${id}`, 'admin'],
      [`/api/reports/${id}?draft=true`, 'manager'],
    ] as const) {
      const response = await api.patch(path, { _status: 'published' }, { token: tokens[role] })
      expect(response.status).toBe(403)
      expect(response.body.errors[0].message).toContain('Chỉ có thể xuất bản qua quy trình duyệt')
    }
    expect(await publicView(id)).toBe(404)
    expect(await stageOf(id)).toBe('draft')
  })

  it('refuses to publish an approved item by _status: approvals are not a licence to skip the publish action', async () => {
    const id = await approvedReport('Đã duyệt nhưng chưa đăng')
    expect((await api.patch(`/api/reports/${id}`, { _status: 'published' }, { token: tokens.manager })).status).toBe(403)
    expect(await publicView(id)).toBe(404)
    expect(await stageOf(id)).toBe('approved')
  })

  it("refuses the admin's own Publish button (a form PATCH with _status=published)", async () => {
    const id = await draftReport('Nút xuất bản trong trang quản trị')
    const current = (await api.get(`/api/reports/${id}?draft=true&depth=0`, { token: tokens.admin })).body
    const form = new FormData()
    form.append('_payload', JSON.stringify({ ...current, title: 'Sửa rồi bấm Xuất bản', _status: 'published' }))
    const response = await api.request('PATCH', `/api/reports/${id}?depth=0&fallback-locale=null&locale=vi`, { body: form, token: tokens.admin })
    expect(response.status).toBe(403)
    expect(await publicView(id)).toBe(404)
  })

  it("hides the admin's own Publish and Unpublish buttons: nobody may update with _status published", async () => {
    const id = await approvedReport('Quyền xuất bản trong trang quản trị')
    for (const role of ['admin', 'manager'] as const) {
      const asDraft = await api.post(`/api/reports/access/${id}`, { _status: 'draft' }, { token: tokens[role] })
      const asPublished = await api.post(`/api/reports/access/${id}`, { _status: 'published' }, { token: tokens[role] })
      expect({ role, draft: Boolean(asDraft.body.update), published: Boolean(asPublished.body.update) }).toEqual({ role, draft: true, published: false })
    }
  })

  it('refuses a REST create with _status published and creates nothing', async () => {
    const before = (await payload.count({ collection: 'reports' })).totalDocs
    const response = await api.post('/api/reports', { title: 'Tạo thẳng bản xuất bản', campaign: campaignId, _status: 'published' }, { token: tokens.admin })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'reports' })).totalDocs).toBe(before)
  })

  it('refuses GraphQL updates and creates with _status published', async () => {
    const id = await approvedReport('Xuất bản qua GraphQL')
    const update = await api.graphql(`mutation { updateReport(id: ${JSON.stringify(id)}, data: { _status: published }) { id _status } }`, {
      token: tokens.admin,
    })
    expect(update.errors?.[0]?.message).toContain('Chỉ có thể xuất bản qua quy trình duyệt')
    const create = await api.graphql(
      `mutation { createReport(data: { title: "Tạo qua GraphQL", campaign: ${JSON.stringify(campaignId)}, _status: published }) { id } }`,
      { token: tokens.admin },
    )
    expect(create.errors?.[0]?.message).toContain('Chỉ có thể xuất bản qua quy trình duyệt')
    expect(await publicView(id)).toBe(404)
    expect((await payload.count({ collection: 'reports', where: { title: { equals: 'Tạo qua GraphQL' } } })).totalDocs).toBe(0)
  })

  it('refuses the Local API acting for a user (overrideAccess: false)', async () => {
    const id = await approvedReport('Local API thay người dùng')
    await expect(
      payload.update({ collection: 'reports', id, data: { _status: 'published' }, overrideAccess: false, user: users.manager as never }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'reports',
        data: { title: 'Local API tạo bản xuất bản', campaign: campaignId as number, _status: 'published' } as never,
        overrideAccess: false,
        user: users.admin as never,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await publicView(id)).toBe(404)
  })

  it('refuses a bulk update publishing through a where query', async () => {
    const id = await approvedReport('Cập nhật hàng loạt')
    const response = await api.patch(`/api/reports?where[id][equals]=${id}`, { _status: 'published' }, { token: tokens.admin })
    expect(response.status).toBe(403)
    expect(await publicView(id)).toBe(404)
  })

  it('refuses to restore a published version of an unpublished item other than as a draft', async () => {
    const id = await liveReport('Khôi phục phiên bản đã đăng')
    expect((await act(id, 'unpublish', 'manager')).body.stage).toBe('unpublished')
    const versions = await api.get(`/api/reports/versions?where[parent][equals]=${id}&where[version._status][equals]=published&depth=0`, {
      token: tokens.admin,
    })
    const versionId = versions.body.docs[0].id

    const restore = await api.post(`/api/reports/versions/${versionId}`, undefined, { token: tokens.admin })
    expect(restore.status).toBe(403)
    expect(restore.body.errors[0].message).toContain('khôi phục phiên bản cũ thành bản nháp')
    expect(await publicView(id)).toBe(404)

    const asDraft = await api.post(`/api/reports/versions/${versionId}?draft=true`, undefined, { token: tokens.admin })
    expect(asDraft.status).toBe(200)
    expect(await publicView(id)).toBe(404)
    expect(await stageOf(id)).toBe('unpublished')
  })

  it('keeps the live version when an older version is restored as a draft, and sends the restore to review', async () => {
    const id = await liveReport('Bản đầu tiên')
    expect((await api.patch(`/api/reports/${id}?draft=true`, { title: 'Bản thứ hai' }, { token: tokens.editor })).status).toBe(200)
    const versions = await api.get(`/api/reports/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`, { token: tokens.admin })
    const first = versions.body.docs[0]
    expect(first.version.title).toBe('Bản đầu tiên')
    expect((await act(id, 'approve', 'reviewer')).body.stage).toBe('approved')
    expect((await api.post(`/api/reports/versions/${first.id}?draft=true`, undefined, { token: tokens.admin })).status).toBe(200)
    expect(await publicView(id)).toBe('Bản đầu tiên')
    const pending = await payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })
    expect(pending).toMatchObject({ title: 'Bản đầu tiên', workflow: { stage: 'in_review', approvals: [] } })
  })

  it('refuses to take a live item down by setting _status to draft', async () => {
    const id = await liveReport('Gỡ bài bằng _status')
    const response = await api.patch(`/api/reports/${id}`, { _status: 'draft' }, { token: tokens.manager })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toContain('unpublish')
    const viaFlag = await api.patch(`/api/reports/${id}?unpublishAllLocales=true`, { title: 'Gỡ bằng tham số' }, { token: tokens.admin })
    expect(viaFlag.status).toBe(403)
    expect(await publicView(id)).toBe('Gỡ bài bằng _status')
    expect(await stageOf(id)).toBe('published')
  })

  it('saves a plain REST or GraphQL edit of a live item as a pending draft, leaving the public version as it was', async () => {
    const id = await liveReport('Tiêu đề đang công khai')
    expect((await api.patch(`/api/reports/${id}`, { title: 'Sửa qua REST' }, { token: tokens.editor })).status).toBe(200)
    const gql = await api.graphql(`mutation { updateReport(id: ${JSON.stringify(id)}, draft: false, data: { title: "Sửa qua GraphQL" }) { id } }`, {
      token: tokens.admin,
    })
    expect(gql.errors).toBeUndefined()
    await expect(
      payload.update({ collection: 'reports', id, data: { title: 'Sửa qua Local API' }, overrideAccess: false, user: users.editor as never }),
    ).resolves.toBeTruthy()
    expect(await publicView(id)).toBe('Tiêu đề đang công khai')
    expect(await stageOf(id)).toBe('in_review')
  })

  it('applies an edit of workflow-neutral fields only to the live item directly', async () => {
    const id = await liveReport('Ghi chú nội bộ trên bài đang đăng')
    const response = await api.patch(`/api/reports/${id}`, { internalNotes: 'Đã gửi Báo Thanh Hoá' }, { token: tokens.manager })
    expect(response.status).toBe(200)
    const live = await payload.findByID({ collection: 'reports', id, depth: 0 })
    expect(live).toMatchObject({ _status: 'published', internalNotes: 'Đã gửi Báo Thanh Hoá', workflow: { stage: 'published' } })
    expect(await publicView(id)).toBe('Ghi chú nội bộ trên bài đang đăng')
  })

  it('makes a duplicate of a live item a draft of its own', async () => {
    const id = await liveReport('Bài gốc để nhân bản')
    const response = await api.post(`/api/reports/${id}/duplicate`, {}, { token: tokens.admin })
    expect(response.status).toBe(200)
    const copy = response.body.doc
    expect(copy.id).not.toBe(id)
    expect(await publicView(copy.id)).toBe(404)
    expect(await stageOf(copy.id)).toBe('draft')
  })
})
