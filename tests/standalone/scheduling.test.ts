/**
 * Scheduling booted alone on its dev config (users + posts, no review workflow, no campaigns,
 * every option at its default): a draft whose publishAt has come is published, once, however
 * many sweeps run.
 */
import type { Payload } from 'payload'

import { processDueItems, schedulingConfigFrom } from '@loa/plugin-scheduling'

import type { StandalonePayload } from '../helpers/standalonePayload.js'

import { schedulingDevConfig } from '../../plugins/scheduling/dev/config.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createStandalonePayload } from '../helpers/standalonePayload.js'

type User = { id: number | string; email: string; roles: string[] }

const createUser = async (payload: Payload, name: string, roles: string[]): Promise<User> =>
  (await payload.create({
    collection: 'users' as never,
    data: { email: `${name}@example.test`, password: 'dev-password-1', roles } as never,
  })) as unknown as User

describe.each(adaptersUnderTest().filter((adapter) => adapter !== 'mongodb'))('scheduling alone on %s', (adapter) => {
  let ctx: StandalonePayload
  let admin: User

  beforeAll(async () => {
    ctx = await createStandalonePayload(adapter, schedulingDevConfig)
    admin = await createUser(ctx.payload, 'admin', ['admin'])
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('publishes a due draft exactly once, and leaves a draft that is not due', async () => {
    const { payload } = ctx
    const asAdmin = { overrideAccess: false, user: { ...admin, collection: 'users' } as never }
    const soon = new Date(Date.now() + 60_000)
    const due = (await payload.create({
      collection: 'posts' as never,
      data: { title: 'Đến giờ đăng', publishAt: soon.toISOString() } as never,
      depth: 0,
      draft: true,
      ...asAdmin,
    })) as {
      id: number | string
      publishAtSetBy?: unknown
    }
    const later = (await payload.create({
      collection: 'posts' as never,
      data: { title: 'Chưa đến giờ', publishAt: new Date(Date.now() + 86_400_000).toISOString() } as never,
      draft: true,
      ...asAdmin,
    })) as { id: number | string }
    expect(due.publishAtSetBy).toBe(admin.id)

    const cfg = schedulingConfigFrom(payload)!
    const now = new Date(soon.getTime() + 1000)
    // Two workers at once where the database runs concurrent transactions (Postgres); one after
    // the other on SQLite, whose plain adapter serialises writes on one connection.
    const sweep = () => processDueItems({ cfg, now, payload })
    const [first, second] = adapter === 'sqlite' ? [await sweep(), await sweep()] : await Promise.all([sweep(), sweep()])
    const third = await sweep()
    const publishedIds = [...first.published, ...second.published, ...third.published].map((ref) => String(ref.id))
    expect(publishedIds).toEqual([String(due.id)])

    const live = (await payload.findByID({ collection: 'posts' as never, id: due.id, draft: false, depth: 0 })) as { _status?: string }
    expect(live._status).toBe('published')
    const waiting = (await payload.findByID({ collection: 'posts' as never, id: later.id, draft: true, depth: 0 })) as { _status?: string }
    expect(waiting._status).toBe('draft')

    const { docs: runs } = await payload.find({ collection: 'schedule-runs' as never, depth: 0, where: { itemId: { equals: String(due.id) } } })
    expect((runs as Array<{ action: string; status: string }>).map((run) => [run.action, run.status])).toEqual([['publish', 'done']])
  })
})
