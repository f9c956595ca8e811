/**
 * Staff-only fields stay with the staff. A report of campaign B, published through the review
 * workflow with an internal note, an approval and a last editor, is read on every surface by
 * anonymous callers, a user in no campaign, a member of another campaign, B's editor and
 * manager, and an admin. The note, the approvals and the last editor show to admins and B's
 * members only; B's members and approval policy never to the public and, among logged-in
 * users, only to admins and B's members; feeds and the snapshots sent to channels carry none.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { Api } from '../helpers/api.js'
import type { TestUser } from '../helpers/fixtures.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { runWorkflowAction } from '@loa/plugin-review-workflow'
import { lexicalFromParagraphs } from '../../src/lib/lexical.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { newWebhookSecret } from '../helpers/webhookReceiver.js'

type Id = number | string
type Actor = 'anonymous' | 'stranger' | 'outsider' | 'editor' | 'manager' | 'admin'
const ACTORS: Actor[] = ['anonymous', 'stranger', 'outsider', 'editor', 'manager', 'admin']
const STAFF: Actor[] = ['editor', 'manager', 'admin']

const INTERNAL_NOTE = 'GHICHU-NOIBO-chi-nhan-vien-4471'

type Loose = Record<string, any>

describe.each(adaptersUnderTest())('staff-only fields on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  const users = {} as Record<Exclude<Actor, 'anonymous'>, TestUser>
  const tokens: Partial<Record<Actor, string>> = {}
  let campaignA: { id: Id; slug?: string | null }
  let campaignB: { id: Id; slug?: string | null }
  let reportId: Id
  let reviewerId: Id

  const act = async (user: TestUser, action: string) =>
    runWorkflowAction({ action, collection: 'reports', id: reportId, req: await createLocalReq({ user: user as never }, payload) })

  const get = async (actor: Actor, path: string) => api.get(path, { token: tokens[actor] })

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    users.admin = await createUser(payload, 'admin@staff.vn', ['admin'])
    users.manager = await createUser(payload, 'manager@staff.vn', ['manager'])
    users.editor = await createUser(payload, 'editor@staff.vn', ['editor'])
    users.outsider = await createUser(payload, 'outsider@staff.vn', ['editor', 'reviewer'])
    users.stranger = await createUser(payload, 'stranger@staff.vn', ['editor'])
    const reviewer = await createUser(payload, 'reviewer@staff.vn', ['reviewer'])
    reviewerId = reviewer.id
    campaignA = await createCampaign(payload, { code: 'STAFF-A', members: [{ user: users.outsider.id, role: 'editor' }] })
    campaignB = await createCampaign(payload, {
      code: 'STAFF-B',
      requiredApprovals: 1,
      members: [
        { user: users.manager.id, role: 'manager' },
        { user: users.editor.id, role: 'editor' },
        { user: reviewer.id, role: 'reviewer' },
      ],
    })
    // Channels first, so the publish writes deliveries with their snapshots.
    for (const data of [
      { slug: 'staff-feed', kind: 'feed' },
      { slug: 'staff-hook', kind: 'webhook', endpoint: 'http://127.0.0.1:9/hook', secret: newWebhookSecret() },
    ]) {
      await payload.create({
        collection: 'channels' as never,
        data: { name: data.slug, contentTypes: ['reports'], enabled: true, ...data } as never,
        overrideAccess: true,
      })
    }

    const created = await payload.create({
      collection: 'reports',
      data: {
        title: 'Người dân xã Quảng Phú làm thủ tục trực tuyến',
        campaign: campaignB.id,
        summary: 'Tóm tắt công khai',
        body: lexicalFromParagraphs(['Nội dung công khai.']),
        internalNotes: INTERNAL_NOTE,
        authors: [users.editor.id],
      } as never,
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })
    reportId = created.id
    await act(users.editor, 'submit')
    await act(reviewer, 'approve')
    await act(users.manager, 'publish')
    campaignB = (await payload.findByID({ collection: 'campaigns', id: campaignB.id, depth: 0 })) as never
    campaignA = (await payload.findByID({ collection: 'campaigns', id: campaignA.id, depth: 0 })) as never

    for (const actor of ACTORS) if (actor !== 'anonymous') tokens[actor] = await api.login(users[actor].email, TEST_PASSWORD)
  }, 120_000)

  afterAll(async () => {
    await ctx?.cleanup()
  })

  const idOf = (value: unknown) => String(value && typeof value === 'object' ? (value as Loose).id : value)
  /** What a reader learns; a field withheld may come back absent, null or (arrays) empty. */
  const staffFieldsOf = (report: Loose | undefined) => ({
    internalNotes: report?.internalNotes ?? null,
    approvals: report?.workflow?.approvals?.length ? report.workflow.approvals.map((row: Loose) => idOf(row.reviewer)) : null,
    lastEditedBy: report?.workflow?.lastEditedBy ? idOf(report.workflow.lastEditedBy) : null,
  })
  const staffView = () => ({ internalNotes: INTERNAL_NOTE, approvals: [String(reviewerId)], lastEditedBy: String(users.editor.id) })
  const publicView = { internalNotes: null, approvals: null, lastEditedBy: null }

  const campaignSecretsOf = (campaign: Loose | undefined) => ({
    members: campaign?.members?.length ? campaign.members.length : null,
    requiredApprovals: campaign?.approvalPolicy?.requiredApprovals ?? null,
  })

  describe.each(ACTORS)('as %s', (actor) => {
    const isStaff = STAFF.includes(actor)
    const expectedReport = () => (isStaff ? staffView() : publicView)

    it('reads the report’s staff fields over REST (list, detail, drafts, depth 2, narrow select) only as staff', async () => {
      const list = await get(actor, '/api/reports?depth=0&limit=50')
      expect(staffFieldsOf(list.body.docs.find((doc: Loose) => String(doc.id) === String(reportId)))).toEqual(expectedReport())
      for (const path of [
        `/api/reports/${reportId}?depth=0`,
        `/api/reports/${reportId}?depth=2&draft=true`,
        `/api/reports/${reportId}?select[internalNotes]=true&select[workflow]=true`,
      ]) {
        const detail = await get(actor, path)
        expect({ path, status: detail.status, fields: staffFieldsOf(detail.body) }).toEqual({ path, status: 200, fields: expectedReport() })
      }
    })

    it('reads them over GraphQL only as staff', async () => {
      const result = await api.graphql<Loose>(
        `{ Report(id: ${JSON.stringify(reportId)}) { id internalNotes workflow { stage approvals { reviewer { id } } lastEditedBy { id } } } }`,
        { token: tokens[actor] },
      )
      const report = result.data?.Report as Loose
      expect(report.workflow.stage).toBe('published')
      expect(staffFieldsOf(report)).toEqual(isStaff ? staffView() : publicView)
    })

    it('never finds the report by querying a staff field it may not read', async () => {
      const byNote = await get(actor, `/api/reports?where[internalNotes][like]=GHICHU&depth=0`)
      const byApprover = await get(actor, `/api/reports?where[workflow.approvals.reviewer][equals]=${reviewerId}&depth=0`)
      for (const response of [byNote, byApprover]) {
        expect(response.status).toBeLessThan(500)
        const ids = (response.body?.docs ?? []).map((doc: Loose) => String(doc.id))
        if (!isStaff) expect(ids).not.toContain(String(reportId))
      }
      expect((await get('admin', `/api/reports?where[internalNotes][like]=GHICHU&depth=0`)).body.docs.map((doc: Loose) => String(doc.id))).toEqual([
        String(reportId),
      ])
    })

    it('reads versions with their staff fields only as staff', async () => {
      const versions = await get(actor, `/api/reports/versions?depth=1&limit=50&sort=-updatedAt&where[parent][equals]=${reportId}`)
      if (versions.status !== 200 || versions.body.docs.length === 0) {
        expect(isStaff).toBe(false)
        return
      }
      const [latest, ...older] = versions.body.docs as Loose[]
      expect(staffFieldsOf(latest!.version)).toEqual(expectedReport())
      expect(staffFieldsOf((await get(actor, `/api/reports/versions/${latest!.id}`)).body.version)).toEqual(expectedReport())
      for (const version of older) expect(staffFieldsOf(version.version).internalNotes).toBe(isStaff ? INTERNAL_NOTE : null)
    })

    it('sees campaign B’s members and approval policy only as admin or B’s member, populated or not', async () => {
      const expected = isStaff ? { members: 3, requiredApprovals: 1 } : { members: null, requiredApprovals: null }
      const direct = await get(actor, `/api/campaigns/${campaignB.id}?depth=1`)
      expect(campaignSecretsOf(direct.body)).toEqual(expected)
      const listed = await get(actor, '/api/campaigns?depth=0&limit=50')
      expect(campaignSecretsOf(listed.body.docs.find((doc: Loose) => String(doc.id) === String(campaignB.id)))).toEqual(expected)
      const populated = await get(actor, `/api/reports/${reportId}?depth=1`)
      expect(populated.body.campaign.code).toBe('STAFF-B')
      expect(campaignSecretsOf(populated.body.campaign)).toEqual(expected)
      const graphql = await api.graphql<Loose>(
        `{ Report(id: ${JSON.stringify(reportId)}) { campaign { code members { role } approvalPolicy { requiredApprovals } } } }`,
        { token: tokens[actor] },
      )
      expect(campaignSecretsOf(graphql.data?.Report?.campaign)).toEqual(expected)
    })

    it('cannot learn who works in campaign B by filtering on its members or policy', async () => {
      const byMember = await get(actor, `/api/campaigns?where[members.user][equals]=${users.editor.id}&depth=0`)
      const byPolicy = await get(actor, `/api/campaigns?where[approvalPolicy.requiredApprovals][equals]=1&depth=0`)
      for (const response of [byMember, byPolicy]) {
        expect(response.status).toBeLessThan(500)
        const codes = (response.body?.docs ?? []).map((doc: Loose) => doc.code)
        if (!isStaff) expect(codes).not.toContain('STAFF-B')
      }
    })

    it('opens the review panel of the report only as staff', async () => {
      const panel = await get(actor, `/api/reports/${reportId}/workflow`)
      if (isStaff) {
        expect(panel.status).toBe(200)
        expect(panel.body).toMatchObject({ stage: 'published', requiredApprovals: 1, countedApprovals: 1 })
      } else {
        expect(panel.status).toBeGreaterThanOrEqual(400)
        expect(panel.status).toBeLessThan(500)
        expect(panel.text).not.toContain(String(reviewerId) + '"')
        expect(panel.body?.requiredApprovals).toBeUndefined()
      }
    })
  })

  it('lets a member of another campaign see their own campaign’s members', async () => {
    expect(campaignSecretsOf((await get('outsider', `/api/campaigns/${campaignA.id}`)).body)).toEqual({ members: 1, requiredApprovals: 1 })
  })

  it('keeps staff fields and campaign members out of feeds and of the snapshots sent to channels', async () => {
    const outputs: Record<string, string> = {}
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
      outputs[`channel ${file}`] = (await api.get(`/api/feeds/staff-feed/${file}`)).text
      outputs[`campaign ${file}`] = (await api.get(`/api/feeds/campaigns/${campaignB.slug}/${file}`)).text
    }
    const deliveries = await payload.find({
      collection: 'deliveries' as never,
      depth: 0,
      pagination: false,
      where: { itemKey: { equals: `reports:${reportId}` } },
    })
    expect(deliveries.docs.length).toBeGreaterThan(0)
    for (const delivery of deliveries.docs as Loose[]) outputs[`snapshot ${delivery.id}`] = JSON.stringify(delivery.snapshot)

    expect(outputs['channel feed.json']).toContain('Người dân xã Quảng Phú làm thủ tục trực tuyến')
    const leaks = Object.entries(outputs).flatMap(([where, text]) =>
      [INTERNAL_NOTE, '"approvals"', '"lastEditedBy"', '"members"', '"approvalPolicy"', 'internalNotes']
        .filter((marker) => text.includes(marker))
        .map((marker) => `${where}: ${marker}`),
    )
    expect(leaks).toEqual([])
  })
})
