/**
 * @loa/plugin-workshops booted alone (users + posts standing for the events, none of Loa's
 * code) on SQLite and Postgres: public registrations fill the seats and no more, even when
 * they arrive together; the rest wait and move up when a seat is freed; a bad request is a
 * 4xx naming the field; by default only admins see the registrations.
 */
import type { SanitizedConfig } from 'payload'

import { buildDevConfig } from '../../plugins/workshops/dev/config.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createStandalonePayload, type StandalonePayload } from '../helpers/standalonePayload.js'
import { sqlAdaptersOf, standaloneApi } from './standaloneApi.js'

type Id = number | string

const DAY = 86_400_000

describe.each(sqlAdaptersOf(adaptersUnderTest()))('workshops alone on %s', (adapter) => {
  let ctx: StandalonePayload
  let api: ReturnType<typeof standaloneApi>

  const event = async (title: string, capacity: number, rest: Record<string, unknown> = {}) =>
    (await ctx.payload.create({
      collection: 'posts' as never,
      data: {
        title,
        capacity,
        startsAt: new Date(Date.now() + 10 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 10 * DAY + 3_600_000).toISOString(),
        _status: 'published',
        ...rest,
      } as never,
    })) as unknown as { id: Id }

  const register = (id: Id, n: number) => api.post(`/api/posts/${id}/register`, { fullName: `Người đăng ký ${n}`, email: `nguoi${n}@example.test` })

  const statuses = async (id: Id) => {
    const { docs } = await ctx.payload.find({ collection: 'registrations' as never, depth: 0, limit: 100, where: { workshop: { equals: id } } })
    const counts: Record<string, number> = {}
    for (const doc of docs as unknown as Array<{ status: string }>) counts[doc.status] = (counts[doc.status] ?? 0) + 1
    return counts
  }

  beforeAll(async () => {
    ctx = await createStandalonePayload(adapter, ({ db, serverURL }): Promise<SanitizedConfig> => buildDevConfig({ db, serverURL }))
    api = standaloneApi(ctx.payload, `standalone:${ctx.databaseUri}`)
    await ctx.payload.create({ collection: 'users', data: { email: 'admin@example.test', password: 'admin-password-1', roles: ['admin'] } as never })
    await ctx.payload.create({ collection: 'users', data: { email: 'editor@example.test', password: 'editor-password-1', roles: ['editor'] } as never })
  })

  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('confirms registrants up to the capacity and puts the rest on the waiting list', async () => {
    const workshop = await event('Tập huấn kỹ năng số cho cán bộ xã', 2)
    const answers = []
    for (let n = 1; n <= 3; n += 1) answers.push(await register(workshop.id, n))
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201])
    expect(answers.map((answer) => answer.body.status)).toEqual(['confirmed', 'confirmed', 'waitlisted'])
    expect(answers[2]!.body.registration.waitlistPosition).toBe(1)

    const again = await register(workshop.id, 1)
    expect(again.status).toBe(409)
    expect(await statuses(workshop.id)).toEqual({ confirmed: 2, waitlisted: 1 })
  })

  it('never confirms more registrants than seats when they arrive together', async () => {
    const workshop = await event('Hội thảo chính quyền số', 3)
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => register(workshop.id, 100 + index)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201))
    expect(answers.filter((answer) => answer.body.status === 'confirmed')).toHaveLength(3)
    expect(await statuses(workshop.id)).toEqual({ confirmed: 3, waitlisted: 5 })
  })

  it('moves the first waiting registrant up when a seat is freed', async () => {
    const workshop = await event('Hội nghị triển khai Đề án 06', 1)
    const first = await register(workshop.id, 200)
    const second = await register(workshop.id, 201)
    expect([first.body.status, second.body.status]).toEqual(['confirmed', 'waitlisted'])
    await ctx.payload.update({ collection: 'registrations' as never, id: first.body.registration.id, data: { status: 'cancelled' } as never })
    const promoted = (await ctx.payload.findByID({ collection: 'registrations' as never, id: second.body.registration.id, depth: 0 })) as unknown as {
      status: string
    }
    expect(promoted.status).toBe('confirmed')
  })

  it('refuses a full event without a waiting list, and bad input, naming the field', async () => {
    const workshop = await event('Lớp học kỹ năng số', 1, { waitlistEnabled: false })
    expect((await register(workshop.id, 300)).body.status).toBe('confirmed')
    const full = await register(workshop.id, 301)
    expect(full.status).toBe(409)
    expect(full.body.errors[0].data.field).toBe('capacity')
    const bad = await api.post(`/api/posts/${workshop.id}/register`, { fullName: 'Không có thư' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.field).toBe('email')
    expect(await statuses(workshop.id)).toEqual({ confirmed: 1 })
  })

  it('shows the registrations to admins only by default', async () => {
    const adminToken = await api.login('admin@example.test', 'admin-password-1')
    const editorToken = await api.login('editor@example.test', 'editor-password-1')
    const asAdmin = await api.get('/api/registrations?depth=0&limit=1', { Authorization: `JWT ${adminToken}` })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.totalDocs).toBeGreaterThan(0)
    expect((await api.get('/api/registrations?depth=0', { Authorization: `JWT ${editorToken}` })).status).toBe(403)
    expect((await api.get('/api/registrations?depth=0')).status).toBe(403)
  })
})
