import type { Payload } from 'payload'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createPublished, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string

describe.each(adaptersUnderTest())('Vietnamese search, slugs and validation on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  let campaignId: Id
  let adminToken: string

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    await createUser(payload, 'admin@test.vn', ['admin'])
    adminToken = await api.login('admin@test.vn', TEST_PASSWORD)
    const campaign = await createCampaign(payload, { code: 'CDS' })
    campaignId = campaign.id
    await createPublished(payload, 'reports', { campaign: campaignId, title: 'Chuyển đổi số ở Thanh Hoá' })
    await createPublished(payload, 'reports', { campaign: campaignId, title: 'Thanh Hóa mở rộng dịch vụ công' })
    await createPublished(payload, 'reports', { campaign: campaignId, title: 'Kinh tế số cho doanh nghiệp' })
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  const titlesFound = async (query: string) => {
    const response = await api.get(`/api/reports?where[search][like]=${encodeURIComponent(query)}&sort=title`)
    expect(response.status).toBe(200)
    return response.body.docs.map((d: { title: string }) => d.title)
  }

  it.each(['chuyen doi so', 'Chuyển đổi số', 'CHUYỂN ĐỔI SỐ'])('finds "Chuyển đổi số" by typing %s', async (query) => {
    expect(await titlesFound(query)).toEqual(['Chuyển đổi số ở Thanh Hoá'])
  })

  it('finds both tone-mark placements of Thanh Hoá by typing "Thanh Hoa"', async () => {
    expect(await titlesFound('Thanh Hoa')).toEqual(['Chuyển đổi số ở Thanh Hoá', 'Thanh Hóa mở rộng dịch vụ công'])
  })

  it('folds the admin list search too (an or-group on the search field)', async () => {
    const response = await api.get(`/api/reports?where[or][0][search][like]=${encodeURIComponent('DỊCH VỤ CÔNG')}`, { token: adminToken })
    expect(response.body.docs.map((d: { title: string }) => d.title)).toEqual(['Thanh Hóa mở rộng dịch vụ công'])
  })

  it('keeps the search text in step when the title and summary change', async () => {
    const { docs } = await payload.find({ collection: 'reports', where: { title: { equals: 'Kinh tế số cho doanh nghiệp' } } })
    await payload.update({
      collection: 'reports',
      id: docs[0].id,
      data: { title: 'Xã hội số ở nông thôn', summary: 'Người dân nông thôn dùng điện thoại thông minh' },
      context: { loaDemoSeed: true },
    })
    expect(await titlesFound('xa hoi so')).toEqual(['Xã hội số ở nông thôn'])
    expect(await titlesFound('kinh te so')).toEqual([])
    expect(await titlesFound('dien thoai thong minh')).toEqual(['Xã hội số ở nông thôn'])
  })

  it('makes slugs from Vietnamese titles and keeps them unique', async () => {
    const first = await createPublished(payload, 'features', { campaign: campaignId, title: 'Chuyển đổi số' })
    const second = await createPublished(payload, 'features', { campaign: campaignId, title: 'Chuyển đổi số' })
    expect([first.slug, second.slug]).toEqual(['chuyen-doi-so', 'chuyen-doi-so-2'])
  })

  it('refuses a duplicate slug typed by hand with 400 naming the slug field, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'features' })).totalDocs
    const response = await api.post(
      '/api/features?draft=true',
      { title: 'Bài khác', slug: 'chuyen-doi-so', campaign: campaignId, column: 'Hỏi đáp' },
      { token: adminToken },
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'slug' })
    expect(response.body.errors[0].data.errors[0].message).toContain('chuyen-doi-so')
    expect((await payload.count({ collection: 'features' })).totalDocs).toBe(before)
  })

  it('refuses a workshop that ends before it starts with 400 naming endsAt, draft or not', async () => {
    const before = (await payload.count({ collection: 'workshops', draft: true } as never)).totalDocs
    for (const path of ['/api/workshops', '/api/workshops?draft=true']) {
      const response = await api.post(
        path,
        { title: 'Hội thảo ngược giờ', campaign: campaignId, startsAt: '2030-05-02T08:00:00Z', endsAt: '2030-05-02T07:00:00Z' },
        { token: adminToken },
      )
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'endsAt' })])
      expect(response.body.errors[0].data.errors[0].message).toContain('endsAt must be after startsAt')
    }
    expect((await payload.count({ collection: 'workshops', draft: true } as never)).totalDocs).toBe(before)
  })

  it('refuses a campaign whose period ends before it starts with 400 naming period.end', async () => {
    const response = await api.post(
      '/api/campaigns',
      { name: 'Ngược', code: 'NGUOC', period: { start: '2025-06-01T00:00:00Z', end: '2025-01-01T00:00:00Z' } },
      { token: adminToken },
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'period.end' })])
    expect((await payload.count({ collection: 'campaigns', where: { code: { equals: 'NGUOC' } } })).totalDocs).toBe(0)
  })

  it('refuses an image without alt text with 400 naming alt, and stores no file record', async () => {
    const form = new FormData()
    const { makeDemoImage } = await import('../../src/seed/demoImage.js')
    const image = await makeDemoImage({ caption: 'Không alt', hue: 30 })
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'khong-alt.jpg')
    form.append('_payload', JSON.stringify({ credit: 'thử' }))
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const response = await api.request('POST', '/api/media', { body: form, token: adminToken })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'alt' })])
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })
})
