/**
 * Who may change a file in the media library. A report of campaign B is live with hero image
 * H (uploaded by B's editor); D is another image of the same editor, used by a draft only.
 * Changing or deleting media belongs to its uploader, admins and the managers of the
 * campaigns whose items use it; the file of media a live item shows is never replaced (nor
 * the media deleted): a new image goes through review with the item. Uploads are for staff.
 */
import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import type { Api } from '../helpers/api.js'
import type { TestUser } from '../helpers/fixtures.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { makeDemoImage } from '../../src/seed/demoImage.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, createPublished, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string
type Actor = 'admin' | 'managerB' | 'editorB' | 'managerA' | 'stranger'
type Loose = Record<string, any>

const mediaDir = () => process.env.LOA_MEDIA_DIR as string

describe.each(adaptersUnderTest())('media ownership on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  const users = {} as Record<Actor, TestUser>
  const tokens = {} as Record<Actor, string>
  let hero: Loose
  let draftOnly: Loose
  let reportId: Id

  const imageForm = async ({ caption, data, hue }: { caption: string; data: Record<string, unknown>; hue: number }) => {
    const form = new FormData()
    const image = await makeDemoImage({ caption, hue })
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), `${caption.replace(/\W+/g, '-')}.jpg`)
    form.append('_payload', JSON.stringify(data))
    return form
  }
  const upload = async (actor: Actor | 'anonymous', caption: string, data: Record<string, unknown> = {}) =>
    api.request('POST', '/api/media', {
      body: await imageForm({ caption, data: { alt: caption, ...data }, hue: 200 }),
      token: actor === 'anonymous' ? undefined : tokens[actor],
    })
  const replaceFile = async (actor: Actor, id: Id, caption: string) =>
    api.request('PATCH', `/api/media/${id}`, { body: await imageForm({ caption, data: { alt: caption }, hue: 10 }), token: tokens[actor] })
  const stored = async (id: Id) => (await payload.findByID({ collection: 'media', id, depth: 0 })) as unknown as Loose
  const bytesOf = (filename: string) => fs.readFileSync(path.join(mediaDir(), filename))
  const heroAsThePublicSeesIt = async () => ((await api.get(`/api/reports/${reportId}?depth=1`)).body as Loose).heroImage as Loose

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    users.admin = await createUser(payload, 'admin@media.vn', ['admin'])
    users.managerB = await createUser(payload, 'manager.b@media.vn', ['manager'])
    users.editorB = await createUser(payload, 'editor.b@media.vn', ['editor'])
    users.managerA = await createUser(payload, 'manager.a@media.vn', ['manager'])
    users.stranger = await createUser(payload, 'stranger@media.vn', ['editor'])
    await createCampaign(payload, { code: 'MEDIA-A', members: [{ user: users.managerA.id, role: 'manager' }] })
    const campaignB = await createCampaign(payload, {
      code: 'MEDIA-B',
      members: [
        { user: users.managerB.id, role: 'manager' },
        { user: users.editorB.id, role: 'editor' },
      ],
    })
    for (const actor of Object.keys(users) as Actor[]) tokens[actor] = await api.login(users[actor].email, TEST_PASSWORD)

    // The uploader is whoever uploads: a client's claim to be someone else is ignored.
    const heroUpload = await upload('editorB', 'Ảnh bìa phóng sự', { uploadedBy: users.stranger.id })
    expect(heroUpload.status).toBe(201)
    hero = heroUpload.body.doc
    draftOnly = (await upload('editorB', 'Ảnh của bản nháp')).body.doc
    reportId = (await createPublished(payload, 'reports', { campaign: campaignB.id, title: 'Phóng sự đã đăng có ảnh bìa', heroImage: hero.id })).id
    await createDraft(payload, 'reports', { campaign: campaignB.id, title: 'Bản nháp có ảnh', heroImage: draftOnly.id })
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('records the uploader on the server, whatever the client sends', async () => {
    expect(String((await stored(hero.id)).uploadedBy)).toBe(String(users.editorB.id))
    const forged = await api.patch(`/api/media/${draftOnly.id}`, { uploadedBy: users.stranger.id }, { token: tokens.editorB })
    expect(forged.status).toBe(200)
    expect(String((await stored(draftOnly.id)).uploadedBy)).toBe(String(users.editorB.id))
  })

  it('refuses a user in no campaign who replaces the image of a live report, and the public still sees the old one', async () => {
    const before = await heroAsThePublicSeesIt()
    const bytes = bytesOf(before.filename)
    const response = await replaceFile('stranger', hero.id, 'Ảnh giả mạo')
    expect(response.status).toBe(403)
    const after = await heroAsThePublicSeesIt()
    expect({ filename: after.filename, filesize: after.filesize, alt: after.alt }).toEqual({
      filename: before.filename,
      filesize: before.filesize,
      alt: before.alt,
    })
    expect(bytesOf(after.filename).equals(bytes)).toBe(true)
  })

  it('lets only the uploader, admins and the managers of campaigns using the file change its details', async () => {
    const tryAlt = async (actor: Actor, id: Id) => (await api.patch(`/api/media/${id}`, { alt: `Mô tả sửa bởi ${actor}` }, { token: tokens[actor] })).status
    expect({
      stranger: await tryAlt('stranger', hero.id),
      managerA: await tryAlt('managerA', hero.id),
      managerB: await tryAlt('managerB', hero.id),
      editorB: await tryAlt('editorB', hero.id),
      admin: await tryAlt('admin', hero.id),
    }).toEqual({ stranger: 403, managerA: 403, managerB: 200, editorB: 200, admin: 200 })
    expect((await stored(hero.id)).alt).toBe('Mô tả sửa bởi admin')
    // B's manager also reaches media that only a draft of B uses.
    expect(await tryAlt('managerB', draftOnly.id)).toBe(200)
  })

  it('refuses, with a 409 saying why, to replace the file of media a live item shows — even for admins and the uploader', async () => {
    const before = await stored(hero.id)
    const bytes = bytesOf(before.filename)
    for (const actor of ['editorB', 'managerB', 'admin'] as const) {
      const response = await replaceFile(actor, hero.id, `Ảnh thay bởi ${actor}`)
      expect({ actor, status: response.status }).toEqual({ actor, status: 409 })
      expect(response.body.errors[0].message).toContain('Phóng sự đã đăng có ảnh bìa')
      expect(response.body.errors[0].message).toContain('upload a new image')
    }
    const refocus = await api.patch(`/api/media/${hero.id}`, { focalX: 10, focalY: 90 }, { token: tokens.admin })
    expect(refocus.status).toBe(409)
    const after = await stored(hero.id)
    expect({ filename: after.filename, filesize: after.filesize, focalX: after.focalX }).toEqual({
      filename: before.filename,
      filesize: before.filesize,
      focalX: before.focalX,
    })
    expect(bytesOf(after.filename).equals(bytes)).toBe(true)
    expect(fs.existsSync(path.join(mediaDir(), after.sizes.card.filename))).toBe(true)
  })

  it('lets the uploader replace the file of media no live item shows', async () => {
    const before = await stored(draftOnly.id)
    const response = await replaceFile('editorB', draftOnly.id, 'Ảnh mới cho bản nháp')
    expect(response.status).toBe(200)
    const after = await stored(draftOnly.id)
    expect(after.filename).not.toBe(before.filename)
    expect(fs.existsSync(path.join(mediaDir(), after.filename))).toBe(true)
  })

  it('applies the same rules to bulk updates and GraphQL', async () => {
    const bulk = await api.request('PATCH', `/api/media?where[id][equals]=${hero.id}`, { body: { alt: 'Sửa hàng loạt' }, token: tokens.stranger })
    expect(bulk.status).toBeLessThan(500)
    expect(bulk.body.docs ?? []).toEqual([])
    const bulkFile = await api.request('PATCH', `/api/media?where[id][in]=${hero.id},${draftOnly.id}`, {
      body: await imageForm({ caption: 'Thay hàng loạt', data: {}, hue: 90 }),
      token: tokens.admin,
    })
    expect(bulkFile.status).toBe(409)
    const graphql = await api.graphql(`mutation { updateMedia(id: ${JSON.stringify(hero.id)}, data: { alt: "Sửa qua GraphQL" }) { id alt } }`, {
      token: tokens.stranger,
    })
    expect(graphql.errors?.length).toBeGreaterThan(0)
    expect((await stored(hero.id)).alt).toBe('Mô tả sửa bởi admin')
  })

  it('deletes media only as its uploader, an admin or a campaign manager using it, and never while a live item shows it', async () => {
    const spare = (await upload('editorB', 'Ảnh thừa')).body.doc
    expect((await api.delete(`/api/media/${spare.id}`, { token: tokens.stranger })).status).toBe(403)
    expect((await api.delete(`/api/media/${spare.id}`, { token: tokens.managerA })).status).toBe(403)
    expect((await api.delete(`/api/media/${spare.id}`, { token: tokens.editorB })).status).toBe(200)
    const live = await api.delete(`/api/media/${hero.id}`, { token: tokens.admin })
    expect(live.status).toBe(409)
    expect((await heroAsThePublicSeesIt()).id).toBe(hero.id)
  })

  it('accepts uploads from staff roles only', async () => {
    expect((await upload('anonymous', 'Ảnh ẩn danh')).status).toBe(403)
    const roleless = await createUser(payload, 'no-role@media.vn', ['editor'])
    await payload.db.updateOne({ collection: 'users', id: roleless.id, data: { roles: [] } })
    const token = await api.login('no-role@media.vn', TEST_PASSWORD)
    const form = await imageForm({ caption: 'Không vai trò', data: { alt: 'Không vai trò' }, hue: 300 })
    expect((await api.request('POST', '/api/media', { body: form, token })).status).toBe(403)
    expect((await upload('stranger', 'Ảnh của biên tập viên')).status).toBe(201)
  })
})
