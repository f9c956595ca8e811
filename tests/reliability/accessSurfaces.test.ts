/**
 * Every surface, every role: for anonymous, an admin, the campaign's manager, editor and
 * reviewer, and an editor from outside the campaign, no draft or not-yet-approved text,
 * no registrant's personal data (name, e-mail, phone, cancel token) and no channel
 * credential (secret, username, application password, recipients) is readable where it
 * should not be — REST (drafts asked for), GraphQL, feeds, ICS, insights, registrations,
 * deliveries, channels and review events. Marker strings make a leak visible in any answer.
 */
import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { lexicalFromParagraphs } from '../../src/lib/lexical.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createDraft, createPublished, createUser, TEST_PASSWORD, writeAsWorkflow } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { newWebhookSecret } from '../helpers/webhookReceiver.js'

type Id = number | string
type Actor = 'anonymous' | 'admin' | 'manager' | 'editor' | 'reviewer' | 'outsider'
const ACTORS: Actor[] = ['anonymous', 'admin', 'manager', 'editor', 'reviewer', 'outsider']

const MARK = {
  draftTitle: 'BANNHAP-CHUA-DUYET-7731',
  draftBody: 'NOIDUNG-NHAP-4410',
  unapprovedEdit: 'SUACHUA-CHUA-DUYET-5512',
  draftWorkshop: 'HOITHAO-NHAP-9902',
  registrantName: 'Nguyễn Thị Riêngtư',
  registrantEmail: 'rieng.tu.8823@example.vn',
  registrantPhone: '0912880031',
  webhookSecret: newWebhookSecret(),
  wpUser: 'wp-user-bimat-61',
  wpPassword: 'abcd EFGH ijkl MNOP qrst UVWX',
  recipient: 'hop-thu-bimat-52@example.vn',
}

