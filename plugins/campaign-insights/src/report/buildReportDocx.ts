/**
 * The results report ("báo cáo kết quả") as a Word document, laid out the way provincial
 * offices file them: national motto, title, period, then KPI, items, channels and workshops.
 */
import { AlignmentType, Document, Packer, Paragraph, Table as DocxTable, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx'

import type { ReportData } from './loadReportData.js'
import type { Table } from './reportTables.js'

import { formatVietnameseDateTime } from '@loa/helpers'
import { formatIssueDate, formatPeriod } from './format.js'
import { cellText, figuresTable, itemsTable, kpiTable, summaryLines, workshopsTable } from './reportTables.js'

const FONT = 'Times New Roman'

// A4 (11906 twips) less the 3 cm left and 2 cm right margins of administrative documents.
const PAGE_WIDTH = 11906 - 1701 - 1134

const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, font: FONT, size: options.size ?? 26, bold: options.bold, italics: options.italics })

const line = (value: string, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new Paragraph({ alignment: options.align, spacing: { after: 80 }, children: [text(value, options)] })

const heading = (value: string) => new Paragraph({ spacing: { before: 240, after: 120 }, children: [text(value, { bold: true })] })

const cell = (value: string, width: number, isHeader = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ alignment: isHeader ? AlignmentType.CENTER : undefined, children: [text(value, { bold: isHeader, size: 22 })] })],
  })

const table = ({ headers, rows, widths }: Table, emptyText: string) => {
  if (!rows.length) return [line(emptyText, { italics: true })]
  const columnWidths = widths.map((percent) => Math.floor((PAGE_WIDTH * percent) / 100))
  return [
    new DocxTable({
      columnWidths,
      layout: TableLayoutType.FIXED,
      width: { size: PAGE_WIDTH, type: WidthType.DXA },
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((header, index) => cell(header, columnWidths[index], true)) }),
        ...rows.map((row) => new TableRow({ children: row.map((value, index) => cell(cellText(value), columnWidths[index])) })),
      ],
    }),
  ]
}

const mastHead = (data: ReportData) =>
  new DocxTable({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: 'none', size: 0, color: 'FFFFFF' },
      bottom: { style: 'none', size: 0, color: 'FFFFFF' },
      left: { style: 'none', size: 0, color: 'FFFFFF' },
      right: { style: 'none', size: 0, color: 'FFFFFF' },
      insideHorizontal: { style: 'none', size: 0, color: 'FFFFFF' },
      insideVertical: { style: 'none', size: 0, color: 'FFFFFF' },
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            children: [
              line('CHIẾN DỊCH TRUYỀN THÔNG', { align: AlignmentType.CENTER, bold: true, size: 24 }),
              line(data.insights.campaign.code, { align: AlignmentType.CENTER, size: 24 }),
            ],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            children: [
              line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: AlignmentType.CENTER, bold: true, size: 24 }),
              line('Độc lập - Tự do - Hạnh phúc', { align: AlignmentType.CENTER, bold: true, size: 26 }),
              line(`Thanh Hóa, ${formatIssueDate(data.issuedAt)}`, { align: AlignmentType.CENTER, italics: true, size: 26 }),
            ],
          }),
        ],
      }),
    ],
  })

/** Section numbers after the four (or five) built-in ones. */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']

export const buildReportDocx = async (data: ReportData): Promise<Buffer> => {
  const summary = summaryLines(data)
  const { campaign, window } = data.insights
  const document = new Document({
    creator: 'Loa',
    title: `Báo cáo kết quả — ${campaign.name}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          mastHead(data),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 360, after: 80 },
            children: [text('BÁO CÁO KẾT QUẢ', { bold: true, size: 28 })],
          }),
          line(`Chiến dịch: ${campaign.name}`, { align: AlignmentType.CENTER, bold: true }),
          line(`Kỳ báo cáo: ${formatPeriod(window)}`, { align: AlignmentType.CENTER, italics: true }),
          heading('I. CHỈ TIÊU VÀ KẾT QUẢ THỰC HIỆN'),
          ...table(kpiTable(data), 'Chiến dịch chưa đặt chỉ tiêu.'),
          heading('II. TIN BÀI ĐÃ XUẤT BẢN'),
          line(summary.published),
          ...table(itemsTable(data), 'Không có tin bài nào được xuất bản trong kỳ.'),
          heading('III. ĐĂNG TẢI LÊN CÁC CỔNG THÔNG TIN'),
          line(summary.portals),
          line(summary.deliveries),
          heading('IV. HỘI THẢO, TẬP HUẤN'),
          line(summary.workshops),
          ...table(workshopsTable(data), 'Không có hội thảo, tập huấn nào trong kỳ.'),
          ...(data.figures.length ? [heading('V. TUYÊN TRUYỀN TRÊN LOA VÀ TƯƠNG TÁC VỚI NGƯỜI DÂN'), ...table(figuresTable(data), '')] : []),
          ...data.insights.sections.flatMap((section, index) => [
            heading(`${ROMAN[(data.figures.length ? 5 : 4) + index] ?? index + 6}. ${section.title.toUpperCase()}`),
            ...table(section, section.emptyText),
          ]),
          new Paragraph({
            spacing: { before: 360 },
            children: [text(`Báo cáo được lập tự động bởi Loa lúc ${formatVietnameseDateTime(data.issuedAt)}.`, { italics: true, size: 22 })],
          }),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
