import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'

describe.each(adaptersUnderTest())('public API on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    await seedDemoContent(ctx.payload, () => undefined)
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('lists only published reports to anonymous visitors over REST', async () => {
    const response = await api.get('/api/reports?limit=50')
    expect(response.status).toBe(200)
    expect(response.body.docs.map((d: { slug: string }) => d.slug).sort()).toEqual([
      'dich-vu-cong-truc-tuyen-toan-trinh',
      'thanh-hoa-day-manh-chuyen-doi-so-2024',
    ])
  })

  it('lists only published reports to anonymous visitors over GraphQL, even when drafts are asked for', async () => {
    const result = await api.graphql<{ Reports: { docs: Array<{ slug: string }> } }>('{ Reports(limit: 50, draft: true) { docs { slug } } }')
    expect(result.errors).toBeUndefined()
    expect(result.data?.Reports.docs.map((d) => d.slug).sort()).toEqual(['dich-vu-cong-truc-tuyen-toan-trinh', 'thanh-hoa-day-manh-chuyen-doi-so-2024'])
  })

  it('shows the seeded campaign to anonymous visitors and lets an editor see drafts', async () => {
    const campaigns = await api.get('/api/campaigns')
    expect(campaigns.body.docs.map((c: { code: string }) => c.code)).toEqual(['CDS-TH-2024'])
    const token = await api.login('editor@loa.local', 'LoaDemo!2024')
    const reports = await api.get('/api/reports?limit=50&draft=true', { token })
    expect(reports.body.totalDocs).toBe(3)
  })
})
