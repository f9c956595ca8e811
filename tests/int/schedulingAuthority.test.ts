/**
 * Setting when an item goes up or comes down is a campaign manager's (or an admin's) act. An
 * editor's publishAt or unpublishAt is dropped on every path — REST, GraphQL, the Local API
 * acting for them, a bulk update, the live-item edit of neutral fields, a version restore, a
 * duplicate — and the scheduler acts only on a time set by someone who may still schedule the
 * item, naming them on the review event it writes. Editors propose times in fields that
 * decide nothing.
 */
import type { Payload } from 'payload'

import type { Api } from '../helpers/api.js'
import type { Cast } from '../helpers/scheduling.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { actAs, approvedItem, createCampaignWithCast, DAY, queueSweep, sweepOutput } from '../helpers/scheduling.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { DEMO_SEED_CONTEXT } from '../../src/seed/context.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'

type Loose = Record<string, any>

describe.each(adaptersUnderTest())('who sets the schedule on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  let cast: Cast
  const userIds: Record<'admin' | 'editor' | 'manager' | 'reviewer', number> = {} as never

  const runSchedulerAt = async (now: Date) => {
    const job = await queueSweep(payload, now)
    await payload.jobs.runByID({ id: job.id, silent: true })
    return sweepOutput(payload, now)
  }
  const latest = async (id: number, collection = 'reports') =>
    (await payload.findByID({ collection: collection as 'reports', id, draft: true, depth: 0 })) as unknown as Loose
  const live = async (id: number) => (await payload.findByID({ collection: 'reports', id, draft: false, depth: 0 })) as unknown as Loose
  const scheduleOf = (doc: Loose) => ({
    publishAt: doc.publishAt ?? null,
    unpublishAt: doc.unpublishAt ?? null,
    publishAtSetBy: doc.publishAtSetBy ?? null,
    unpublishAtSetBy: doc.unpublishAtSetBy ?? null,
  })
  const noSchedule = { publishAt: null, unpublishAt: null, publishAtSetBy: null, unpublishAtSetBy: null }
  const publicStatus = async (id: number) => (await api.get(`/api/reports/${id}`)).status
  const eventsOf = async (id: number, action: string) =>
    (
      await payload.find({
        collection: 'review-events' as never,
        depth: 0,
        pagination: false,
        where: { and: [{ 'item.value': { equals: id } }, { 'item.relationTo': { equals: 'reports' } }, { action: { equals: action } }] },
      })
    ).docs as Loose[]
  const runsOf = async (id: number) =>
    (
      (await payload.find({ collection: 'schedule-runs' as never, depth: 0, pagination: false, where: { itemId: { equals: String(id) } } })).docs as Loose[]
    ).map((run) => [run.action, run.status])
  const liveItem = async (title: string) => {
    const { id } = await approvedItem({ api, cast, payload, data: { title } })
    await actAs({ action: 'publish', collection: 'reports', email: 'manager@loa.local', id, payload })
    return id
  }
  const at = (days: number) => new Date(Date.now() + days * DAY)

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    await seedDemoContent(payload, () => undefined)
    api = createApi(payload, ctx.databaseUri)
    cast = await createCampaignWithCast({ api, code: `SCH-AUTH-${adapter}`, payload })
    for (const name of ['admin', 'editor', 'manager', 'reviewer'] as const) {
      userIds[name] = (await payload.find({ collection: 'users', depth: 0, where: { email: { equals: `${name}@loa.local` } } })).docs[0]!.id as number
    }
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('keeps a live item up when an editor sets its unpublishAt (the live edit of neutral fields)', async () => {
    const id = await liveItem('Bài đang đăng, biên tập viên hẹn gỡ')
    const response = await api.patch(`/api/reports/${id}`, { unpublishAt: at(1).toISOString() }, { token: cast.tokens.editor })
    expect(response.status).toBeLessThan(500)
    expect(scheduleOf(await live(id))).toEqual(noSchedule)
    expect(await runSchedulerAt(at(2))).toMatchObject({ unpublished: 0 })
    expect(await publicStatus(id)).toBe(200)
  })

  it('does not schedule an approved item when an editor sets its publishAt', async () => {
    const { id } = await approvedItem({ api, cast, payload, data: { title: 'Đã duyệt, biên tập viên tự hẹn giờ' } })
    await api.patch(`/api/reports/${id}`, { publishAt: at(1).toISOString() }, { token: cast.tokens.editor })
    expect((await latest(id)).workflow.stage).toBe('approved')
    expect(scheduleOf(await latest(id))).toEqual(noSchedule)
    expect(await runSchedulerAt(at(2))).toMatchObject({ published: 0 })
    expect(await publicStatus(id)).toBe(404)
  })

  it('drops an editor’s times sent through GraphQL, the Local API acting for them, a bulk update and a create', async () => {
    const { id } = await approvedItem({ api, cast, payload, data: { title: 'Mọi đường đều bị chặn' } })
    const editor = { ...(await payload.findByID({ collection: 'users', id: userIds.editor, depth: 0 })), collection: 'users' as const }
    const graphql = await api.graphql(
      `mutation { updateReport(id: ${id}, data: { publishAt: "${at(1).toISOString()}", unpublishAt: "${at(3).toISOString()}" }) { id } }`,
      {
        token: cast.tokens.editor,
      },
    )
    expect(graphql.errors ?? []).toEqual([])
    await payload.update({ collection: 'reports', id, data: { publishAt: at(1).toISOString() }, draft: true, overrideAccess: false, user: editor })
    const bulk = await api.request('PATCH', `/api/reports?where[id][equals]=${id}`, { body: { publishAt: at(1).toISOString() }, token: cast.tokens.editor })
    expect(bulk.status).toBeLessThan(500)
    expect(scheduleOf(await latest(id))).toEqual(noSchedule)
    expect((await latest(id)).workflow.stage).toBe('approved')

    const created = await api.post(
      '/api/reports',
      { title: 'Tạo kèm giờ đăng', campaign: cast.campaignId, publishAt: at(1).toISOString() },
      { token: cast.tokens.editor },
    )
    expect(created.status).toBe(201)
    expect(scheduleOf(created.body.doc)).toEqual(noSchedule)
  })

  it('lets an editor propose times that decide nothing, and publishes at the manager’s time, naming the manager', async () => {
    const { id } = await approvedItem({ api, cast, payload, data: { title: 'Đề xuất giờ đăng' } })
    const proposed = at(2)
    const proposal = await api.patch(`/api/reports/${id}`, { proposedPublishAt: proposed.toISOString() }, { token: cast.tokens.editor })
    expect(proposal.status).toBe(200)
    expect((await latest(id)).proposedPublishAt).toBe(proposed.toISOString())
    expect((await latest(id)).workflow.stage).toBe('approved')
    expect(await runSchedulerAt(new Date(proposed.getTime() + 1000))).toMatchObject({ published: 0 })

    const scheduled = await api.patch(`/api/reports/${id}`, { publishAt: proposed.toISOString() }, { token: cast.tokens.manager })
    expect(scheduled.status).toBe(200)
    expect((await latest(id)).workflow.stage).toBe('scheduled')
    expect(scheduleOf(await latest(id))).toMatchObject({ publishAt: proposed.toISOString(), publishAtSetBy: userIds.manager })

    // The editor's later edits neither clear nor take over the manager's time.
    await api.patch(`/api/reports/${id}`, { internalNotes: 'Đã kiểm tra ảnh', publishAt: null }, { token: cast.tokens.editor })
    expect(scheduleOf(await latest(id))).toMatchObject({ publishAt: proposed.toISOString(), publishAtSetBy: userIds.manager })
    expect((await latest(id)).workflow.stage).toBe('scheduled')

    expect(await runSchedulerAt(proposed)).toMatchObject({ published: 1 })
    expect(await publicStatus(id)).toBe(200)
    const [event] = await eventsOf(id, 'publish')
    expect({ systemActor: event.systemActor, onBehalfOf: event.onBehalfOf }).toEqual({ systemActor: 'system:scheduler', onBehalfOf: userIds.manager })
  })

  it('keeps the manager’s time through a content edit by an editor: re-approved, it publishes then', async () => {
    const publishAt = at(3)
    const { id } = await approvedItem({ api, cast, payload, data: { title: 'Sửa sau khi hẹn giờ', publishAt: publishAt.toISOString() } })
    expect((await latest(id)).workflow.stage).toBe('scheduled')
    await api.patch(`/api/reports/${id}`, { title: 'Sửa sau khi hẹn giờ (bản mới)' }, { token: cast.tokens.editor })
    expect((await latest(id)).workflow.stage).toBe('in_review')
    expect(scheduleOf(await latest(id))).toMatchObject({ publishAt: publishAt.toISOString(), publishAtSetBy: userIds.manager })
    const approved = await actAs({ action: 'approve', collection: 'reports', email: 'reviewer@loa.local', id, payload })
    expect(approved.stage).toBe('scheduled')
    expect(await runSchedulerAt(publishAt)).toMatchObject({ published: 1 })
  })

  it('neither brings back nor clears a time when an editor restores a version', async () => {
    const first = at(4)
    const second = at(5)
    const { id } = await approvedItem({ api, cast, payload, data: { title: 'Khôi phục phiên bản', publishAt: first.toISOString() } })
    await api.patch(`/api/reports/${id}`, { publishAt: second.toISOString() }, { token: cast.tokens.manager })
    const versions = (await payload.findVersions({ collection: 'reports', depth: 0, pagination: false, sort: 'createdAt', where: { parent: { equals: id } } }))
      .docs as Loose[]
    const withFirst = versions.find((version) => version.version.publishAt === first.toISOString())
    const withNone = versions.find((version) => !version.version.publishAt)
    expect(withFirst && withNone).toBeTruthy()
    for (const version of [withFirst!, withNone!]) {
      const restored = await api.post(`/api/reports/versions/${version.id}?draft=true`, undefined, { token: cast.tokens.editor })
      expect(restored.status).toBe(200)
      expect(scheduleOf(await latest(id))).toMatchObject({ publishAt: second.toISOString(), publishAtSetBy: userIds.manager })
    }
  })

  it('gives a duplicate made by an editor no schedule, and one made by the manager the manager’s', async () => {
    const publishAt = at(6)
    const unpublishAt = at(9)
    const scheduled = async (title: string) =>
      (await approvedItem({ api, cast, payload, data: { title, publishAt: publishAt.toISOString(), unpublishAt: unpublishAt.toISOString() } })).id
    const byEditor = await api.post(`/api/reports/${await scheduled('Bài hẹn giờ để biên tập viên sao chép')}/duplicate`, {}, { token: cast.tokens.editor })
    expect(byEditor.status).toBe(200)
    expect(scheduleOf(await latest(byEditor.body.doc.id))).toEqual(noSchedule)
    const byManager = await api.post(`/api/reports/${await scheduled('Bài hẹn giờ để quản lý sao chép')}/duplicate`, {}, { token: cast.tokens.manager })
    expect(byManager.status).toBe(200)
    expect(scheduleOf(await latest(byManager.body.doc.id))).toEqual({
      publishAt: publishAt.toISOString(),
      unpublishAt: unpublishAt.toISOString(),
      publishAtSetBy: userIds.manager,
      unpublishAtSetBy: userIds.manager,
    })
  })

  it('shows the admin form’s time fields read-only to the editor and editable to the manager', async () => {
    const { id } = await approvedItem({ api, cast, payload, data: { title: 'Quyền trên biểu mẫu' } })
    const permissions = async (token: string) => ((await api.post(`/api/reports/access/${id}`, {}, { token })).body as Loose).fields
    const editor = await permissions(cast.tokens.editor)
    const manager = await permissions(cast.tokens.manager)
    // Payload folds an all-true permission into `true` and leaves a refused one out.
    const canUpdate = (fields: Loose | true, name: string) => {
      if (fields === true) return true
      const field = fields?.[name]
      return field === true || field?.update === true || field?.update?.permission === true
    }
    expect(
      ['publishAt', 'unpublishAt', 'scheduleOverride', 'proposedPublishAt'].map((name) => [name, canUpdate(editor, name), canUpdate(manager, name)]),
    ).toEqual([
      ['publishAt', false, true],
      ['unpublishAt', false, true],
      ['scheduleOverride', false, true],
      ['proposedPublishAt', true, true],
    ])
  })

  it('refuses to act on a time whose setter may no longer schedule the item, and says so in the runs log', async () => {
    const own = await createCampaignWithCast({ api, code: `SCH-AUTH-LEFT-${adapter}`, payload })
    const publishAt = at(7)
    const { id } = await approvedItem({ api, cast: own, payload, data: { title: 'Quản lý đã rời chiến dịch', publishAt: publishAt.toISOString() } })
    expect((await latest(id)).workflow.stage).toBe('scheduled')
    const campaign = await payload.findByID({ collection: 'campaigns', id: own.campaignId, depth: 0 })
    await payload.update({
      collection: 'campaigns',
      id: own.campaignId,
      data: { members: (campaign.members ?? []).filter((member) => String(member.user) !== String(userIds.manager)) },
    })
    await runSchedulerAt(publishAt)
    expect(await publicStatus(id)).toBe(404)
    const runs = (await payload.find({ collection: 'schedule-runs' as never, depth: 0, where: { itemId: { equals: String(id) } } })).docs as Loose[]
    expect(runs.map((run) => [run.status, run.note])).toEqual([['refused', expect.stringContaining('không còn quyền lên lịch')]])
  })

  it('acts on an imported time only when the import names who set it', async () => {
    const publishAt = at(8)
    const importScheduled = async (title: string, extra: Record<string, unknown>) =>
      (
        await payload.create({
          collection: 'reports',
          context: { [DEMO_SEED_CONTEXT]: true },
          draft: true,
          data: {
            title,
            campaign: cast.campaignId,
            authors: [userIds.editor],
            publishAt: publishAt.toISOString(),
            workflow: { stage: 'scheduled', approvals: [{ reviewer: userIds.reviewer, at: new Date().toISOString() }], submittedAt: new Date().toISOString() },
            _status: 'draft',
            ...extra,
          } as never,
        })
      ).id as number
    const named = await importScheduled('Nhập kèm người đặt giờ', { publishAtSetBy: userIds.manager })
    const unnamed = await importScheduled('Nhập không có người đặt giờ', {})
    await runSchedulerAt(publishAt)
    expect(await publicStatus(named)).toBe(200)
    expect(await publicStatus(unnamed)).toBe(404)
    expect(await runsOf(unnamed)).toEqual([['publish', 'refused']])
    expect(await runsOf(named)).toEqual([['publish', 'done']])
  })

  it('names the manager who set unpublishAt on the unpublish event', async () => {
    const id = await liveItem('Quản lý hẹn gỡ bài đang đăng')
    const unpublishAt = at(1)
    const set = await api.patch(`/api/reports/${id}`, { unpublishAt: unpublishAt.toISOString() }, { token: cast.tokens.manager })
    expect(set.status).toBe(200)
    expect(scheduleOf(await live(id))).toMatchObject({ unpublishAt: unpublishAt.toISOString(), unpublishAtSetBy: userIds.manager })
    expect(await runSchedulerAt(unpublishAt)).toMatchObject({ unpublished: 1 })
    expect(await publicStatus(id)).toBe(404)
    const [event] = await eventsOf(id, 'unpublish')
    expect({ systemActor: event.systemActor, onBehalfOf: event.onBehalfOf }).toEqual({ systemActor: 'system:scheduler', onBehalfOf: userIds.manager })
  })
})
