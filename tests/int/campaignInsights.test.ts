/**
 * Campaign insights against a campaign whose every figure is known in advance: the JSON of
 * /insights, the DOCX (its XML read back) and the XLSX (read back with exceljs) must all say
 * the same numbers; an empty campaign says zero everywhere; outsiders get 403.
 */
import type { Payload } from 'payload'

import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { createLocalReq, handleEndpoints } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { GroupQuery } from '@loa/plugin-campaign-insights'
import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { InsightsView } from '@loa/plugin-campaign-insights/rsc'
import { CAMPAIGN_INSIGHTS_DEFAULTS as DEFAULTS, firstFieldPath, groupCount, walkGroupCount } from '@loa/plugin-campaign-insights'
import { localIsoWeekKey, localWeekStartsBetween } from '@loa/helpers'
import { DEMO_SEED_CONTEXT } from '../../src/seed/context.js'
import { DEMO_PASSWORD } from '../../src/seed/demoContent.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string
type Item = { collection: 'features' | 'reports' | 'workshops'; id: Id; title: string }

const local = (wallTime: string) => new Date(`${wallTime}+07:00`).toISOString()

/** The figures the test campaign is built to produce over its own period (Oct–Dec 2024). */
const EXPECTED = {
  published: { reports: 3, features: 1, workshops: 3, total: 7 },
  kpis: [
    ['Tin bài được xuất bản', 'tin bài', 10, 7, 70],
    ['Phóng sự, tin bài', 'tin bài', 4, 3, 75],
    ['Lượt đăng lên cổng thành công', 'lượt', 8, 4, 50],
    ['Cổng thông tin nhận bài', 'cổng', 3, 2, 66.7],
    ['Hội thảo, tập huấn đã tổ chức', 'buổi', 2, 2, 100],
    ['Lượt đăng ký tham dự', 'người', 10, 9, 90],
    ['Người tham dự', 'người', 5, 4, 80],
    ['Cán bộ được phổ biến trực tiếp', 'người', 1000, 500, 50],
    ['Tin bài từ 08/10 đến hết tháng 10', 'tin bài', 8, 4, 50],
  ] as Array<[string, string, number, number, number]>,
}

/** Every paragraph's text and every table row's cells, read from word/document.xml. */
const readDocx = async (bytes: ArrayBuffer) => {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')!.async('string')
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
  const textOf = (fragment: string) => decode([...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
  const paragraphs = [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]))
  const rows = [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])))
  return { paragraphs, rows }
}

const readXlsx = async (bytes: ArrayBuffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes)
  const sheet = (name: string) => {
    const found = workbook.getWorksheet(name)
    if (!found) throw new Error(`no sheet ${name}`)
    const rows: unknown[][] = []
    found.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    return rows
  }
  return { sheet, names: workbook.worksheets.map((w) => w.name) }
}

