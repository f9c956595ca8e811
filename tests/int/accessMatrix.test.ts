/**
 * Who may read, create, update and delete what: every collection, every role, anonymous
 * included. Reads are checked by which documents come back; writes by whether the Local API
 * acting for that user (overrideAccess: false) lets them through.
 */
import type { Payload } from 'payload'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'
import type { TestUser } from '../helpers/fixtures.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, createPublished, createUser } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { makeDemoImage } from '../../src/seed/demoImage.js'

type Id = number | string
type Actor = 'anonymous' | 'admin' | 'manager' | 'editor' | 'reviewer' | 'outsider'
const ACTORS: Actor[] = ['anonymous', 'admin', 'manager', 'editor', 'reviewer', 'outsider']

const attempt = async (run: () => Promise<unknown>): Promise<boolean> => {
  try {
    await run()
    return true
  } catch (err) {
    const status = (err as { status?: number }).status
    if (status === 403 || status === 401 || status === 404) return false
    throw err
  }
}

describe.each(adaptersUnderTest())('access matrix on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  const users = {} as Record<Exclude<Actor, 'anonymous'>, TestUser>
  let plannedCampaign: { id: Id }
  let otherCampaign: { id: Id }
  const items = {} as Record<'reports' | 'features' | 'workshops', { published: Id; draftOwn: Id; draftOther: Id }>

  const as = (actor: Actor) => (actor === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: users[actor] })

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    users.admin = await createUser(payload, 'admin@test.vn', ['admin'])
    users.manager = await createUser(payload, 'manager@test.vn', ['manager'])
    users.editor = await createUser(payload, 'editor@test.vn', ['editor'])
    users.reviewer = await createUser(payload, 'reviewer@test.vn', ['reviewer'])
    users.outsider = await createUser(payload, 'outsider@test.vn', ['editor', 'reviewer'])
    plannedCampaign = await createCampaign(payload, {
      code: 'PLANNED',
      status: 'planned',
      members: [
        { user: users.manager.id, role: 'manager' },
        { user: users.editor.id, role: 'editor' },
        { user: users.reviewer.id, role: 'reviewer' },
      ],
    })
    otherCampaign = await createCampaign(payload, { code: 'OTHER', status: 'active' })
    for (const collection of ['reports', 'features', 'workshops'] as const) {
      const published = await createPublished(payload, collection, { campaign: plannedCampaign.id, title: `${collection} đã xuất bản` })
      const draftOwn = await createDraft(payload, collection, { campaign: plannedCampaign.id, title: `${collection} bản nháp` })
      const draftOther = await createDraft(payload, collection, { campaign: otherCampaign.id, title: `${collection} nháp khác` })
      items[collection] = { published: published.id, draftOwn: draftOwn.id, draftOther: draftOther.id }
    }
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  describe('campaigns', () => {
    const visible = {
      anonymous: ['OTHER'],
      admin: ['OTHER', 'PLANNED'],
      manager: ['OTHER', 'PLANNED'],
      editor: ['OTHER', 'PLANNED'],
      reviewer: ['OTHER', 'PLANNED'],
      outsider: ['OTHER'],
    } satisfies Record<Actor, string[]>

    it.each(ACTORS)('%s reads only the campaigns meant for them', async (actor) => {
      const { docs } = await payload.find({ collection: 'campaigns', ...as(actor), depth: 0 })
      expect(docs.map((c) => c.code).sort()).toEqual(visible[actor])
    })

    it.each(ACTORS)('%s creates a campaign only as admin or manager', async (actor) => {
      const allowed = await attempt(() =>
        payload.create({
          collection: 'campaigns',
          ...as(actor),
          data: {
            name: `Mới ${actor}`,
            code: `NEW-${actor}`,
            status: 'planned',
            period: { start: '2025-01-01T00:00:00Z', end: '2025-06-01T00:00:00Z' },
            approvalPolicy: { requiredApprovals: 1 },
          },
        }),
      )
      expect(allowed).toBe(actor === 'admin' || actor === 'manager')
    })

    it.each(ACTORS)('%s updates a campaign only as admin or its manager', async (actor) => {
      const own = await attempt(() =>
        payload.update({ collection: 'campaigns', id: plannedCampaign.id, ...as(actor), data: { objectives: `sửa bởi ${actor}` } }),
      )
      const other = await attempt(() =>
        payload.update({ collection: 'campaigns', id: otherCampaign.id, ...as(actor), data: { objectives: `sửa bởi ${actor}` } }),
      )
      expect({ own, other }).toEqual({ own: actor === 'admin' || actor === 'manager', other: actor === 'admin' })
    })

    it.each(ACTORS.filter((a) => a !== 'admin'))('%s cannot delete a campaign', async (actor) => {
      expect(await attempt(() => payload.delete({ collection: 'campaigns', id: otherCampaign.id, ...as(actor) }))).toBe(false)
      expect((await payload.count({ collection: 'campaigns', where: { code: { equals: 'OTHER' } } })).totalDocs).toBe(1)
    })
  })

  describe.each(['reports', 'features', 'workshops'] as const)('%s', (collection) => {
    const readable = (actor: Actor) => {
      const ids = items[collection]
      if (actor === 'anonymous' || actor === 'outsider') return [ids.published]
      if (actor === 'admin') return [ids.published, ids.draftOwn, ids.draftOther]
      return [ids.published, ids.draftOwn]
    }

    it.each(ACTORS)('%s reads published items, and drafts only of their own campaigns', async (actor) => {
      const { docs } = await payload.find({ collection, ...as(actor), draft: true, depth: 0, limit: 50 })
      expect(docs.map((d) => String(d.id)).sort()).toEqual(readable(actor).map(String).sort())
    })

    it('anonymous REST and GraphQL callers see only the published item, drafts requested or not', async () => {
      const rest = await api.get(`/api/${collection}?draft=true&limit=50`)
      expect(rest.body.docs.map((d: { id: Id }) => String(d.id))).toEqual([String(items[collection].published)])
      const byId = await api.get(`/api/${collection}/${items[collection].draftOwn}?draft=true`)
      expect(byId.status).toBe(404)
      const gqlName = collection[0].toUpperCase() + collection.slice(1)
      const gql = await api.graphql(`{ ${gqlName}(draft: true, limit: 50) { docs { id } } }`)
      expect(gql.data[gqlName].docs.map((d: { id: Id }) => String(d.id))).toEqual([String(items[collection].published)])
    })

    it.each(ACTORS)('%s creates items only in campaigns where they write', async (actor) => {
      const data = (campaign: Id) => ({
        title: `Tạo bởi ${actor} ${campaign}`,
        campaign,
        ...(collection === 'features' ? { column: 'Thử' } : {}),
        ...(collection === 'workshops' ? { startsAt: '2030-01-01T01:00:00Z', endsAt: '2030-01-01T02:00:00Z' } : {}),
      })
      const own = await attempt(() => payload.create({ collection, ...as(actor), draft: true, data: data(plannedCampaign.id) as never }))
      const other = await attempt(() => payload.create({ collection, ...as(actor), draft: true, data: data(otherCampaign.id) as never }))
      expect({ own, other }).toEqual({ own: ['admin', 'manager', 'editor'].includes(actor), other: actor === 'admin' })
    })

    it.each(ACTORS)('%s updates drafts only in campaigns where they write', async (actor) => {
      const own = await attempt(() =>
        payload.update({ collection, id: items[collection].draftOwn, ...as(actor), draft: true, data: { internalNotes: `ghi chú ${actor}` } }),
      )
      const other = await attempt(() =>
        payload.update({ collection, id: items[collection].draftOther, ...as(actor), draft: true, data: { internalNotes: `ghi chú ${actor}` } }),
      )
      expect({ own, other }).toEqual({ own: ['admin', 'manager', 'editor'].includes(actor), other: actor === 'admin' })
    })

    it.each(ACTORS)('%s deletes only as admin or the campaign manager', async (actor) => {
      const victim = await createDraft(payload, collection, { campaign: plannedCampaign.id, title: `Xoá thử ${actor}` })
      const allowed = await attempt(() => payload.delete({ collection, id: victim.id, ...as(actor) }))
      expect(allowed).toBe(actor === 'admin' || actor === 'manager')
      const left = await payload.count({ collection, where: { id: { equals: victim.id } } })
      expect(left.totalDocs).toBe(allowed ? 0 : 1)
    })
  })

  describe('media', () => {
    let mediaId: Id
    /** An image uploaded by the planned campaign's editor and used by a draft of that campaign. */
    const editorsImage = async (name: string) => {
      const data = await makeDemoImage({ caption: name, hue: 120 })
      const media = await payload.create({
        collection: 'media',
        ...as('editor'),
        data: { alt: 'Ảnh thử' },
        file: { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length },
      })
      await createDraft(payload, 'reports', { campaign: plannedCampaign.id, title: `Bản nháp dùng ${name}`, heroImage: media.id })
      return media.id
    }
    /** Who changes media: its uploader, admins and the managers of the campaigns using it. */
    const mayChange = (actor: Actor) => ['admin', 'manager', 'editor'].includes(actor)
    beforeAll(async () => {
      mediaId = await editorsImage('thu')
    })

    it.each(ACTORS)('%s reads media (images are public)', async (actor) => {
      const doc = await payload.findByID({ collection: 'media', id: mediaId, ...as(actor) })
      expect(doc.alt).toBe('Ảnh thử')
    })

    it.each(ACTORS)('%s uploads only as staff (a user with a role)', async (actor) => {
      const data = await makeDemoImage({ caption: actor, hue: 10 })
      const allowed = await attempt(() =>
        payload.create({
          collection: 'media',
          ...as(actor),
          data: { alt: `Ảnh của ${actor}` },
          file: { data, mimetype: 'image/jpeg', name: `${actor}.jpg`, size: data.length },
        }),
      )
      expect(allowed).toBe(actor !== 'anonymous')
    })

    it.each(ACTORS)('%s updates media only as its uploader, an admin or a manager of a campaign using it', async (actor) => {
      expect(await attempt(() => payload.update({ collection: 'media', id: mediaId, ...as(actor), data: { credit: actor } }))).toBe(mayChange(actor))
    })

    it.each(ACTORS)('%s deletes media only as its uploader, an admin or a manager of a campaign using it', async (actor) => {
      const victim = await editorsImage(`xoa-${actor}`)
      expect(await attempt(() => payload.delete({ collection: 'media', id: victim, ...as(actor) }))).toBe(mayChange(actor))
    })
  })

  describe('users', () => {
    it.each(ACTORS)('%s reads user accounts only when logged in', async (actor) => {
      const allowed = await attempt(async () => {
        const { docs } = await payload.find({ collection: 'users', ...as(actor), depth: 0 })
        if (docs.length === 0) throw Object.assign(new Error('none'), { status: 403 })
      })
      expect(allowed).toBe(actor !== 'anonymous')
    })

    it('does not list users to anonymous REST callers', async () => {
      const response = await api.get('/api/users')
      expect(response.status).toBe(403)
    })

    it.each(ACTORS)('%s creates accounts only as admin', async (actor) => {
      const allowed = await attempt(() =>
        payload.create({
          collection: 'users',
          ...as(actor),
          data: { email: `new-${actor}@test.vn`, password: 'X!12345678', displayName: 'Mới', roles: ['editor'] },
        }),
      )
      expect(allowed).toBe(actor === 'admin')
    })

    it.each(ACTORS)('%s updates their own account but not another one (admins any)', async (actor) => {
      const self =
        actor === 'anonymous'
          ? false
          : await attempt(() => payload.update({ collection: 'users', id: users[actor].id, ...as(actor), data: { unit: `đơn vị ${actor}` } }))
      const other = await attempt(() => payload.update({ collection: 'users', id: users.reviewer.id, ...as(actor), data: { unit: `đổi bởi ${actor}` } }))
      expect({ self, other }).toEqual({ self: actor !== 'anonymous', other: actor === 'admin' || actor === 'reviewer' })
    })

    it('never lets a non-admin raise their own roles', async () => {
      await payload.update({ collection: 'users', id: users.editor.id, ...as('editor'), data: { roles: ['admin'] } }).catch(() => undefined)
      const after = await payload.findByID({ collection: 'users', id: users.editor.id, depth: 0 })
      expect(after.roles).toEqual(['editor'])
    })

    it.each(ACTORS)('%s deletes accounts only as admin', async (actor) => {
      const victim = await createUser(payload, `xoa-${actor}@test.vn`, ['editor'])
      expect(await attempt(() => payload.delete({ collection: 'users', id: victim.id, ...as(actor) }))).toBe(actor === 'admin')
    })
  })

  describe('the broadcast and citizen collections', () => {
    const signedIn = (actor: Actor) => actor !== 'anonymous'
    const onlyAdmin = (actor: Actor) => actor === 'admin'
    const nobody = () => false
    // Who may list each collection, and who may create a row through the collection API (the
    // public endpoints and the workflow write the rest, with their own checks).
    const rules: Array<{ collection: string; read: (actor: Actor) => boolean; create: (actor: Actor) => boolean; data: () => Record<string, unknown> }> = [
      { collection: 'areas', read: () => true, create: onlyAdmin, data: () => ({ code: String(90000 + Math.floor(Math.random() * 9999)), name: 'Xã thử' }) },
      {
        collection: 'alert-templates',
        read: signedIn,
        create: onlyAdmin,
        data: () => ({ name: `Mẫu ${Math.random()}`, hazard: 'other', titleTemplate: 'Khẩn: {noi}', scriptTemplate: 'Tại {noi}.', fields: [{ key: 'noi', label: 'Nơi' }] }),
      },
      { collection: 'airings', read: signedIn, create: nobody, data: () => ({ receiptId: `r-${Math.random()}`, channel: 'x', seconds: 1 }) },
      { collection: 'questions', read: signedIn, create: nobody, data: () => ({ name: 'A', question: 'Q?', consent: true }) },
      { collection: 'question-events', read: signedIn, create: nobody, data: () => ({ action: 'assign' }) },
      { collection: 'feedback', read: signedIn, create: nobody, data: () => ({ helpful: true }) },
      { collection: 'working-calendar', read: signedIn, create: onlyAdmin, data: () => ({ date: `2031-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`, kind: 'day_off', note: 'thử' }) },
    ]
    for (const rule of rules) {
      it.each(ACTORS)(`${rule.collection}: %s lists and creates as the rules say`, async (actor) => {
        const read = await attempt(() => payload.find({ collection: rule.collection as never, limit: 1, ...as(actor) }))
        const create = await attempt(() =>
          payload.create({ collection: rule.collection as never, data: rule.data() as never, ...as(actor) }).catch((err: { status?: number; name?: string }) => {
            // A row the rules let through may still be incomplete here: only a refusal counts as no.
            if (err.status === 400 || err.name === 'ValidationError') return 'allowed but invalid'
            throw err
          }),
        )
        expect({ actor, read, create }).toEqual({ actor, read: rule.read(actor), create: rule.create(actor) })
      })
    }
  })
})
