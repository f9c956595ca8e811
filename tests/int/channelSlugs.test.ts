/**
 * Channel slugs are made from the channel's name, as content slugs are from the title:
 * Vietnamese diacritics folded (đ included), unique (-2, -3…), clear of the reserved feed
 * routes; a slug typed by hand is normalised the same way and refused when taken.
 */
import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'

describe.each(adaptersUnderTest())('channel slugs on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let token: string

  const createFeedChannel = (fields: Record<string, unknown>) =>
    api.post('/api/channels', { kind: 'feed', contentTypes: ['reports'], enabled: true, ...fields }, { token })

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    await createUser(ctx.payload, 'quantri@kenh.vn', ['admin'])
    token = await api.login('quantri@kenh.vn', TEST_PASSWORD)
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('makes the slug from the name when none is typed, folding Vietnamese and keeping it unique', async () => {
    const slugs: string[] = []
    for (const name of ['Đường dây nóng Thanh Hoá', 'Đường dây nóng Thanh Hoá', 'Đường Dây Nóng – Thanh Hóa!', 'Campaigns']) {
      const response = await createFeedChannel({ name })
      expect({ name, status: response.status }).toEqual({ name, status: 201 })
      slugs.push(response.body.doc.slug)
    }
    expect(slugs).toEqual(['duong-day-nong-thanh-hoa', 'duong-day-nong-thanh-hoa-2', 'duong-day-nong-thanh-hoa-3', 'campaigns-2'])
    expect((await api.get('/api/feeds/duong-day-nong-thanh-hoa-2/rss.xml')).status).toBe(200)
  })

  it('normalises a typed slug the same way, keeps it on later edits, and refuses one already taken naming the field', async () => {
    const typed = await createFeedChannel({ name: 'Bản tin sáng', slug: 'Bản Tin Sáng' })
    expect(typed.status).toBe(201)
    expect(typed.body.doc.slug).toBe('ban-tin-sang')
    const renamed = await api.patch(`/api/channels/${typed.body.doc.id}`, { name: 'Bản tin buổi sáng' }, { token })
    expect(renamed.body.doc.slug).toBe('ban-tin-sang')

    const taken = await createFeedChannel({ name: 'Bản tin khác', slug: 'ban-tin-sang' })
    expect(taken.status).toBe(400)
    expect(taken.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'slug', message: expect.stringContaining('"ban-tin-sang"') })])
  })
})
