/**
 * Emergency alerts as Loa wires them (the broadcast plugin's `alerts`, src/plugins.ts): a
 * campaign manager issues an alert from a template, another manager or an admin approves it on
 * the fast path, and it is published at once to every radio channel and every channel marked
 * `emergency`, ahead of the ordinary deliveries already queued. Four-eyes holds; every refusal
 * names its field and leaves nothing behind.
 */
import type { Payload } from 'payload'

import { drainDeliveries } from '@loa/plugin-channel-publishing'

import type { Api } from '../helpers/api.js'
import type { TeamRole, TestUser } from '../helpers/fixtures.js'
import type { TestPayload } from '../helpers/testPayload.js'
import type { WebhookReceiver } from '../helpers/webhookReceiver.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaignTeam, createDraft, createUser, TEST_PASSWORD, writeAsWorkflow } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { startWebhookReceiver } from '../helpers/webhookReceiver.js'

type Id = number | string
type Template = { id: Id; hazard: string; name: string; fields: Array<{ key: string; required: boolean }> }
type StoredAlert = {
  title: string
  _status: string
  workflow: { stage: string; approvals: unknown[] }
  bulletin: { script: string; priority: string; areas: Id[]; alert: { template: Id; issuedBy: Id; issuedAt: string; approvedBy: Id | null; approvedAt: string | null } }
}

const STORM_VALUES = { tenBao: 'số 5 (Kajiki)', thoiGian: '14 giờ ngày 25/8', capGio: '10 đến 12', dienThoai: '0237 3852 155' }

