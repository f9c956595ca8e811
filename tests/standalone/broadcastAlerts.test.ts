/**
 * Emergency alerts in @loa/plugin-broadcast booted alone (plugins/broadcast/dev/config.ts: users
 * without roles + posts, no review workflow): the host's review is two functions, recorded
 * here. Shows the plugin's own rules: templates seeded, an alert created from one in one
 * transaction, the issuer never approving their own, a host refusal leaving nothing written.
 */
import type { Payload } from 'payload'

import { APIError } from 'payload'

import type { StandalonePayload } from '../helpers/standalonePayload.js'

import { broadcastDevConfig } from '../../plugins/broadcast/dev/config.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createStandalonePayload } from '../helpers/standalonePayload.js'
import { sqlAdaptersOf, standaloneApi } from './standaloneApi.js'

type Id = number | string
type Post = { title: string; bulletin: { script: string; priority: string; alert?: { issuedBy: Id; approvedBy: Id | null; approvedAt: string | null } } }

describe.each(sqlAdaptersOf(adaptersUnderTest()))('broadcast alerts alone on %s', (adapter) => {
  let instance: StandalonePayload
  let payload: Payload
  let api: ReturnType<typeof standaloneApi>
  const tokens: Record<'issuer' | 'approver', string> = { issuer: '', approver: '' }
  const steps: Array<{ step: 'submit' | 'approveAndPublish'; id: Id }> = []
  let refuseApproval = false
  let refuseSubmission = false

  const auth = (who: keyof typeof tokens) => ({ Authorization: `JWT ${tokens[who]}` })
  const postOf = async (id: Id) => (await payload.findByID({ collection: 'posts' as never, id, depth: 0 })) as unknown as Post

  beforeAll(async () => {
    instance = await createStandalonePayload(
      adapter,
      broadcastDevConfig({
        alerts: {
          collection: 'posts' as never,
          submit: async ({ id }) => {
            if (refuseSubmission) throw new APIError('Host review refuses the submission', 403, undefined, true)
            steps.push({ step: 'submit', id })
          },
          approveAndPublish: async ({ id }) => {
            if (refuseApproval) throw new APIError('Host review refuses', 403, undefined, true)
            steps.push({ step: 'approveAndPublish', id })
          },
        },
      }),
    )
    payload = instance.payload
    api = standaloneApi(payload, `standalone:${instance.databaseUri}`)
    for (const who of ['issuer', 'approver'] as const) {
      await payload.create({ collection: 'users', data: { email: `${who}@example.vn`, password: 'mat-khau-dai-du-0123', name: who } as never })
      tokens[who] = await api.login(`${who}@example.vn`, 'mat-khau-dai-du-0123')
    }
  })
  afterAll(async () => {
    await instance?.cleanup()
  })

  const fireTemplate = async () => {
    const { docs } = await payload.find({ collection: 'alert-templates' as never, where: { hazard: { equals: 'fire' } }, limit: 1 })
    return docs[0] as unknown as { id: Id }
  }

  it('seeds the four templates once, and makes an alert from one in the issuer’s name, then submits it', async () => {
    expect((await payload.count({ collection: 'alert-templates' as never })).totalDocs).toBe(4)
    const template = await fireTemplate()
    const issued = await api.post(
      '/api/alerts/issue',
      { template: template.id, values: { diaDiem: 'chợ Vườn Hoa, phường Hạc Thành', dienThoai: '0237 3852 114' }, areas: ['14797'] },
      auth('issuer'),
    )
    expect(issued.status).toBe(201)
    const post = await postOf(issued.body.id)
    expect(post.title).toBe('Khẩn cấp: cháy tại chợ Vườn Hoa, phường Hạc Thành')
    // The optional "huongDan" left empty leaves no gap in what is read out.
    expect(post.bulletin.script).toContain('không tụ tập tại hiện trường. Báo cháy, gọi 114 hoặc 0237 3852 114.')
    expect(post.bulletin.priority).toBe('emergency')
    expect(steps).toEqual([{ step: 'submit', id: issued.body.id }])
  })

  it('refuses the issuer, lets a host refusal leave nothing written, then approves once', async () => {
    const template = await fireTemplate()
    const issued = await api.post('/api/alerts/issue', { template: template.id, values: { diaDiem: 'xã Quảng Phú', dienThoai: '0237 3852 114' } }, auth('issuer'))
    const id = issued.body.id as Id
    steps.length = 0

    const own = await api.post(`/api/alerts/${id}/approve`, {}, auth('issuer'))
    expect(own.status).toBe(403)
    refuseApproval = true
    const refused = await api.post(`/api/alerts/${id}/approve`, {}, auth('approver'))
    refuseApproval = false
    expect(refused.status).toBe(403)
    expect((await postOf(id)).bulletin.alert?.approvedAt ?? null).toBeNull()
    expect(steps).toEqual([])

    expect((await api.post(`/api/alerts/${id}/approve`, {}, auth('approver'))).status).toBe(200)
    expect((await postOf(id)).bulletin.alert?.approvedAt).toBeTruthy()
    expect(steps).toEqual([{ step: 'approveAndPublish', id }])
    expect((await api.post(`/api/alerts/${id}/approve`, {}, auth('approver'))).status).toBe(409)
  })

  it('leaves no half-issued alert when the host refuses to put it into review', async () => {
    const before = (await payload.count({ collection: 'posts' as never })).totalDocs
    refuseSubmission = true
    const refused = await api.post('/api/alerts/issue', { template: (await fireTemplate()).id, values: { diaDiem: 'xã Hoằng Hoá', dienThoai: '114' } }, auth('issuer'))
    refuseSubmission = false
    expect(refused.status).toBe(403)
    expect((await payload.count({ collection: 'posts' as never })).totalDocs).toBe(before)
  })

  it('never lets the API write the alert record', async () => {
    const created = await api.post(
      '/api/posts',
      { title: 'Tin giả khẩn cấp', bulletin: { script: 'Không phải cảnh báo.', alert: { template: (await fireTemplate()).id, approvedAt: new Date().toISOString() } } },
      auth('issuer'),
    )
    expect(created.status).toBe(201)
    expect((await postOf(created.body.doc.id)).bulletin.alert?.approvedAt ?? null).toBeNull()
    const pending = await api.get('/api/alerts/pending', auth('approver'))
    expect(pending.body.docs.map((doc: { title: string }) => doc.title)).not.toContain('Tin giả khẩn cấp')
  })
})
