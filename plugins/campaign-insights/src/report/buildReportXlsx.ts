/** The spreadsheet annex of the results report: one sheet per table, numbers kept as numbers. */
import ExcelJS from 'exceljs'

import type { ReportData } from './loadReportData.js'
import type { Table } from './reportTables.js'

import { formatVietnameseDateTime } from '@loa/helpers'
import { formatPeriod } from './format.js'
import { figuresTable, itemsTable, kpiTable, summaryLines, workshopsTable } from './reportTables.js'

const addTable = (workbook: ExcelJS.Workbook, name: string, { headers, rows }: Table, widths: number[]) => {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = headers.map((header, index) => ({ header, width: widths[index] ?? 14 }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(row)
  return sheet
}

export const buildReportXlsx = async (data: ReportData): Promise<Buffer> => {
  const { campaign, window } = data.insights
  const summary = summaryLines(data)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Loa'
  workbook.created = data.issuedAt

  const cover = workbook.addWorksheet('Tổng hợp')
  cover.columns = [{ width: 28 }, { width: 90 }]
  const coverRows: Array<[string, string]> = [
    ['Báo cáo', 'BÁO CÁO KẾT QUẢ'],
    ['Chiến dịch', campaign.name],
    ['Mã chiến dịch', campaign.code],
    ['Kỳ báo cáo', formatPeriod(window)],
    ['Tin bài', summary.published],
    ['Cổng thông tin', summary.portals],
    ['Đăng tải', summary.deliveries],
    ['Hội thảo, tập huấn', summary.workshops],
    ['Lập lúc', formatVietnameseDateTime(data.issuedAt)],
  ]
  for (const row of coverRows) cover.addRow(row)
  cover.getColumn(1).font = { bold: true }

  const kpis = addTable(workbook, 'Chỉ tiêu', kpiTable(data), [6, 50, 14, 12, 12, 12])
  kpis.getColumn(6).numFmt = '0.0'
  addTable(workbook, 'Tin bài', itemsTable(data), [6, 70, 22, 16, 50])
  addTable(workbook, 'Hội thảo', workshopsTable(data), [6, 60, 38, 50, 10, 10, 14, 10])
  if (data.figures.length) addTable(workbook, 'Số liệu khác', figuresTable(data), [6, 60, 14, 14])
  for (const section of data.insights.sections) {
    addTable(workbook, section.sheetName, section, section.widths.map((width) => Math.max(8, Math.round(width * 1.4))))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