describe.each(adaptersUnderTest())('emergency alerts in Loa on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  let campaign: { id: Id }
  let tokens: Record<TeamRole, string>
  let users: Record<TeamRole, TestUser>
  let secondManagerToken: string
  let templates: Template[]
  const receivers: Record<'radio' | 'emergencyWebhook' | 'reportsWebhook' | 'workshopsWebhook', WebhookReceiver> = {} as never

  const storm = () => templates.find((template) => template.hazard === 'storm')!
  const issue = (body: Record<string, unknown>, token?: string) => api.post('/api/alerts/issue', body, token ? { token } : {})
  const approve = (id: Id, token?: string) => api.post(`/api/alerts/${id}/approve`, {}, token ? { token } : {})
  const readAlert = async (id: Id) =>
    (await payload.findByID({ collection: 'reports', id, draft: true, depth: 0, overrideAccess: true })) as unknown as StoredAlert
  const alertCount = async () =>
    (await payload.count({ collection: 'reports', where: { 'bulletin.alert.template': { exists: true } }, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    ;({ campaign, tokens, users } = await createCampaignTeam(payload, api, 'LOA-KHAN'))
    // A second manager of the same campaign: the second pair of eyes.
    const second = await createUser(payload, 'manager2.loa-khan@test.vn', ['manager'])
    const stored = (await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 })) as unknown as { members: Array<{ user: Id; role: string }> }
    await payload.update({ collection: 'campaigns', id: campaign.id, data: { members: [...stored.members, { user: second.id, role: 'manager' }] } as never })
    secondManagerToken = await api.login(second.email, TEST_PASSWORD)
    // Ask for two approvals on ordinary items: an alert needs one all the same.
    await payload.update({ collection: 'campaigns', id: campaign.id, data: { approvalPolicy: { requiredApprovals: 2 } } as never })

    for (const name of ['radio', 'emergencyWebhook', 'reportsWebhook', 'workshopsWebhook'] as const) receivers[name] = await startWebhookReceiver()
    const channel = (slug: string, receiver: WebhookReceiver, rest: Record<string, unknown>) =>
      payload.create({
        collection: 'channels',
        data: { name: slug, slug, endpoint: receiver.url, secret: receiver.secret, enabled: true, ...rest } as never,
        overrideAccess: true,
      })
    // None of these shows reports but the second; the first two still carry every emergency.
    await channel('dai-xa', receivers.radio, { kind: 'radio', contentTypes: ['features'] })
    await channel('cong-khan-cap', receivers.emergencyWebhook, { kind: 'webhook', contentTypes: ['features'], emergency: true })
    await channel('cong-tin-bai', receivers.reportsWebhook, { kind: 'webhook', contentTypes: ['reports'] })
    await channel('cong-hoi-thao', receivers.workshopsWebhook, { kind: 'webhook', contentTypes: ['workshops'] })

    const listed = await api.get<{ docs: Template[] }>('/api/alert-templates?limit=20&depth=0', { token: tokens.manager })
    expect(listed.status).toBe(200)
    templates = listed.body.docs
  })
  afterAll(async () => {
    for (const receiver of Object.values(receivers)) await receiver?.close()
    await ctx?.cleanup()
  })

  it('ships templates for storm, flood, fire and epidemic, readable by staff and not by the public', async () => {
    expect(templates.map((template) => template.hazard).sort()).toEqual(['epidemic', 'fire', 'flood', 'storm'])
    expect(storm().fields.filter((field) => field.required).map((field) => field.key)).toEqual(['tenBao', 'thoiGian', 'capGio', 'dienThoai'])
    expect((await api.get('/api/alert-templates')).status).toBe(403)
  })

  it('refuses a template whose script uses a field it does not declare, naming the field', async () => {
    const response = await api.post(
      '/api/alert-templates',
      { name: 'Sạt lở', hazard: 'other', titleTemplate: 'Khẩn cấp: sạt lở tại {diaDiem}', scriptTemplate: 'Sạt lở tại {diaDiem}, gọi {soDienThoai}.', fields: [{ key: 'diaDiem', label: 'Địa điểm' }] },
      { token: tokens.admin },
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('{soDienThoai}')
  })

  it('refuses a bad alert with a 4xx naming the field and creates nothing', async () => {
    const good = { template: storm().id, values: STORM_VALUES, areas: ['14797'], campaign: campaign.id }
    const cases: Array<[string, Record<string, unknown>, string | undefined, number, string]> = [
      ['anonymous', good, undefined, 401, ''],
      ['an editor', good, tokens.editor, 403, ''],
      ['an unknown template', { ...good, template: 999999 }, tokens.manager, 400, 'template'],
      ['a template id no database holds', { ...good, template: "x' OR 1=1" }, tokens.manager, 400, 'template'],
      ['a required field left empty', { ...good, values: { ...STORM_VALUES, tenBao: ' ' } }, tokens.manager, 400, 'values.tenBao'],
      ['a field the template does not have', { ...good, values: { ...STORM_VALUES, mucNuoc: '3 m' } }, tokens.manager, 400, 'values.mucNuoc'],
      ['a value that is not text', { ...good, values: { ...STORM_VALUES, capGio: 12 } }, tokens.manager, 400, 'values.capGio'],
      ['an unknown area code', { ...good, areas: ['14797', '99999'] }, tokens.manager, 400, 'areas'],
      ['no campaign', { ...good, campaign: undefined }, tokens.manager, 400, 'campaign'],
    ]
    for (const [what, body, token, status, field] of cases) {
      const response = await issue(body, token)
      expect([what, response.status]).toEqual([what, status])
      if (field) expect([what, JSON.stringify(response.body)]).toEqual([what, expect.stringContaining(field)])
    }
    expect(await alertCount()).toBe(0)
  })

  it('issues an alert into review, then another manager approves it and it goes to every radio and emergency channel first', async () => {
    // A backlog of ordinary deliveries waits in the queue.
    for (let index = 0; index < 8; index += 1) {
      const item = await createDraft(payload, 'reports', { campaign: campaign.id, title: `Tin thường ${index}` })
      await writeAsWorkflow(payload, 'reports', item.id, { _status: 'published' })
    }

    // The campaign as the admin's form sends it: its id as text.
    const issued = await issue({ template: storm().id, values: STORM_VALUES, areas: ['14797'], campaign: String(campaign.id) }, tokens.manager)
    expect(issued.status).toBe(201)
    const id = (issued.body as { id: Id }).id
    expect(issued.body).toMatchObject({ title: 'Khẩn cấp: ứng phó bão số 5 (Kajiki)', areas: [{ code: '14797' }] })
    const waiting = await readAlert(id)
    expect(waiting.workflow.stage).toBe('in_review')
    expect(waiting._status).toBe('draft')
    expect(waiting.bulletin.priority).toBe('emergency')
    expect(waiting.bulletin.script).toContain('Bão số 5 (Kajiki) dự kiến ảnh hưởng trực tiếp đến địa phương từ 14 giờ ngày 25/8, gió mạnh cấp 10 đến 12.')
    expect(waiting.bulletin.script).not.toMatch(/\{|\}|\s{2}/)
    expect(String(waiting.bulletin.alert.issuedBy)).toBe(String(users.manager.id))

    const pending = await api.get<{ docs: Array<{ id: Id; canApprove: boolean }> }>('/api/alerts/pending', { token: tokens.manager })
    expect(pending.body.docs.find((doc) => String(doc.id) === String(id))?.canApprove).toBe(false)
    const pendingForSecond = await api.get<{ docs: Array<{ id: Id; canApprove: boolean }> }>('/api/alerts/pending', { token: secondManagerToken })
    expect(pendingForSecond.body.docs.find((doc) => String(doc.id) === String(id))?.canApprove).toBe(true)

    // Four eyes: not the issuer (fast path or review), not an editor, not a reviewer outside the managers.
    expect((await approve(id, tokens.manager)).status).toBe(403)
    expect((await api.post(`/api/reports/${id}/workflow`, { action: 'approve' }, { token: tokens.manager })).status).toBe(403)
    expect((await approve(id, tokens.editor)).status).toBe(403)
    expect((await approve(id, tokens.reviewer)).status).toBe(403)
    expect((await approve(id)).status).toBe(401)
    expect((await approve('x.y', tokens.admin)).status).toBe(404)
    const stillWaiting = await readAlert(id)
    expect([stillWaiting.workflow.stage, stillWaiting.bulletin.alert.approvedAt ?? null]).toEqual(['in_review', null])

    const approved = await approve(id, secondManagerToken)
    expect(approved.status).toBe(200)
    const published = await readAlert(id)
    expect([published._status, published.workflow.stage]).toEqual(['published', 'published'])
    expect(published.bulletin.alert.approvedAt).toBeTruthy()
    expect((await approve(id, tokens.admin)).status).toBe(409)

    const deliveries = (
      await payload.find({ collection: 'deliveries', where: { itemKey: { equals: `reports:${id}` } }, depth: 1, overrideAccess: true })
    ).docs as unknown as Array<{ priority: number; channel: { slug: string } }>
    expect(deliveries.map((row) => row.channel.slug).sort()).toEqual(['cong-khan-cap', 'cong-tin-bai', 'dai-xa'])
    expect(deliveries.every((row) => row.priority === 2)).toBe(true)

    // One round of three claims: the alert's three deliveries, ahead of the eight waiting.
    await drainDeliveries({ payload, limit: 3, timeoutMs: 5000 })
    const title = 'Khẩn cấp: ứng phó bão số 5 (Kajiki)'
    const radio = receivers.radio.received.find((message) => message.body.data?.title === title)
    expect(radio?.isVerified).toBe(true)
    expect(radio?.body.data.bulletin).toMatchObject({ priority: 'emergency', slot: null, areas: [{ code: '14797' }] })
    expect(receivers.emergencyWebhook.received.some((message) => message.body.data?.title === title)).toBe(true)
    expect(receivers.reportsWebhook.received.filter((message) => message.body.data?.title !== title)).toHaveLength(0)
    await drainDeliveries({ payload, timeoutMs: 5000 })
    expect(receivers.workshopsWebhook.received).toHaveLength(0)
    expect(receivers.emergencyWebhook.received.filter((message) => message.body.data?.title?.startsWith('Tin thường'))).toHaveLength(0)

    const events = (
      await payload.find({
        collection: 'review-events' as never,
        depth: 0,
        pagination: false,
        sort: 'createdAt',
        where: { and: [{ 'item.value': { equals: id } }, { 'item.relationTo': { equals: 'reports' } }] },
      })
    ).docs as unknown as Array<{ action: string }>
    expect(events.map((event) => event.action)).toEqual(['submit', 'approve', 'publish'])

    // Sent again by hand, an alert is still an emergency in the queue.
    const reportsChannel = (await payload.find({ collection: 'channels', where: { slug: { equals: 'cong-tin-bai' } }, limit: 1, overrideAccess: true })).docs[0]!
    const resent = await api.post('/api/deliveries/resend', { collection: 'reports', id, channel: reportsChannel.id }, { token: tokens.manager })
    expect(resent.status).toBe(201)
    expect((resent.body as { doc: { priority: number } }).doc.priority).toBe(2)
  })

  it('lets an admin approve, and no one approve twice', async () => {
    const issued = await issue({ template: storm().id, values: STORM_VALUES, campaign: campaign.id }, tokens.manager)
    expect(issued.status).toBe(201)
    const id = (issued.body as { id: Id }).id
    const [first, second] = await Promise.all([approve(id, tokens.admin), approve(id, secondManagerToken)])
    expect([first.status, second.status].sort()).toEqual([200, expect.any(Number)])
    expect([first.status, second.status].filter((status) => status === 200)).toHaveLength(1)
    expect([first.status, second.status].filter((status) => status !== 200).every((status) => status >= 400 && status < 500)).toBe(true)
    expect((await readAlert(id))._status).toBe('published')
  })
})
