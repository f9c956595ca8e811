/**
 * Garbage to the custom endpoints: property-based requests (malformed JSON, wrong types,
 * huge strings, unknown fields, hostile HTML, odd ids) to the review workflow
 * (`POST /api/reports/:id/workflow`) and to workshop registration
 * (`POST /api/workshops/:id/register`). Never a 5xx; a refusal writes nothing.
 */
import fc from 'fast-check'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, createPublished, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { hostileValue } from '../helpers/hostileInput.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string

const FC_OPTIONS = { numRuns: Number(process.env.FC_RUNS || 30), seed: Number(process.env.FC_SEED || 20241127) }

/** A raw body: JSON of a generated object, or text that is not JSON (or not an object) at all. */
const rawBody = (fields: string[]) =>
  fc.oneof(
    fc.dictionary(fc.constantFrom(...fields), hostileValue, { minKeys: 0, maxKeys: 5 }).map((value) => JSON.stringify(value)),
    fc.constantFrom('{"action": ', 'null', '[]', '"submit"', '42', '{"__proto__": {"admin": true}}', '', '\u0000\u0001', '{'.repeat(5_000)),
  )

const oddId = (realId: Id) => fc.constantFrom(String(realId), '0', '-1', '99999999999999999999', 'abc', '%27%20OR%201=1', '1e3', '..%2F..')

describe.each(adaptersUnderTest())('bad input to the workflow and registration endpoints on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let token: string
  let reportId: Id
  let workshopId: Id

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    const editor = await createUser(ctx.payload, 'editor@endpoints.vn', ['editor'])
    const campaign = await createCampaign(ctx.payload, { code: 'ENDP', members: [{ user: editor.id, role: 'editor' }] })
    reportId = (await createDraft(ctx.payload, 'reports', { campaign: campaign.id, title: 'Bản tin thử', authors: [editor.id] })).id
    workshopId = (await createPublished(ctx.payload, 'workshops', { campaign: campaign.id, title: 'Hội thảo nhận đăng ký' })).id
    token = await api.login('editor@endpoints.vn', TEST_PASSWORD)
  }, 120_000)

  afterAll(async () => {
    await ctx?.cleanup()
  })

  const snapshotOfReport = async () => {
    const doc = (await ctx.payload.findByID({ collection: 'reports', id: reportId, draft: true, depth: 0, overrideAccess: true })) as unknown as Record<
      string,
      unknown
    >
    const events = (await ctx.payload.count({ collection: 'review-events' as never, overrideAccess: true })).totalDocs
    return { updatedAt: doc.updatedAt, status: doc._status, events }
  }

  it('workflow actions: never a 5xx, and a refused action changes neither the item nor its history', async () => {
    const actions = fc.oneof(hostileValue, fc.constantFrom('Submit', 'submit ', 'approve\u0000', 'publish', 'delete', 'APPROVE', ''))
    await fc.assert(
      fc.asyncProperty(
        oddId(reportId),
        fc.oneof(
          rawBody(['action', 'note', 'stage', 'approvals', '_status', 'extra']),
          actions.map((action) => JSON.stringify({ action, note: 'x'.repeat(3) })),
        ),
        async (id, body) => {
          const before = await snapshotOfReport()
          const response = await api.request('POST', `/api/reports/${id}/workflow`, { body, token, headers: { 'Content-Type': 'application/json' } })
          expect({ body: body.slice(0, 80), status: response.status, isServerError: response.status >= 500 }).toEqual({
            body: body.slice(0, 80),
            status: response.status,
            isServerError: false,
          })
          if (response.status >= 400) expect(await snapshotOfReport()).toEqual(before)
          else expect(response.body.id).toBeDefined()
        },
      ),
      FC_OPTIONS,
    )
  }, 170_000)

  it('registration: never a 5xx, and a refused registration stores nothing', async () => {
    const count = async () => (await ctx.payload.count({ collection: 'registrations' as never, overrideAccess: true })).totalDocs
    await fc.assert(
      fc.asyncProperty(
        oddId(workshopId),
        rawBody(['fullName', 'email', 'phone', 'organisation', 'audienceType', 'status', 'cancelToken', 'workshop', 'extra']),
        async (id, body) => {
          const before = await count()
          const response = await api.request('POST', `/api/workshops/${id}/register`, { body, headers: { 'Content-Type': 'application/json' } })
          expect({ body: body.slice(0, 80), status: response.status, isServerError: response.status >= 500 }).toEqual({
            body: body.slice(0, 80),
            status: response.status,
            isServerError: false,
          })
          if (response.status >= 400) expect(await count()).toBe(before)
        },
      ),
      FC_OPTIONS,
    )
    // A well-formed registration still gets through after all that.
    const ok = await api.post(`/api/workshops/${workshopId}/register`, { fullName: 'Trần Văn Bình', email: 'binh.tran@example.vn' })
    expect(ok.status).toBeLessThan(300)
  }, 170_000)
})
