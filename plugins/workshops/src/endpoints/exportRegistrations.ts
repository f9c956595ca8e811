import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { slugify } from '@loa/helpers'
import { canManageWorkshop } from '../access/canManageWorkshop.js'
import { loadWorkshop } from '../utilities/loadWorkshop.js'
import { EXPORT_COLUMNS, registrationsOf, toExportRows } from '../utilities/registrationRows.js'
import { WorkshopRequestError } from '../utilities/workshopRequestError.js'

/** The workshop, if the user is an admin or a manager of its campaign; 401/403 otherwise. */
export const loadManagedWorkshop = async (cfg: SanitizedWorkshopsConfig, req: PayloadRequest): Promise<WorkshopDoc> => {
  if (!req.user) throw new WorkshopRequestError('Vui lòng đăng nhập — you must be logged in', 401)
  const workshop = await loadWorkshop({ cfg, req })
  if (!(await canManageWorkshop({ cfg, req, workshop }))) {
    throw new WorkshopRequestError(
      'Chỉ quản trị và quản lý chiến dịch của hội thảo được xem danh sách đăng ký — only admins and the campaign’s managers may see registrations',
      403,
    )
  }
  return workshop
}

// A cell starting with = + - @ would be run as a formula by spreadsheet programs.
const defuseFormula = (value: number | string): number | string => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

/**
 * Where a spreadsheet may start a cell inside one of our fields: a program that splits on
 * another separator (`;` in the Vietnamese locale, or tab) or on a line break ignores our
 * quotes, so `x;=1+2;y` becomes the cells `x`, `=1+2` and `y`. Spaces and stray quotes in
 * front of the sign do not stop it being read as a formula.
 */
const FORMULA_AT_A_CELL_START = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@])/g

/** Every field quoted, and an apostrophe (shown, never run) before a formula sign wherever a cell may start. */
const csvField = (value: number | string): string => `"${String(value).replace(FORMULA_AT_A_CELL_START, "$1$2'").replace(/"/g, '""')}"`

const fileName = (workshop: WorkshopDoc, extension: string) =>
  `dang-ky-${slugify(workshop.slug || workshop.title || String(workshop.id)) || workshop.id}.${extension}`

const attachment = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`

/** GET /api/{workshops}/:id/registrations.csv — UTF-8 with a BOM so spreadsheet programs keep the diacritics. */
export const exportCsvEndpoint = (cfg: SanitizedWorkshopsConfig): Endpoint => ({
  path: '/:id/registrations.csv',
  method: 'get',
  handler: async (req) => {
    const workshop = await loadManagedWorkshop(cfg, req)
    const rows = toExportRows(await registrationsOf({ cfg, req, workshop }))
    const lines = [EXPORT_COLUMNS.map((c) => csvField(c.header)).join(','), ...rows.map((row) => EXPORT_COLUMNS.map((c) => csvField(row[c.key])).join(','))]
    return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachment(fileName(workshop, 'csv')),
        'Cache-Control': 'private, no-store',
      },
    })
  },
})

/** GET /api/{workshops}/:id/registrations.xlsx — one sheet, bold Vietnamese header row, frozen. */
export const exportXlsxEndpoint = (cfg: SanitizedWorkshopsConfig): Endpoint => ({
  path: '/:id/registrations.xlsx',
  method: 'get',
  handler: async (req) => {
    const workshop = await loadManagedWorkshop(cfg, req)
    const rows = toExportRows(await registrationsOf({ cfg, req, workshop }))
    // exceljs is loaded on the first export, not when the server starts.
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    workbook.creator = 'Loa'
    workbook.created = new Date()
    const sheet = workbook.addWorksheet('Đăng ký', { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }))
    sheet.getRow(1).font = { bold: true }
    for (const row of rows) sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, defuseFormula(v)])))
    const buffer = await workbook.xlsx.writeBuffer()
    return new Response(new Uint8Array(buffer as ArrayBuffer), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': attachment(fileName(workshop, 'xlsx')),
        'Cache-Control': 'private, no-store',
      },
    })
  },
})