describe.each(adaptersUnderTest())('access on every surface on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  const tokens: Partial<Record<Actor, string>> = {}
  let campaign: { id: Id; slug?: string }
  let published: Id
  let draft: Id
  let workshop: Id
  let draftWorkshop: Id
  let registration: Id
  let cancelToken: string
  let webhookChannel: Id
  /** Every answer each actor got, by surface. */
  const seen = {} as Record<Actor, Record<string, string>>

  const surfaces = (): Array<[string, string]> => [
    ['rest reports list (drafts)', '/api/reports?draft=true&limit=100&depth=1'],
    ['rest draft report', `/api/reports/${draft}?draft=true&depth=1`],
    ['rest published report (draft)', `/api/reports/${published}?draft=true&depth=1`],
    ['rest report versions', `/api/reports/versions?limit=100`],
    ['rest workshops list (drafts)', '/api/workshops?draft=true&limit=100&depth=1'],
    ['rest draft workshop', `/api/workshops/${draftWorkshop}?draft=true`],
    ['rss channel feed', '/api/feeds/cong-rss/rss.xml'],
    ['json channel feed', '/api/feeds/cong-rss/feed.json'],
    ['campaign feed', `/api/feeds/campaigns/${campaign.slug}/atom.xml`],
    ['workshops ics', '/api/feeds/workshops.ics'],
    ['workshop ics', `/api/workshops/${workshop}/ics`],
    ['draft workshop ics', `/api/workshops/${draftWorkshop}/ics`],
    ['insights', `/api/campaigns/${campaign.id}/insights`],
    ['registrations list', '/api/registrations?limit=100&depth=2'],
    ['registration', `/api/registrations/${registration}?depth=2`],
    ['registrations summary', `/api/workshops/${workshop}/registrations-summary`],
    ['registrations csv', `/api/workshops/${workshop}/registrations.csv`],
    ['deliveries list', '/api/deliveries?limit=100&depth=2'],
    ['channels list', '/api/channels?limit=100&depth=1'],
    ['webhook channel', `/api/channels/${webhookChannel}`],
    ['review events', '/api/review-events?limit=100&depth=2'],
  ]

  const graphqlQueries = (): Array<[string, string]> => [
    ['graphql reports (drafts)', '{ Reports(draft: true, limit: 100) { docs { id title summary _status } } }'],
    ['graphql draft report', `{ Report(id: ${JSON.stringify(draft)}, draft: true) { id title summary } }`],
    ['graphql workshops (drafts)', '{ Workshops(draft: true, limit: 100) { docs { id title } } }'],
    ['graphql registrations', '{ Registrations(limit: 100) { docs { id fullName email phone } } }'],
    ['graphql channels', '{ Channels(limit: 100) { docs { id slug endpoint hasSecret } } }'],
    ['graphql channel secrets', '{ Channels(limit: 100) { docs { secret username applicationPassword recipients } } }'],
    ['graphql deliveries', '{ Deliveries(limit: 100) { docs { id webhookId status } } }'],
  ]

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    const { payload } = ctx
    const admin = await createUser(payload, 'admin@surfaces.vn', ['admin'])
    const manager = await createUser(payload, 'manager@surfaces.vn', ['manager'])
    const editor = await createUser(payload, 'editor@surfaces.vn', ['editor'])
    const reviewer = await createUser(payload, 'reviewer@surfaces.vn', ['reviewer'])
    await createUser(payload, 'outsider@surfaces.vn', ['editor'])
    campaign = (await createCampaign(payload, {
      code: 'SURF',
      members: [
        { user: manager.id, role: 'manager' },
        { user: editor.id, role: 'editor' },
        { user: reviewer.id, role: 'reviewer' },
      ],
    })) as unknown as { id: Id; slug?: string }
    // An outsider's own campaign, so they are a real editor somewhere else.
    const outsider = (await payload.find({ collection: 'users', where: { email: { equals: 'outsider@surfaces.vn' } } })).docs[0]!
    await createCampaign(payload, { code: 'OTHER', members: [{ user: outsider.id, role: 'editor' }] })

    // Channels with credentials, before anything is published, so deliveries are written.
    await payload.create({
      collection: 'channels' as never,
      overrideAccess: true,
      data: { name: 'Cổng RSS', slug: 'cong-rss', kind: 'feed', contentTypes: ['reports', 'workshops'], enabled: true } as never,
    })
    webhookChannel = (
      (await payload.create({
        collection: 'channels' as never,
        overrideAccess: true,
        data: {
          name: 'Cổng tỉnh',
          slug: 'cong-tinh',
          kind: 'webhook',
          endpoint: 'http://127.0.0.1:9/hook',
          secret: MARK.webhookSecret,
          contentTypes: ['reports'],
          enabled: true,
        } as never,
      })) as unknown as { id: Id }
    ).id
    await payload.create({
      collection: 'channels' as never,
      overrideAccess: true,
      data: {
        name: 'WordPress huyện',
        slug: 'wp-huyen',
        kind: 'wordpress',
        endpoint: 'http://127.0.0.1:9/',
        username: MARK.wpUser,
        applicationPassword: MARK.wpPassword,
        contentTypes: ['reports'],
        enabled: false,
      } as never,
    })
    await payload.create({
      collection: 'channels' as never,
      overrideAccess: true,
      data: { name: 'Thư tin', slug: 'thu-tin', kind: 'email', recipients: MARK.recipient, contentTypes: ['reports'], enabled: false } as never,
    })

    // A report published through the review workflow, then edited into a draft not yet approved.
    const report = await createDraft(payload, 'reports', { campaign: campaign.id, title: 'Bản tin đã công bố về dịch vụ công' })
    published = report.id
    await writeAsWorkflow(payload, 'reports', published, { _status: 'published' })
    await payload.update({
      collection: 'reports',
      id: published,
      draft: true,
      overrideAccess: true,
      data: { title: MARK.unapprovedEdit, _status: 'draft' } as never,
    })
    draft = (await createDraft(payload, 'reports', { campaign: campaign.id, title: MARK.draftTitle, body: lexicalFromParagraphs([MARK.draftBody]) })).id

    workshop = (await createPublished(payload, 'workshops', { campaign: campaign.id, title: 'Hội thảo kỹ năng số cho người dân' })).id
    draftWorkshop = (await createDraft(payload, 'workshops', { campaign: campaign.id, title: MARK.draftWorkshop })).id

    const registered = await api.post(`/api/workshops/${workshop}/register`, {
      fullName: MARK.registrantName,
      email: MARK.registrantEmail,
      phone: MARK.registrantPhone,
    })
    expect(registered.status).toBeLessThan(300)
    const rows = await payload.find({ collection: 'registrations' as never, overrideAccess: true, depth: 0 })
    registration = (rows.docs[0] as unknown as { id: Id }).id
    const raw = (await payload.db.findOne({ collection: 'registrations', where: { id: { equals: registration } } })) as { cancelToken?: string } | null
    cancelToken = raw?.cancelToken ?? ''
    expect(cancelToken.length).toBeGreaterThan(10)
    campaign = (await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 })) as unknown as { id: Id; slug?: string }

    tokens.admin = await api.login('admin@surfaces.vn', TEST_PASSWORD)
    tokens.manager = await api.login('manager@surfaces.vn', TEST_PASSWORD)
    tokens.editor = await api.login('editor@surfaces.vn', TEST_PASSWORD)
    tokens.reviewer = await api.login('reviewer@surfaces.vn', TEST_PASSWORD)
    tokens.outsider = await api.login('outsider@surfaces.vn', TEST_PASSWORD)

    for (const actor of ACTORS) {
      seen[actor] = {}
      for (const [name, path] of surfaces()) {
        const response = await api.get(path, { token: tokens[actor] })
        expect({ surface: name, actor, status: response.status }).toEqual({ surface: name, actor, status: expect.any(Number) })
        expect({ surface: name, actor, isServerError: response.status >= 500 }).toEqual({ surface: name, actor, isServerError: false })
        seen[actor][name] = `${response.status} ${response.text}`
      }
      for (const [name, query] of graphqlQueries()) seen[actor][name] = JSON.stringify(await api.graphql(query, { token: tokens[actor] }))
    }
  }, 170_000)

  afterAll(async () => {
    await ctx?.cleanup()
  })

  const leaks = (actor: Actor, markers: string[], where: (surface: string) => boolean = () => true) =>
    Object.entries(seen[actor])
      .filter(([surface]) => where(surface))
      .flatMap(([surface, text]) => markers.filter((marker) => text.includes(marker)).map((marker) => `${surface}: ${marker}`))

  it('never shows a channel credential to anyone, anywhere', () => {
    const credentials = [MARK.webhookSecret, MARK.wpUser, MARK.wpPassword, MARK.recipient]
    for (const actor of ACTORS) expect({ actor, leaks: leaks(actor, credentials) }).toEqual({ actor, leaks: [] })
    // The admin does see the channels, and that their credentials are set.
    expect(seen.admin['webhook channel']).toContain('"hasSecret":true')
  })

  it('never shows a registrant’s cancel token, and their name, e-mail and phone only to admins and the campaign’s manager', () => {
    const personal = [MARK.registrantName, MARK.registrantEmail, MARK.registrantPhone]
    for (const actor of ACTORS) {
      expect({ actor, leaks: leaks(actor, [cancelToken]) }).toEqual({ actor, leaks: [] })
      if (actor === 'admin' || actor === 'manager') continue
      expect({ actor, leaks: leaks(actor, personal) }).toEqual({ actor, leaks: [] })
    }
    for (const actor of ['admin', 'manager'] as const) {
      expect(seen[actor]['registrations summary']).toContain(MARK.registrantEmail)
      // Insights count registrations; they never list who registered.
      expect({ actor, leaks: leaks(actor, personal, (surface) => surface === 'insights') }).toEqual({ actor, leaks: [] })
    }
  })

  it('never shows drafts or unapproved edits to the public, to outsiders, or in feeds and calendars', () => {
    const unpublished = [MARK.draftTitle, MARK.draftBody, MARK.unapprovedEdit, MARK.draftWorkshop]
    for (const actor of ['anonymous', 'outsider'] as const) expect({ actor, leaks: leaks(actor, unpublished) }).toEqual({ actor, leaks: [] })
    const isPublicOutput = (surface: string) => /feed|ics/.test(surface)
    for (const actor of ACTORS) expect({ actor, leaks: leaks(actor, unpublished, isPublicOutput) }).toEqual({ actor, leaks: [] })
    // The published words are what the public gets, and the campaign's people see their drafts.
    expect(seen.anonymous['rss channel feed']).toContain('Bản tin đã công bố về dịch vụ công')
    expect(seen.anonymous['workshops ics']).toContain('Hội thảo kỹ năng số cho người dân')
    for (const actor of ['admin', 'editor'] as const) expect(seen[actor]['rest draft report']).toContain(MARK.draftTitle)
    // The campaign's editor, manager and reviewer read the version history of its items (it was a 500).
    for (const actor of ['editor', 'manager', 'reviewer'] as const) {
      expect(seen[actor]['rest report versions']).toMatch(/^200 /)
      expect(seen[actor]['rest report versions']).toContain(MARK.unapprovedEdit)
    }
  })

  it('keeps deliveries, insights and review events from the public and from outsiders', () => {
    for (const actor of ['anonymous', 'outsider'] as const) {
      expect(seen[actor]['deliveries list']).not.toContain('webhookId')
      expect(seen[actor]['insights']).toMatch(/^40[134]/)
      expect(seen[actor]['registrations summary']).toMatch(/^40[134]/)
    }
    expect(seen.anonymous['channels list']).toMatch(/^40[13]/)
    expect(seen.admin['deliveries list']).toContain('webhookId')
  })
})
