/**
 * Formula injection through the registrations CSV: registrants type formulas into their name,
 * organisation or e-mail, hidden behind a separator (`x;=1337+1;y`), a tab, a quote, a line
 * break or a space. The organiser opens the export in LibreOffice Calc with `,` as separator
 * and, as a Vietnamese-locale spreadsheet does, with `;`: no cell is a formula, and no cell
 * holds a number that was given as text.
 */
import { handleEndpoints } from 'payload'

import type { ImportedCell } from '../helpers/libreOffice.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createPublished, createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { importCsvWithLibreOffice } from '../helpers/libreOffice.js'
import { createTestPayload } from '../helpers/testPayload.js'

type Id = number | string

/** What registrants typed. The formulas compute numbers no export column holds (1338, 42, 993, 404). */
const HOSTILE_REGISTRANTS = [
  { fullName: 'x;=1337+1;y', organisation: 'Sở Thông tin', email: 'mot@hostile.vn' },
  { fullName: '=1337+1', organisation: '-7+1000', email: 'hai@hostile.vn' },
  { fullName: '+20+22', organisation: 'a,=1337+1,b', email: '+20+22@hostile.vn' },
  { fullName: '@SUM(400;4)', organisation: 'x\t=1337+1', email: 'bon@hostile.vn' },
  { fullName: 'Lê "=1337+1" Văn;=1337+1', organisation: 'Sở A\n=1337+1', email: 'nam@hostile.vn' },
  { fullName: 'Trần; =1337+1', organisation: ' =1337+1', email: 'sau@hostile.vn' },
  { fullName: '=HYPERLINK("http://evil.example/";"bấm vào")', organisation: 'x;"=1337+1";y', email: 'bay@hostile.vn' },
  { fullName: 'Nguyễn Văn Bình', organisation: 'UBND xã Quảng Phú, Quảng Xương', email: 'binh@hostile.vn' },
]

const COLUMNS = { fullName: 2, email: 3, organisation: 5 } as const

/** The typed text, ignoring the apostrophes the export may add in front of a formula sign. */
const withoutApostrophes = (value: unknown) => String(value).replace(/'/g, '')

const describeCell = (cell: ImportedCell) => `row ${cell.row}, column ${cell.column}: ${JSON.stringify(cell.value)}`

describe.each(adaptersUnderTest())('CSV formula injection on %s', (adapter) => {
  let ctx: TestPayload
  let csv: Buffer

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    const api = createApi(ctx.payload, ctx.databaseUri)
    const manager = await createUser(ctx.payload, 'quanly@csv.vn', ['manager'])
    const campaign = await createCampaign(ctx.payload, { code: 'CSV', members: [{ user: manager.id, role: 'manager' }] })
    const workshop = await createPublished(ctx.payload, 'workshops', { campaign: campaign.id, title: 'Hội thảo có đăng ký độc hại', capacity: 50 })
    for (const registrant of HOSTILE_REGISTRANTS) {
      await ctx.payload.create({ collection: 'registrations' as never, data: { ...registrant, workshop: workshop.id as Id, status: 'confirmed' } as never })
    }
    const token = await api.login('quanly@csv.vn', TEST_PASSWORD)
    const response = await handleEndpoints({
      config: ctx.payload.config,
      payloadInstanceCacheKey: ctx.databaseUri,
      request: new Request(`http://localhost:3000/api/workshops/${workshop.id}/registrations.csv`, { headers: { Authorization: `JWT ${token}` } }),
    })
    expect(response.status).toBe(200)
    csv = Buffer.from(await response.arrayBuffer())
  }, 120_000)

  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('imports with "," as every registrant typed it, as text, and nothing as a formula', async () => {
    const cells = await importCsvWithLibreOffice(csv, ',')
    expect(cells.filter((cell) => cell.isFormula).map(describeCell)).toEqual([])
    const rowOf = (email: string) => cells.find((cell) => cell.column === COLUMNS.email && withoutApostrophes(cell.value) === email)?.row
    for (const registrant of HOSTILE_REGISTRANTS) {
      const row = rowOf(registrant.email)
      expect({ email: registrant.email, row: row === undefined ? 'missing' : 'found' }).toEqual({ email: registrant.email, row: 'found' })
      for (const [field, column] of Object.entries(COLUMNS)) {
        const cell = cells.find((candidate) => candidate.row === row && candidate.column === column)
        const typed = registrant[field as keyof typeof COLUMNS]
        expect({ field, typed, kind: typeof cell?.value, shown: withoutApostrophes(cell?.value) }).toEqual({ field, typed, kind: 'string', shown: typed })
      }
    }
  })

  it('imports with ";" (as a Vietnamese-locale spreadsheet does) with no formula and no number where text was given', async () => {
    const cells = await importCsvWithLibreOffice(csv, ';')
    expect(cells.filter((cell) => cell.isFormula || typeof cell.value === 'number').map(describeCell)).toEqual([])
  })
})
