/**
 * Garbage in, never a 5xx out, and never a partial write: property-based requests with
 * malformed JSON, wrong types, huge strings, unknown fields and bad dates against the
 * create and update endpoints.
 */
import fc from 'fast-check'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { hostileValue } from '../helpers/hostileInput.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string

const FIELDS = ['title', 'slug', 'summary', 'campaign', 'body', 'heroImage', 'topics', 'audiences', 'startsAt', 'endsAt', 'capacity', 'kind', '_status', 'unknownField', 'id', 'createdAt']

// A fixed seed keeps CI repeatable; FC_SEED=<n> explores other inputs locally.
const FC_OPTIONS = { numRuns: Number(process.env.FC_RUNS || 40), seed: Number(process.env.FC_SEED || 20241005) }

const hostileBody = fc.dictionary(fc.constantFrom(...FIELDS), hostileValue, { minKeys: 1, maxKeys: 6 })

describe.each(adaptersUnderTest())('bad input on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let token: string
  let campaignId: Id
  let workshopId: Id

  const counts = async () => {
    const result: Record<string, number> = {}
    for (const collection of ['reports', 'workshops', 'campaigns', 'media'] as const) {
      result[collection] = (await ctx.payload.count({ collection })).totalDocs
    }
    return result
  }

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    const editor = await createUser(ctx.payload, 'editor@test.vn', ['editor'])
    const campaign = await createCampaign(ctx.payload, { code: 'BAD', members: [{ user: editor.id, role: 'editor' }] })
    campaignId = campaign.id
    workshopId = (await createDraft(ctx.payload, 'workshops', { campaign: campaignId, title: 'Hội thảo gốc' })).id
    token = await api.login('editor@test.vn', TEST_PASSWORD)
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('answers malformed JSON with a 4xx and writes nothing', async () => {
    const before = await counts()
    for (const body of ['{"title": "Thiếu ngoặc"', 'null', '[]', '"chuỗi"', '{"title":']) {
      const response = await api.request('POST', '/api/reports', { body, headers: { 'Content-Type': 'application/json' }, token })
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    }
    expect(await counts()).toEqual(before)
  })

  it('never answers 5xx to hostile creates, and a refused create writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBody, fc.constantFrom('reports', 'workshops'), async (body, collection) => {
        const before = await counts()
        const response = await api.post(`/api/${collection}?draft=true`, { campaign: campaignId, ...body }, { token })
        expect({ status: response.status < 500 ? 'below 500' : response.text.slice(0, 300) }).toEqual({ status: 'below 500' })
        const after = await counts()
        if (response.status >= 400) expect(after).toEqual(before)
        else expect(after[collection]).toBe(before[collection] + 1)
      }),
      FC_OPTIONS,
    )
  })

  it('never answers 5xx to hostile updates, and a refused update changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBody, async (body) => {
        const before = await ctx.payload.findByID({ collection: 'workshops', id: workshopId, draft: true, depth: 0 })
        const response = await api.patch(`/api/workshops/${workshopId}?draft=true`, body, { token })
        expect({ status: response.status < 500 ? 'below 500' : response.text.slice(0, 300) }).toEqual({ status: 'below 500' })
        if (response.status >= 400) {
          const after = await ctx.payload.findByID({ collection: 'workshops', id: workshopId, draft: true, depth: 0 })
          expect({ ...after, updatedAt: null }).toEqual({ ...before, updatedAt: null })
        }
      }),
      FC_OPTIONS,
    )
  })
})
