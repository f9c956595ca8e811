/**
 * An anonymous REST read of a reviewed item answers with the published item: not the review's
 * state, the radio bulletin, the scheduling switches or the search index text, and a campaign
 * it populates comes without its members, approval policy and KPIs. Staff still read them;
 * a caller who names a `select` gets what they name; the public feeds, which read the same
 * items anonymously through the plugins' own endpoints, are unchanged.
 */
import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { ANONYMOUS_READS_OMIT } from '../../src/plugins.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createPublished, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string
type Loose = Record<string, any>

const PUBLIC_FIELDS = ['id', 'title', 'slug', 'campaign', 'summary', 'body', 'kind', 'firstPublishedAt', 'publishAt', 'updatedAt', 'createdAt', '_status']

describe.each(adaptersUnderTest())('anonymous REST reads on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let reportId: Id
  let editorToken: string

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    const editor = await createUser(ctx.payload, 'editor@projection.test', ['editor'])
    const campaign = await createCampaign(ctx.payload, { code: 'PROJ', members: [{ user: editor.id, role: 'editor' }] })
    reportId = (await createPublished(ctx.payload, 'reports', { campaign: campaign.id, title: 'Xã Hoằng Hoá số hoá thủ tục' })).id
    // A feed channel, so the portal's RSS has something to serve.
    await ctx.payload.create({
      collection: 'channels' as never,
      data: { name: 'Cổng tỉnh', slug: 'cong-tinh', kind: 'feed', contentTypes: ['reports'], enabled: true } as never,
    })
    editorToken = await api.login('editor@projection.test', TEST_PASSWORD)
  })

  afterAll(async () => {
    await ctx?.cleanup()
  })

  const omittedIn = (doc: Loose) => ANONYMOUS_READS_OMIT.filter((field) => field in doc)

  it('leaves the review, bulletin, scheduling and search fields out of a list and a detail, and the campaign’s staff fields out of what it populates', async () => {
    const list = await api.get('/api/reports?depth=1&limit=10')
    const detail = await api.get(`/api/reports/${reportId}?depth=1`)
    expect([list.status, detail.status]).toEqual([200, 200])
    const listed = (list.body.docs as Loose[]).find((doc) => String(doc.id) === String(reportId))!
    for (const doc of [listed, detail.body as Loose]) {
      expect(omittedIn(doc)).toEqual([])
      expect(Object.keys(doc)).toEqual(expect.arrayContaining(PUBLIC_FIELDS))
      expect(doc.title).toBe('Xã Hoằng Hoá số hoá thủ tục')
      expect(doc.campaign).toEqual(expect.objectContaining({ code: 'PROJ' }))
      expect(['members', 'approvalPolicy', 'kpis', 'search'].filter((field) => field in doc.campaign)).toEqual([])
    }
  })

  it('still gives staff the whole item, and an anonymous caller the fields they select', async () => {
    const staff = await api.get(`/api/reports/${reportId}?depth=1`, { token: editorToken })
    expect(staff.status).toBe(200)
    expect(typeof staff.body.workflow?.stage).toBe('string')
    expect(typeof staff.body.search).toBe('string')
    expect(staff.body.campaign.members?.length).toBe(1)

    const selected = await api.get(`/api/reports/${reportId}?select[title]=true&select[workflow]=true`)
    expect(selected.status).toBe(200)
    expect(selected.body.title).toBe('Xã Hoằng Hoá số hoá thủ tục')
    expect(typeof selected.body.workflow?.stage).toBe('string')
  })

  it('leaves the plugins’ public endpoints as they were: the RSS feed still lists the item', async () => {
    const rss = await api.get('/api/feeds/cong-tinh/rss.xml')
    expect(rss.status).toBe(200)
    expect(rss.text).toContain('Xã Hoằng Hoá số hoá thủ tục')
  })
})
