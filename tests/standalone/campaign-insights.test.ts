/**
 * @loa/plugin-campaign-insights booted alone (users + posts carrying the KPIs, none of Loa's
 * code) on SQLite and Postgres: the KPI roll-up sums manual entries inside the period, answers
 * a metric contributed through the `metrics` option, and is shown to admins only by default.
 */
import type { SanitizedConfig } from 'payload'

import { buildDevConfig } from '../../plugins/campaign-insights/dev/config.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createStandalonePayload, type StandalonePayload } from '../helpers/standalonePayload.js'
import { sqlAdaptersOf, standaloneApi } from './standaloneApi.js'

describe.each(sqlAdaptersOf(adaptersUnderTest()))('campaign-insights alone on %s', (adapter) => {
  let ctx: StandalonePayload
  let api: ReturnType<typeof standaloneApi>

  beforeAll(async () => {
    ctx = await createStandalonePayload(adapter, ({ db, serverURL }): Promise<SanitizedConfig> => buildDevConfig({ db, serverURL }))
    api = standaloneApi(ctx.payload, `standalone:${ctx.databaseUri}`)
    await ctx.payload.create({ collection: 'users', data: { email: 'admin@example.test', password: 'admin-password-1', roles: ['admin'] } as never })
    await ctx.payload.create({ collection: 'users', data: { email: 'editor@example.test', password: 'editor-password-1', roles: ['editor'] } as never })
  })

  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('rolls up manual and contributed KPIs against their targets', async () => {
    const now = Date.now()
    const post = (await ctx.payload.create({
      collection: 'posts' as never,
      data: {
        name: 'Chiến dịch kỹ năng số 2026',
        kpis: [
          {
            metric: 'manual',
            label: 'Người dân được hướng dẫn',
            target: 200,
            unit: 'người',
            manualValues: [
              { value: 60, at: new Date(now - 2 * 86_400_000).toISOString() },
              { value: 40, at: new Date(now - 86_400_000).toISOString() },
              // Outside the report period below: not counted.
              { value: 500, at: '2001-01-01T00:00:00.000Z' },
            ],
          },
          { metric: 'usersJoined', label: 'Tài khoản mới', target: 4, unit: 'tài khoản' },
        ],
      } as never,
    })) as unknown as { id: number | string }

    const token = await api.login('admin@example.test', 'admin-password-1')
    const from = new Date(now - 7 * 86_400_000).toISOString().slice(0, 10)
    const to = new Date(now + 86_400_000).toISOString().slice(0, 10)
    const answer = await api.get(`/api/posts/${post.id}/insights?from=${from}&to=${to}`, { Authorization: `JWT ${token}` })
    expect(answer.status).toBe(200)
    const kpis = answer.body.kpis as Array<{ actual: number; label: string; metric: string; percent: number; target: number }>
    expect(kpis.map(({ actual, metric, percent, target }) => ({ actual, metric, percent, target }))).toEqual([
      { actual: 100, metric: 'manual', percent: 50, target: 200 },
      { actual: 2, metric: 'usersJoined', percent: 50, target: 4 },
    ])
    expect(kpis[1]!.label).toBe('Tài khoản mới')
  })

  it('shows the figures to admins only by default', async () => {
    const { docs } = await ctx.payload.find({ collection: 'posts' as never, limit: 1 })
    const id = (docs[0] as unknown as { id: number | string }).id
    const editorToken = await api.login('editor@example.test', 'editor-password-1')
    expect((await api.get(`/api/posts/${id}/insights`, { Authorization: `JWT ${editorToken}` })).status).toBe(403)
    expect((await api.get(`/api/posts/${id}/insights`)).status).toBe(403)
  })
})