describe.each(adaptersUnderTest())('campaign insights on %s', (adapter) => {
  let ctx: TestPayload
  let payload: Payload
  let api: Api
  let campaignId: Id
  let emptyCampaignId: Id
  const tokens: Record<string, string> = {}
  const items: Record<string, Item> = {}
  const users: Record<string, Id> = {}

  const download = async (path: string, token?: string) => {
    const response = await handleEndpoints({
      config: payload.config,
      payloadInstanceCacheKey: ctx.databaseUri,
      request: new Request(`http://localhost:3000${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {}, method: 'GET' }),
    })
    return { status: response.status, type: response.headers.get('content-type'), bytes: await response.arrayBuffer() }
  }

  const hasCollection = (slug: string) => Boolean((payload.collections as Record<string, unknown>)[slug])

  /** Sets a stored date without hooks, so the test controls when things happened. */
  const backdate = async (collection: string, id: Id, path: string, iso: string) => {
    const [head, ...rest] = path.split('.')
    let data: Record<string, unknown> = { [head]: iso }
    if (rest.length) {
      const doc = (await payload.findByID({ collection: collection as 'reports', id, depth: 0 })) as unknown as Record<string, Record<string, unknown>>
      data = { [head]: { ...doc[head], [rest.join('.')]: iso } }
    }
    await payload.db.updateOne({ collection: collection as 'reports', id, data })
  }

  const publish = async (key: string, collection: Item['collection'], fields: Record<string, unknown>, publishedAt: string | null) => {
    const doc = await payload.create({
      collection,
      data: { campaign: campaignId, _status: publishedAt ? 'published' : 'draft', ...fields } as never,
      draft: !publishedAt,
      context: { [DEMO_SEED_CONTEXT]: true },
    })
    if (publishedAt) {
      const path = firstFieldPath(payload, collection, DEFAULTS.publishedAtPaths) ?? 'createdAt'
      await backdate(collection, doc.id, path, publishedAt)
    }
    items[key] = { collection, id: doc.id, title: String(fields.title) }
    return doc
  }

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    payload = ctx.payload
    api = createApi(payload, ctx.databaseUri)
    await seedDemoContent(payload, () => undefined)
    for (const email of ['admin@loa.local', 'manager@loa.local', 'editor@loa.local', 'reviewer@loa.local']) {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
      users[email] = docs[0].id
    }
    const outsider = await payload.create({
      collection: 'users',
      data: { email: 'outsider@loa.local', password: DEMO_PASSWORD, displayName: 'Biên tập viên ngoài', roles: ['editor'] },
    })
    users['outsider@loa.local'] = outsider.id

    const campaign = await payload.create({
      collection: 'campaigns',
      data: {
        name: 'Chiến dịch kiểm thử số liệu',
        code: 'CI-TEST-2024',
        status: 'active',
        period: { start: local('2024-10-01T00:00:00'), end: local('2024-12-31T23:59:00') },
        members: [
          { user: users['manager@loa.local'], role: 'manager' },
          { user: users['reviewer@loa.local'], role: 'reviewer' },
          { user: users['editor@loa.local'], role: 'editor' },
        ],
        approvalPolicy: { requiredApprovals: 1 },
        kpis: [
          { metric: 'publishedItems', label: 'Tin bài được xuất bản', target: 10, unit: 'tin bài' },
          { metric: 'publishedItems', label: 'Phóng sự, tin bài', target: 4, unit: 'tin bài', contentTypes: ['reports'] },
          { metric: 'deliveriesSucceeded', label: 'Lượt đăng lên cổng thành công', target: 8, unit: 'lượt' },
          { metric: 'portalsReached', label: 'Cổng thông tin nhận bài', target: 3, unit: 'cổng' },
          { metric: 'workshopsHeld', label: 'Hội thảo, tập huấn đã tổ chức', target: 2, unit: 'buổi' },
          { metric: 'registrations', label: 'Lượt đăng ký tham dự', target: 10, unit: 'người' },
          { metric: 'attendance', label: 'Người tham dự', target: 5, unit: 'người' },
          { metric: 'manual', label: 'Cán bộ được phổ biến trực tiếp', target: 1000, unit: 'người' },
          {
            metric: 'publishedItems',
            label: 'Tin bài từ 08/10 đến hết tháng 10',
            target: 8,
            unit: 'tin bài',
            periodStart: local('2024-10-08T00:00:00'),
            periodEnd: local('2024-10-31T00:00:00'),
          },
        ],
      } as never,
    })
    campaignId = campaign.id
    const empty = await payload.create({
      collection: 'campaigns',
      data: {
        name: 'Chiến dịch chưa có số liệu',
        code: 'CI-EMPTY-2024',
        status: 'planned',
        period: { start: local('2024-10-01T00:00:00'), end: local('2024-12-31T23:59:00') },
        members: [{ user: users['manager@loa.local'], role: 'manager' }],
      } as never,
    })
    emptyCampaignId = empty.id

    for (const email of ['admin@loa.local', 'manager@loa.local', 'editor@loa.local', 'reviewer@loa.local', 'outsider@loa.local']) {
      tokens[email] = await api.login(email, DEMO_PASSWORD)
    }

    // Week 40 (30/09–06/10) and week 41 (07/10–13/10), with moments on both sides of local midnight.
    await publish('r1', 'reports', { title: 'Chuyển đổi số ở xã Quảng Phú', kind: 'news' }, local('2024-10-02T09:00:00'))
    await publish('r2', 'reports', { title: 'Dịch vụ công trực tuyến ở Thọ Xuân', kind: 'news' }, local('2024-10-09T10:00:00'))
    await publish('r3', 'reports', { title: 'Chợ quê quét mã QR', kind: 'photo' }, local('2024-10-13T23:30:00'))
    await publish('r4', 'reports', { title: 'Bản nháp chưa xuất bản', kind: 'news' }, null)
    await publish('r5', 'reports', { title: 'Tin bài năm sau', kind: 'news' }, local('2025-01-05T08:00:00'))
    // 00:30 on Monday 7 October in Hà Nội is still Sunday 6 October in UTC: it belongs to week 41.
    await publish('f1', 'features', { title: 'Hiểu đúng về chính quyền số', column: 'Hỏi và đáp' }, local('2024-10-07T00:30:00'))
    const workshop = (title: string, startsAt: string, capacity: number) => ({
      title,
      kind: 'training',
      startsAt: local(startsAt),
      endsAt: new Date(new Date(local(startsAt)).getTime() + 4 * 3_600_000).toISOString(),
      venue: 'Hội trường tỉnh Thanh Hoá',
      capacity,
    })
    await publish('w1', 'workshops', workshop('Tập huấn chữ ký số', '2024-10-20T08:00:00', 10), local('2024-10-03T08:00:00'))
    await publish('w2', 'workshops', workshop('Hội thảo thương mại điện tử', '2024-11-15T14:00:00', 2), local('2024-10-10T08:00:00'))
    await publish('w3', 'workshops', workshop('Tập huấn kỹ năng số năm 2027', '2027-03-01T08:00:00', 50), local('2024-10-11T08:00:00'))

    // Manual values entered by the campaign manager through the REST API.
    const { body: current } = await api.get(`/api/campaigns/${campaignId}?depth=0`, { token: tokens['manager@loa.local'] })
    const kpis = current.kpis.map((kpi: { metric: string }) =>
      kpi.metric === 'manual'
        ? {
            ...kpi,
            manualValues: [
              { value: 300, at: local('2024-10-10T00:00:00'), note: 'Hội nghị huyện Thọ Xuân' },
              { value: 200, at: local('2024-11-05T00:00:00'), note: 'Hội nghị huyện Hoằng Hoá' },
              { value: 999, at: local('2025-02-01T00:00:00'), note: 'Sau kỳ báo cáo' },
            ],
          }
        : kpi,
    )
    const patched = await api.patch(`/api/campaigns/${campaignId}`, { kpis }, { token: tokens['manager@loa.local'] })
    expect(patched.status).toBe(200)

    if (hasCollection('channels') && hasCollection('deliveries')) {
      const channel = async (name: string, slug: string): Promise<Id> => {
        const created = (await payload.create({
          collection: 'channels' as never,
          data: { name, slug, kind: 'feed', enabled: true, contentTypes: ['reports', 'features', 'workshops'] } as never,
        })) as unknown as { id: Id }
        return created.id
      }
      const a = await channel('Cổng TTĐT tỉnh Thanh Hoá', 'cong-tinh')
      const b = await channel('Báo Thanh Hoá', 'bao-thanh-hoa')
      await channel('Cổng TTĐT huyện Thọ Xuân', 'cong-tho-xuan')
      const c = await channel('Cổng TTĐT huyện Hoằng Hoá', 'cong-hoang-hoa')
      let deliveryCount = 0
      const delivery = async (key: string, channelId: Id, action: string, status: string, at: string) => {
        const item = items[key]
        const doc = await payload.create({
          collection: 'deliveries' as never,
          data: {
            item: { relationTo: item.collection, value: item.id },
            itemKey: `${item.collection}:${item.id}`,
            campaign: campaignId,
            channel: channelId,
            action,
            status,
            webhookId: `msg_insights_${(deliveryCount += 1)}`,
          } as never,
        })
        await backdate('deliveries', (doc as { id: Id }).id, 'createdAt', at)
      }
      await delivery('r1', a, 'publish', 'delivered', local('2024-10-02T09:00:01'))
      await delivery('r1', b, 'publish', 'delivered', local('2024-10-02T09:00:01'))
      await delivery('w1', b, 'publish', 'delivered', local('2024-10-03T08:00:01'))
      await delivery('r2', a, 'publish', 'delivered', local('2024-10-09T10:00:01'))
      await delivery('r2', b, 'publish', 'pending', local('2024-10-09T10:00:01'))
      await delivery('r1', a, 'update', 'delivered', local('2024-10-09T11:00:00'))
      await delivery('r3', a, 'publish', 'failed', local('2024-10-13T23:30:01'))
      await delivery('f1', c, 'publish', 'dead', local('2024-10-07T00:30:01'))
      await delivery('r5', a, 'publish', 'delivered', local('2025-01-05T08:00:01'))
    }

    if (hasCollection('registrations')) {
      const register = async (key: string, index: number, status: string) => {
        await payload.create({
          collection: 'registrations' as never,
          data: {
            workshop: items[key].id,
            campaign: campaignId,
            fullName: `Học viên ${key}-${index}`,
            name: `Học viên ${key}-${index}`,
            email: `hoc-vien-${key}-${index}@example.vn`,
            organisation: 'UBND xã',
            status,
          } as never,
        })
      }
      const plan: Array<[string, string, number]> = [
        ['w1', 'attended', 4],
        ['w1', 'confirmed', 3],
        ['w1', 'cancelled', 1],
        ['w2', 'confirmed', 2],
        ['w2', 'waitlisted', 1],
      ]
      let index = 0
      for (const [key, status, count] of plan) for (let n = 0; n < count; n += 1) await register(key, (index += 1), status)
    }
  })

  afterAll(async () => {
    await ctx?.cleanup()
  })

  const hasDeliveries = () => hasCollection('deliveries')
  const hasRegistrations = () => hasCollection('registrations')

  /** The expected KPI rows, with the parts another plugin has not brought yet at zero. */
  const expectedKpis = () =>
    EXPECTED.kpis.map(([label, unit, target, actual, percent]) => {
      const isDelivery = label.startsWith('Lượt đăng lên') || label.startsWith('Cổng')
      const isRegistration = label.startsWith('Lượt đăng ký') || label.startsWith('Người tham dự')
      const isMissing = (isDelivery && !hasDeliveries()) || (isRegistration && !hasRegistrations())
      return { label, unit, target, actual: isMissing ? 0 : actual, percent: isMissing ? 0 : percent }
    })

  it('gives each KPI its target, actual and percentage over the campaign period', async () => {
    const response = await api.get(`/api/campaigns/${campaignId}/insights`, { token: tokens['manager@loa.local'] })
    expect(response.status).toBe(200)
    expect(response.body.window).toEqual({ from: '2024-09-30T17:00:00.000Z', to: '2024-12-31T17:00:00.000Z' })
    expect(response.body.kpis.map(({ label, unit, target, actual, percent }: Record<string, unknown>) => ({ label, unit, target, actual, percent }))).toEqual(
      expectedKpis(),
    )
  })

  it('keeps who entered a manual value and when', async () => {
    const response = await api.get(`/api/campaigns/${campaignId}/insights`, { token: tokens['reviewer@loa.local'] })
    const manual = response.body.kpis.find((kpi: { metric: string }) => kpi.metric === 'manual')
    expect(manual.lastEntry.by).toBe('Lê Thị Quản Lý')
    expect(new Date(manual.lastEntry.enteredAt).getTime()).toBeGreaterThan(new Date('2025-01-01').getTime())
    const { docs } = await payload.find({ collection: 'campaigns', where: { id: { equals: campaignId } }, depth: 0 })
    const entries = (docs[0] as unknown as { kpis: Array<{ manualValues?: Array<{ enteredBy: Id; value: number }> }> }).kpis.flatMap(
      (kpi) => kpi.manualValues ?? [],
    )
    expect(entries.map((entry) => [entry.value, entry.enteredBy])).toEqual([
      [300, users['manager@loa.local']],
      [200, users['manager@loa.local']],
      [999, users['manager@loa.local']],
    ])
  })

  it('counts published items by type and by local week, Monday to Sunday in GMT+7', async () => {
    const { body } = await api.get(`/api/campaigns/${campaignId}/insights`, { token: tokens['admin@loa.local'] })
    expect(body.published.byType).toEqual({ reports: 3, features: 1, workshops: 3 })
    expect(body.published.total).toBe(EXPECTED.published.total)
    const weeks = Object.fromEntries(body.published.weeks.map((week: { week: string }) => [week.week, week]))
    expect(body.published.weeks).toHaveLength(14)
    expect(weeks['2024-W40']).toMatchObject({ label: 'Tuần 40 (30/09 – 06/10/2024)', byType: { reports: 1, workshops: 1 }, total: 2 })
    expect(weeks['2024-W41']).toMatchObject({ byType: { reports: 2, features: 1, workshops: 2 }, total: 5 })
    expect(weeks['2024-W42'].total).toBe(0)
    const names = Object.fromEntries(body.published.channels.map((channel: { id: string; name: string }) => [channel.id, channel.name]))
    const byChannelName = (week: { byChannel: Record<string, number> }) =>
      Object.fromEntries(Object.entries(week.byChannel).map(([id, count]) => [names[id], count]))
    expect(byChannelName(weeks['2024-W40'])).toEqual(hasDeliveries() ? { 'Cổng TTĐT tỉnh Thanh Hoá': 1, 'Báo Thanh Hoá': 2 } : {})
    expect(byChannelName(weeks['2024-W41'])).toEqual(hasDeliveries() ? { 'Cổng TTĐT tỉnh Thanh Hoá': 1 } : {})
  })

  it('reports delivery outcomes and the success rate of settled deliveries', async () => {
    const { body } = await api.get(`/api/campaigns/${campaignId}/insights`, { token: tokens['admin@loa.local'] })
    expect(body.deliveries).toEqual(
      hasDeliveries()
        ? { total: 8, delivered: 5, failed: 1, dead: 1, pending: 1, successRate: 71.4 }
        : { total: 0, delivered: 0, failed: 0, dead: 0, pending: 0, successRate: 0 },
    )
  })

  it('reports workshops with their registrations, fill rate and attendance', async () => {
    const { body } = await api.get(`/api/campaigns/${campaignId}/insights`, { token: tokens['admin@loa.local'] })
    const r = hasRegistrations()
    expect(body.workshops).toMatchObject({
      count: 2,
      held: 2,
      capacity: 12,
      registered: r ? 9 : 0,
      waitlisted: r ? 1 : 0,
      attended: r ? 4 : 0,
      fillRate: r ? 75 : 0,
      attendanceRate: r ? 44.4 : 0,
    })
    expect(
      body.workshops.lines.map((line: Record<string, unknown>) => [line.title, line.capacity, line.confirmed, line.waitlisted, line.attended, line.cancelled]),
    ).toEqual([
      ['Tập huấn chữ ký số', 10, r ? 3 : 0, 0, r ? 4 : 0, r ? 1 : 0],
      ['Hội thảo thương mại điện tử', 2, r ? 2 : 0, r ? 1 : 0, 0, 0],
    ])
    expect(body.upcoming.workshops.map((workshop: { title: string }) => workshop.title)).toEqual(['Tập huấn kỹ năng số năm 2027'])
  })

  it('narrows every figure to the requested period', async () => {
    const { body, status } = await api.get(`/api/campaigns/${campaignId}/insights?from=2024-10-07&to=2024-10-13`, { token: tokens['manager@loa.local'] })
    expect(status).toBe(200)
    expect(body.window).toEqual({ from: '2024-10-06T17:00:00.000Z', to: '2024-10-13T17:00:00.000Z' })
    expect(body.published.byType).toEqual({ reports: 2, features: 1, workshops: 2 })
    expect(body.published.weeks.map((week: { week: string }) => week.week)).toEqual(['2024-W41'])
    const manual = body.kpis.find((kpi: { metric: string }) => kpi.metric === 'manual')
    expect([manual.actual, manual.percent]).toEqual([300, 30])
    expect(body.workshops.count).toBe(0)
  })

  it('prints the same figures in the Word report, in Vietnamese', async () => {
    const response = await download(`/api/campaigns/${campaignId}/report.docx`, tokens['manager@loa.local'])
    expect(response.status).toBe(200)
    expect(response.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const { paragraphs, rows } = await readDocx(response.bytes)
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'BÁO CÁO KẾT QUẢ',
        'Chiến dịch: Chiến dịch kiểm thử số liệu',
        'Kỳ báo cáo: Từ ngày 01/10/2024 đến ngày 31/12/2024',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      ]),
    )
    const kpiRows = rows.filter((row) => row.length === 6 && /^\d+$/.test(row[0]))
    expect(kpiRows).toEqual(
      expectedKpis().map((kpi, index) => [
        String(index + 1),
        kpi.label,
        kpi.unit,
        kpi.target.toLocaleString('vi-VN'),
        kpi.actual.toLocaleString('vi-VN'),
        kpi.percent.toLocaleString('vi-VN'),
      ]),
    )
    const itemRows = rows.filter((row) => row.length === 5 && /^\d+$/.test(row[0]))
    const d = hasDeliveries()
    expect(itemRows).toEqual([
      ['1', 'Chuyển đổi số ở xã Quảng Phú', 'Phóng sự / tin bài', '02/10/2024', d ? 'Báo Thanh Hoá; Cổng TTĐT tỉnh Thanh Hoá' : ''],
      ['2', 'Tập huấn chữ ký số', 'Hội thảo / tập huấn', '03/10/2024', d ? 'Báo Thanh Hoá' : ''],
      ['3', 'Hiểu đúng về chính quyền số', 'Chuyên mục', '07/10/2024', ''],
      ['4', 'Dịch vụ công trực tuyến ở Thọ Xuân', 'Phóng sự / tin bài', '09/10/2024', d ? 'Cổng TTĐT tỉnh Thanh Hoá' : ''],
      ['5', 'Hội thảo thương mại điện tử', 'Hội thảo / tập huấn', '10/10/2024', ''],
      ['6', 'Tập huấn kỹ năng số năm 2027', 'Hội thảo / tập huấn', '11/10/2024', ''],
      ['7', 'Chợ quê quét mã QR', 'Phóng sự / tin bài', '13/10/2024', ''],
    ])
    const r = hasRegistrations()
    const workshopRows = rows.filter((row) => row.length === 8 && /^\d+$/.test(row[0]))
    expect(workshopRows).toEqual([
      ['1', 'Tập huấn chữ ký số', 'Chủ nhật, 20/10/2024 | 08:00 - GMT+7', 'Hội trường tỉnh Thanh Hoá', '10', r ? '7' : '0', '0', r ? '4' : '0'],
      ['2', 'Hội thảo thương mại điện tử', 'Thứ sáu, 15/11/2024 | 14:00 - GMT+7', 'Hội trường tỉnh Thanh Hoá', '2', r ? '2' : '0', r ? '1' : '0', '0'],
    ])
    expect(paragraphs).toContain(
      d
        ? 'Lượt đăng lên các kênh: 8; thành công: 5; lỗi: 1; hỏng hẳn: 1; đang chờ: 1; tỷ lệ thành công: 71,4%.'
        : 'Lượt đăng lên các kênh: 0; thành công: 0; lỗi: 0; hỏng hẳn: 0; đang chờ: 0; tỷ lệ thành công: 0%.',
    )
    expect(paragraphs).toContain('Tổng số tin bài đã xuất bản: 7 (Phóng sự / tin bài: 3; Chuyên mục: 1; Hội thảo / tập huấn: 3).')
  })

  it('puts the same figures in the spreadsheet annex', async () => {
    const response = await download(`/api/campaigns/${campaignId}/report.xlsx`, tokens['reviewer@loa.local'])
    expect(response.status).toBe(200)
    expect(response.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const { names, sheet } = await readXlsx(response.bytes)
    expect(names).toEqual(['Tổng hợp', 'Chỉ tiêu', 'Tin bài', 'Hội thảo', 'Số liệu khác', 'Khảo sát nhận thức'])
    // Loa's figures for every report (radio, citizens), each with its unit; none in this campaign.
    const figures = sheet('Số liệu khác')
    expect(figures[0]).toEqual(['STT', 'Số liệu', 'Đơn vị', 'Giá trị'])
    expect(figures.slice(1).map((row) => [row[1], row[2], row[3]])).toEqual(
      expect.arrayContaining([
        ['Phút phát trên loa truyền thanh', 'phút', 0],
        ['Thời gian trả lời trung vị (ngày làm việc)', 'ngày làm việc', 0],
        ['Tỷ lệ đánh giá “hữu ích” (%)', '%', 0],
      ]),
    )
    expect(sheet('Tổng hợp').slice(0, 4)).toEqual([
      ['Báo cáo', 'BÁO CÁO KẾT QUẢ'],
      ['Chiến dịch', 'Chiến dịch kiểm thử số liệu'],
      ['Mã chiến dịch', 'CI-TEST-2024'],
      ['Kỳ báo cáo', 'Từ ngày 01/10/2024 đến ngày 31/12/2024'],
    ])
    expect(sheet('Chỉ tiêu')).toEqual([
      ['STT', 'Chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Thực hiện', 'Tỷ lệ (%)'],
      ...expectedKpis().map((kpi, index) => [index + 1, kpi.label, kpi.unit, kpi.target, kpi.actual, kpi.percent]),
    ])
    const itemRows = sheet('Tin bài')
    expect(itemRows[0]).toEqual(['STT', 'Tiêu đề', 'Loại', 'Ngày xuất bản', 'Cổng / kênh đăng tải'])
    expect(itemRows.slice(1).map((row) => [row[1], row[3]])).toEqual([
      ['Chuyển đổi số ở xã Quảng Phú', '02/10/2024'],
      ['Tập huấn chữ ký số', '03/10/2024'],
      ['Hiểu đúng về chính quyền số', '07/10/2024'],
      ['Dịch vụ công trực tuyến ở Thọ Xuân', '09/10/2024'],
      ['Hội thảo thương mại điện tử', '10/10/2024'],
      ['Tập huấn kỹ năng số năm 2027', '11/10/2024'],
      ['Chợ quê quét mã QR', '13/10/2024'],
    ])
    const r = hasRegistrations()
    expect(
      sheet('Hội thảo')
        .slice(1)
        .map((row) => [row[1], row[4], row[5], row[6], row[7]]),
    ).toEqual([
      ['Tập huấn chữ ký số', 10, r ? 7 : 0, 0, r ? 4 : 0],
      ['Hội thảo thương mại điện tử', 2, r ? 2 : 0, r ? 1 : 0, 0],
    ])
  })

  it('answers zero everywhere for a campaign with no data', async () => {
    const { body, status } = await api.get(`/api/campaigns/${emptyCampaignId}/insights`, { token: tokens['manager@loa.local'] })
    expect(status).toBe(200)
    expect(body.kpis).toEqual([])
    expect(body.published.total).toBe(0)
    expect(body.published.weeks.every((week: { total: number }) => week.total === 0)).toBe(true)
    expect(body.deliveries).toEqual({ total: 0, delivered: 0, failed: 0, dead: 0, pending: 0, successRate: 0 })
    expect(body.workshops).toMatchObject({ count: 0, held: 0, capacity: 0, registered: 0, attended: 0, fillRate: 0, attendanceRate: 0, lines: [] })
    expect(body.reviewQueue.items).toEqual([])
    expect(body.upcoming).toEqual({ scheduled: [], workshops: [] })

    const docx = await readDocx((await download(`/api/campaigns/${emptyCampaignId}/report.docx`, tokens['manager@loa.local'])).bytes)
    expect(docx.paragraphs).toEqual(
      expect.arrayContaining([
        'Chiến dịch chưa đặt chỉ tiêu.',
        'Không có tin bài nào được xuất bản trong kỳ.',
        'Không có hội thảo, tập huấn nào trong kỳ.',
        'VI. KHẢO SÁT NHẬN THỨC CỦA NGƯỜI DÂN',
        'Chiến dịch chưa có khảo sát nhận thức có hai đợt trở lên.',
        'Tổng số tin bài đã xuất bản: 0 (Phóng sự / tin bài: 0; Chuyên mục: 0; Hội thảo / tập huấn: 0).',
      ]),
    )
    const xlsx = await readXlsx((await download(`/api/campaigns/${emptyCampaignId}/report.xlsx`, tokens['manager@loa.local'])).bytes)
    expect(xlsx.sheet('Chỉ tiêu')).toEqual([['STT', 'Chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Thực hiện', 'Tỷ lệ (%)']])
    expect(xlsx.sheet('Tin bài')).toHaveLength(1)
  })

  it('lists what waits in each review stage, for how long, and what is scheduled next', async () => {
    const day = 86_400_000
    const now = Date.now()
    const live = await payload.create({
      collection: 'campaigns',
      data: {
        name: 'Chiến dịch đang chạy',
        code: 'CI-LIVE',
        status: 'active',
        period: { start: new Date(now - 30 * day).toISOString(), end: new Date(now + 365 * day).toISOString() },
        members: [
          { user: users['manager@loa.local'], role: 'manager' },
          { user: users['reviewer@loa.local'], role: 'reviewer' },
          { user: users['editor@loa.local'], role: 'editor' },
        ],
        approvalPolicy: { requiredApprovals: 1 },
      } as never,
    })
    const publishAt = new Date(Math.ceil((now + 10 * day) / 60_000) * 60_000).toISOString()
    const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000).toISOString()
    // Written as an import (the seed's context), so each item sits in a known stage since a known time.
    const inStage = async (title: string, stage: string, since: string, extra: Record<string, unknown> = {}) =>
      (
        await payload.create({
          collection: 'reports',
          data: {
            title,
            campaign: live.id,
            kind: 'news',
            authors: [users['editor@loa.local']],
            _status: 'draft',
            workflow: { stage, stageChangedAt: since },
            ...extra,
          } as never,
          draft: true,
          context: { [DEMO_SEED_CONTEXT]: true },
        })
      ).id
    await inStage('Bài chờ duyệt về chữ ký số', 'in_review', hoursAgo(50))
    await inStage('Bài chờ duyệt về căn cước điện tử', 'in_review', hoursAgo(3))
    await inStage('Bài cần sửa về thanh toán số', 'changes_requested', hoursAgo(5))
    const scheduled = await inStage('Bài hẹn giờ về ví điện tử', 'scheduled', hoursAgo(2), { publishAt })
    await inStage('Bản nháp chưa gửi', 'draft', hoursAgo(80))

    const { body, status } = await api.get(`/api/campaigns/${live.id}/insights`, { token: tokens['reviewer@loa.local'] })
    expect(status).toBe(200)
    const stages = body.reviewQueue.stages.map((stage: { stage: string; count: number; longestWaitingHours: number }) => [
      stage.stage,
      stage.count,
      Math.floor(stage.longestWaitingHours),
    ])
    expect(stages).toEqual([
      ['in_review', 2, 50],
      ['changes_requested', 1, 5],
      ['approved', 0, 0],
      ['scheduled', 1, 2],
    ])
    const queued = body.reviewQueue.items.map((item: { title: string; stage: string; waitingHours: number }) => [
      item.title,
      item.stage,
      Math.floor(item.waitingHours),
    ])
    expect(queued).toEqual([
      ['Bài chờ duyệt về chữ ký số', 'in_review', 50],
      ['Bài cần sửa về thanh toán số', 'changes_requested', 5],
      ['Bài chờ duyệt về căn cước điện tử', 'in_review', 3],
      ['Bài hẹn giờ về ví điện tử', 'scheduled', 2],
    ])
    expect(body.upcoming.scheduled).toEqual([{ collection: 'reports', id: scheduled, publishAt, title: 'Bài hẹn giờ về ví điện tử' }])
    expect(body.published.total).toBe(0)
  })

  it('counts the same weekly buckets in one GROUP BY as by walking the rows page by page', async () => {
    const req = await createLocalReq({}, payload)
    const buckets = localWeekStartsBetween(local('2024-10-01T00:00:00'), local('2025-01-01T00:00:00')).map((from) => ({ from, key: localIsoWeekKey(from) }))
    const query: GroupQuery = {
      collection: 'deliveries',
      groupBy: [{ path: 'createdAt', buckets }, { path: 'status' }],
      req,
      where: {
        and: [
          { campaign: { equals: campaignId } },
          { createdAt: { greater_than_equal: buckets[0].from.toISOString() } },
          { createdAt: { less_than: local('2025-01-01T00:00:00') } },
        ],
      },
    }
    const grouped = Object.fromEntries(await groupCount(query))
    expect(grouped).toEqual(
      hasDeliveries() ? { '2024-W40|delivered': 3, '2024-W41|delivered': 2, '2024-W41|pending': 1, '2024-W41|failed': 1, '2024-W41|dead': 1 } : {},
    )
    expect(Object.fromEntries(await walkGroupCount(query))).toEqual(grouped)
  })

  it('draws the dashboard tab in Vietnamese for the seeded campaign, and a refusal for an editor', async () => {
    const { docs } = await payload.find({ collection: 'campaigns', where: { code: { equals: 'CDS-TH-2024' } }, depth: 0 })
    const seeded = docs[0]
    const render = async (email: string) => {
      const user = await payload.findByID({ collection: 'users', id: users[email], depth: 0 })
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      const element = await InsightsView({
        doc: seeded,
        initPageResult: { req, collectionConfig: payload.collections.campaigns.config },
        searchParams: {},
      } as never)
      return renderToStaticMarkup(element as never)
    }
    const html = await render('manager@loa.local')
    expect(html).toContain('Tổng quan chiến dịch')
    expect(html).toContain('Kỳ báo cáo: Từ ngày 01/01/2024 đến ngày 31/12/2026')
    for (const label of ['Tin bài được xuất bản', 'Cổng thông tin nhận bài', 'Hội thảo, tập huấn được tổ chức', 'Người được tập huấn kỹ năng số'])
      expect(html).toContain(label)
    // The seed publishes two reports, a feature and a workshop, and records 1,250 officials reached by hand.
    expect(html).toContain('4 / 120 tin bài')
    expect(html).toContain('1.250 / 5.000 người')
    expect(html).toContain('Tin bài xuất bản theo tuần')
    expect(html).toContain('Hàng chờ duyệt')
    expect(html).toContain(`/api/campaigns/${seeded.id}/report.docx?from=2024-01-01&amp;to=2026-12-31`)
    expect(await render('editor@loa.local')).toContain('Bạn không có quyền xem số liệu của chiến dịch này.')
  })

  it('refuses anonymous visitors, editors, and staff outside the campaign with 403', async () => {
    const paths = ['insights', 'report.docx', 'report.xlsx']
    for (const path of paths) {
      expect((await download(`/api/campaigns/${campaignId}/${path}`)).status).toBe(403)
      expect((await download(`/api/campaigns/${campaignId}/${path}`, tokens['outsider@loa.local'])).status).toBe(403)
      expect((await download(`/api/campaigns/${campaignId}/${path}`, tokens['editor@loa.local'])).status).toBe(403)
      expect((await download(`/api/campaigns/${emptyCampaignId}/${path}`, tokens['reviewer@loa.local'])).status).toBe(403)
    }
    const refused = await api.get(`/api/campaigns/${campaignId}/insights`, { token: tokens['outsider@loa.local'] })
    expect(refused.body.errors[0].message).toContain('không có quyền xem số liệu')
  })

  it('answers 400 naming the parameter when a date is not a date, and 404 for an unknown campaign', async () => {
    const badFrom = await api.get(`/api/campaigns/${campaignId}/insights?from=31/13/2024`, { token: tokens['manager@loa.local'] })
    expect(badFrom.status).toBe(400)
    expect(badFrom.body.errors[0].message).toContain('"from"')
    // The dashboard's inputs send the day as Vietnamese write it.
    const writtenDays = await api.get(`/api/campaigns/${campaignId}/insights?from=01/10/2024&to=31/10/2024`, { token: tokens['manager@loa.local'] })
    expect(writtenDays.status).toBe(200)
    expect(writtenDays.body.window).toEqual({ from: '2024-09-30T17:00:00.000Z', to: '2024-10-31T17:00:00.000Z' })
    const badTo = await api.get(`/api/campaigns/${campaignId}/report.xlsx?to=2024-02-30`, { token: tokens['manager@loa.local'] })
    expect(badTo.status).toBe(400)
    expect(badTo.body.errors[0].message).toContain('"to"')
    const reversed = await api.get(`/api/campaigns/${campaignId}/insights?from=2024-12-01&to=2024-11-01`, { token: tokens['manager@loa.local'] })
    expect(reversed.status).toBe(400)
    const unknown = await api.get(`/api/campaigns/${adapter === 'mongodb' ? '64b000000000000000000000' : 999999}/insights`, {
      token: tokens['admin@loa.local'],
    })
    expect(unknown.status).toBe(404)
  })
})
