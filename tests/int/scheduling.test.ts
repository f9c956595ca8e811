import type { Api } from '../helpers/api.js'
import type { Cast } from '../helpers/scheduling.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { approvedItem, createCampaignWithCast, DAY, queueSweep, sweepOutput } from '../helpers/scheduling.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'

describe.each(adaptersUnderTest())('scheduled publishing on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let cast: Cast

  /** Runs the due-items task once, as a worker would, with the clock at `now`. */
  const runSchedulerAt = async (now: Date) => {
    const job = await queueSweep(ctx.payload, now)
    await ctx.payload.jobs.runByID({ id: job.id, silent: true })
    return sweepOutput(ctx.payload, now)
  }

  const publicStatus = async (collection: string, id: number) => (await api.get(`/api/${collection}/${id}`)).status
  const stageOf = async (collection: string, id: number) =>
    ((await ctx.payload.findByID({ collection: collection as 'reports', id, draft: true, depth: 0 })) as any).workflow?.stage as string
  const eventsOf = async (id: number, action: string, collection = 'reports') =>
    (
      await ctx.payload.find({
        collection: 'review-events' as never,
        depth: 0,
        pagination: false,
        where: { and: [{ 'item.value': { equals: id } }, { 'item.relationTo': { equals: collection } }, { action: { equals: action } }] },
      })
    ).docs as any[]

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    await seedDemoContent(ctx.payload, () => undefined)
    api = createApi(ctx.payload, ctx.databaseUri)
    cast = await createCampaignWithCast({ api, code: `SCH-${adapter}`, payload: ctx.payload })
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  describe('times and the campaign window', () => {
    it('refuses an unpublishAt that is not after publishAt, naming unpublishAt', async () => {
      const publishAt = new Date(Date.now() + 3 * DAY).toISOString()
      const response = await api.post(
        '/api/reports',
        { title: 'Gỡ trước khi đăng', campaign: cast.campaignId, publishAt, unpublishAt: publishAt },
        { token: cast.tokens.manager },
      )
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors).toEqual([
        expect.objectContaining({ path: 'unpublishAt', message: expect.stringContaining('Giờ gỡ bài phải sau giờ xuất bản') }),
      ])
    })

    it('refuses a publishAt outside the campaign period with the period in GMT+7, naming publishAt', async () => {
      const response = await api.post(
        '/api/reports',
        { title: 'Ngoài chiến dịch', campaign: cast.campaignId, publishAt: new Date(Date.now() + 800 * DAY).toISOString() },
        { token: cast.tokens.manager },
      )
      expect(response.status).toBe(400)
      const [error] = response.body.errors[0].data.errors
      expect(error.path).toBe('publishAt')
      expect(error.message).toContain('nằm ngoài thời gian chiến dịch')
      expect(error.message).toContain('GMT+7')
      expect(error.message).toContain('publishAt must be within the campaign period')
    })

    it("drops an editor's override and times: nothing outside the period (or inside it) is scheduled by an editor", async () => {
      const response = await api.post(
        '/api/features',
        {
          title: 'Biên tập viên tự cho phép',
          column: 'Thử',
          campaign: cast.campaignId,
          scheduleOverride: true,
          unpublishAt: new Date(Date.now() + 900 * DAY).toISOString(),
        },
        { token: cast.tokens.editor },
      )
      expect(response.status).toBe(201)
      expect({ scheduleOverride: response.body.doc.scheduleOverride, unpublishAt: response.body.doc.unpublishAt ?? null }).toEqual({
        scheduleOverride: false,
        unpublishAt: null,
      })
      expect(await eventsOf(response.body.doc.id, 'schedule', 'features')).toHaveLength(0)
    })

    it("lets a campaign manager's override through and records it in the review events", async () => {
      const publishAt = new Date(Date.now() + 800 * DAY)
      const response = await api.post(
        '/api/reports',
        { title: 'Ngoài chiến dịch, có phép', campaign: cast.campaignId, scheduleOverride: true, publishAt: publishAt.toISOString() },
        { token: cast.tokens.manager },
      )
      expect(response.status).toBe(201)
      expect(response.body.doc.scheduleOverride).toBe(true)
      const [event] = await eventsOf(response.body.doc.id, 'schedule')
      expect(event.note).toContain('Cho phép lịch đăng ngoài thời gian chiến dịch')
      expect(event.note).toContain('ngoài thời gian chiến dịch')
    })

    it('stores the time in UTC and keeps the GMT+7 zone beside it', async () => {
      const response = await api.post(
        '/api/reports',
        { title: 'Thứ hai 7 giờ sáng', campaign: cast.campaignId, publishAt: '2026-12-07T07:00:00+07:00' },
        { token: cast.tokens.manager },
      )
      expect(response.status).toBe(201)
      expect(response.body.doc.publishAt).toBe('2026-12-07T00:00:00.000Z')
      expect(response.body.doc.publishAt_tz).toBe('Asia/Ho_Chi_Minh')
    })
  })

  describe('publishing when due', () => {
    it('schedules an approved item and publishes it when publishAt comes, then unpublishes it at unpublishAt', async () => {
      const publishAt = new Date(Date.now() + 2 * DAY)
      const unpublishAt = new Date(Date.now() + 9 * DAY)
      const { id, stage } = await approvedItem({
        api,
        cast,
        payload: ctx.payload,
        data: { title: 'Bài hẹn giờ', publishAt: publishAt.toISOString(), unpublishAt: unpublishAt.toISOString() },
      })
      expect(stage).toBe('scheduled')

      expect((await runSchedulerAt(new Date(publishAt.getTime() - 1000)))?.published).toBe(0)
      expect(await publicStatus('reports', id)).not.toBe(200)

      expect((await runSchedulerAt(publishAt))?.published).toBe(1)
      expect(await publicStatus('reports', id)).toBe(200)
      expect(await stageOf('reports', id)).toBe('published')
      const [published] = await eventsOf(id, 'publish')
      expect(published.systemActor).toBe('system:scheduler')

      expect((await runSchedulerAt(new Date(unpublishAt.getTime() + 1000)))?.unpublished).toBe(1)
      expect(await publicStatus('reports', id)).not.toBe(200)
      expect(await eventsOf(id, 'unpublish')).toHaveLength(1)
      expect(await eventsOf(id, 'publish')).toHaveLength(1)
    })

    it('cancels the schedule when an edit voids the approvals, and never publishes the edited item', async () => {
      const publishAt = new Date(Date.now() + 3 * DAY)
      const { id, stage } = await approvedItem({ api, cast, payload: ctx.payload, data: { title: 'Sẽ bị sửa', publishAt: publishAt.toISOString() } })
      expect(stage).toBe('scheduled')

      const edited = await api.patch(`/api/reports/${id}`, { title: 'Đã sửa sau khi duyệt' }, { token: cast.tokens.editor })
      expect(edited.status).toBe(200)
      expect(await stageOf('reports', id)).toBe('in_review')

      const result = await runSchedulerAt(new Date(publishAt.getTime() + 60_000))
      expect(result?.published).toBe(0)
      expect(await publicStatus('reports', id)).not.toBe(200)
      const runs = await ctx.payload.find({ collection: 'schedule-runs' as never, depth: 0, where: { itemId: { equals: String(id) } } })
      expect(runs.docs.map((run: any) => [run.status, run.note])).toEqual([['cancelled', expect.stringContaining('cần duyệt lại')]])
    })

    it('reschedules when publishAt moves later: nothing at the old time, published at the new one', async () => {
      const first = new Date(Date.now() + 4 * DAY)
      const later = new Date(Date.now() + 5 * DAY)
      const { id } = await approvedItem({
        api,
        cast,
        payload: ctx.payload,
        collection: 'features',
        data: { title: 'Dời lịch', column: 'Hỏi đáp', publishAt: first.toISOString() },
      })
      const moved = await api.patch(`/api/features/${id}`, { publishAt: later.toISOString() }, { token: cast.tokens.manager })
      expect(moved.status).toBe(200)
      expect(await stageOf('features', id)).toBe('scheduled')

      await runSchedulerAt(new Date(first.getTime() + 1000))
      expect(await publicStatus('features', id)).not.toBe(200)
      await runSchedulerAt(later)
      expect(await publicStatus('features', id)).toBe(200)
    })

    it('cancels the schedule when the publish time is cleared: the item waits for a manual publish', async () => {
      const publishAt = new Date(Date.now() + 4 * DAY)
      const { id } = await approvedItem({ api, cast, payload: ctx.payload, data: { title: 'Bỏ hẹn giờ', publishAt: publishAt.toISOString() } })
      const cleared = await api.patch(`/api/reports/${id}`, { publishAt: null }, { token: cast.tokens.manager })
      expect(cleared.status).toBe(200)
      expect(await stageOf('reports', id)).toBe('approved')

      expect((await runSchedulerAt(new Date(publishAt.getTime() + 1000)))?.published).toBe(0)
      expect(await publicStatus('reports', id)).not.toBe(200)
      const runs = await ctx.payload.find({ collection: 'schedule-runs' as never, depth: 0, where: { itemId: { equals: String(id) } } })
      expect(runs.docs.map((run: any) => [run.status, run.note])).toEqual([['cancelled', expect.stringContaining('giờ xuất bản đã bị xoá')]])
    })

    it('does not put an item up when its unpublish time also passed during the downtime', async () => {
      const publishAt = new Date(Date.now() + 30 * DAY)
      const unpublishAt = new Date(Date.now() + 31 * DAY)
      const { id } = await approvedItem({
        api,
        cast,
        payload: ctx.payload,
        data: { title: 'Hết hạn trước khi kịp đăng', publishAt: publishAt.toISOString(), unpublishAt: unpublishAt.toISOString() },
      })
      const result = await runSchedulerAt(new Date(unpublishAt.getTime() + DAY))
      expect(result).toMatchObject({ published: 0, refused: 1 })
      expect(await publicStatus('reports', id)).not.toBe(200)
      expect(await eventsOf(id, 'publish')).toHaveLength(0)
    })

    it('re-checks the approvals when due: a reviewer who left the campaign no longer counts, so nothing is published', async () => {
      const own = await createCampaignWithCast({ api, code: `SCH-GATE-${adapter}`, payload: ctx.payload })
      const publishAt = new Date(Date.now() + 5 * DAY)
      const { id, stage } = await approvedItem({
        api,
        cast: own,
        payload: ctx.payload,
        data: { title: 'Người duyệt đã rời chiến dịch', publishAt: publishAt.toISOString() },
      })
      expect(stage).toBe('scheduled')
      const campaign = await ctx.payload.findByID({ collection: 'campaigns', id: own.campaignId, depth: 0 })
      const reviewer = (await ctx.payload.find({ collection: 'users', where: { email: { equals: 'reviewer@loa.local' } }, depth: 0 })).docs[0]
      await ctx.payload.update({
        collection: 'campaigns',
        id: own.campaignId,
        data: { members: (campaign.members ?? []).filter((member) => String(member.user) !== String(reviewer.id)) },
      })

      const result = await runSchedulerAt(new Date(publishAt.getTime() + 1000))
      expect(result).toMatchObject({ published: 0, refused: 1 })
      expect(await publicStatus('reports', id)).not.toBe(200)
      const runs = await ctx.payload.find({ collection: 'schedule-runs' as never, depth: 0, where: { itemId: { equals: String(id) } } })
      expect(runs.docs.map((run: any) => run.status)).toEqual(['refused'])
      // Refused once for this due time: the next run does not try again.
      expect((await runSchedulerAt(new Date(publishAt.getTime() + 2000)))?.refused).toBe(0)
    })

    it('publishes everything that fell due during a downtime on the first run after it, each once', async () => {
      const ids: Array<[string, number]> = []
      for (const [index, collection] of ['reports', 'features', 'workshops'].entries()) {
        const base = Date.now() + (10 + index) * DAY
        const extra =
          collection === 'features'
            ? { column: 'Công dân số' }
            : collection === 'workshops'
              ? { startsAt: new Date(base + 20 * DAY).toISOString(), endsAt: new Date(base + 20 * DAY + 3 * 3600_000).toISOString() }
              : {}
        const { id, stage } = await approvedItem({
          api,
          cast,
          payload: ctx.payload,
          collection,
          data: { title: `Chờ qua thời gian ngừng ${index}`, publishAt: new Date(base).toISOString(), ...extra },
        })
        expect(stage).toBe('scheduled')
        ids.push([collection, id])
      }
      // Back after a week of downtime: one run publishes all three.
      const afterDowntime = new Date(Date.now() + 20 * DAY)
      expect((await runSchedulerAt(afterDowntime))?.published).toBe(3)
      expect((await runSchedulerAt(new Date(afterDowntime.getTime() + 1000)))?.published).toBe(0)
      for (const [collection, id] of ids) {
        expect(await publicStatus(collection, id)).toBe(200)
        expect(await eventsOf(id, 'publish', collection)).toHaveLength(1)
      }
    })
  })

  describe('running the queue over HTTP', () => {
    it('lets admins and a caller with LOA_JOBS_SECRET run jobs, and refuses editors and anonymous callers', async () => {
      expect((await api.get('/api/payload-jobs/run?queue=scheduling')).status).toBe(401)
      expect((await api.get('/api/payload-jobs/run?queue=scheduling', { token: cast.tokens.editor })).status).toBe(401)
      expect((await api.get('/api/payload-jobs/run?queue=scheduling', { token: cast.tokens.admin })).status).toBe(200)
      process.env.LOA_JOBS_SECRET = 'cron-secret-for-tests-0123456789'
      try {
        const bySecret = await api.get('/api/payload-jobs/run?queue=scheduling', { headers: { Authorization: 'Bearer cron-secret-for-tests-0123456789' } })
        expect(bySecret.status).toBe(200)
        const wrong = await api.get('/api/payload-jobs/run?queue=scheduling', { headers: { Authorization: 'Bearer cron-secret-for-tests-0123456788' } })
        expect(wrong.status).toBe(401)
      } finally {
        delete process.env.LOA_JOBS_SECRET
      }
    })
  })
})
