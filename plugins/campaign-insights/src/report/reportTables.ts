/** The report's tables as text, shared by the DOCX and the XLSX so both print the same figures. */
import type { ReportData } from './loadReportData.js'

import { formatVietnameseDate, formatVietnameseDateTime } from '@loa/helpers'
import { formatNumber, formatPercent } from './format.js'

/** `widths`: each column's share of the page width, in percent (the Word layout). */
export type Table = { headers: string[]; rows: Array<Array<number | string>>; widths: number[] }

export const kpiTable = ({ insights }: ReportData): Table => ({
  headers: ['STT', 'Chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Thực hiện', 'Tỷ lệ (%)'],
  widths: [7, 41, 13, 13, 13, 13],
  rows: insights.kpis.map((kpi, index) => [index + 1, kpi.label, kpi.unit, kpi.target, kpi.actual, kpi.percent]),
})

/** Figures the host marked for every report (airtime, questions answered, ratings…), KPI or not. */
export const figuresTable = ({ figures }: ReportData): Table => ({
  headers: ['STT', 'Số liệu', 'Đơn vị', 'Giá trị'],
  widths: [7, 59, 17, 17],
  rows: figures.map((figure, index) => [index + 1, figure.label, figure.unit, figure.value]),
})

export const itemsTable = ({ items }: ReportData): Table => ({
  headers: ['STT', 'Tiêu đề', 'Loại', 'Ngày xuất bản', 'Cổng / kênh đăng tải'],
  widths: [6, 38, 16, 16, 24],
  rows: items.map((item, index) => [index + 1, item.title, item.typeLabel, formatVietnameseDate(item.publishedAt), item.portals.join('; ')]),
})

export const workshopsTable = ({ insights }: ReportData): Table => ({
  headers: ['STT', 'Tên hội thảo / tập huấn', 'Thời gian', 'Địa điểm', 'Số chỗ', 'Đăng ký', 'Danh sách chờ', 'Tham dự'],
  widths: [6, 23, 21, 19, 7, 8, 8, 8],
  rows: insights.workshops.lines.map((line, index) => [
    index + 1,
    line.title,
    formatVietnameseDateTime(line.startsAt),
    line.venue,
    line.capacity ?? '',
    line.confirmed + line.attended,
    line.waitlisted,
    line.attended,
  ]),
})

/** The summary lines under each heading. */
export const summaryLines = ({ insights, typeLabels }: ReportData) => {
  const byType = Object.entries(insights.published.byType)
    .map(([slug, count]) => `${typeLabels[slug] ?? slug}: ${formatNumber(count)}`)
    .join('; ')
  const { deliveries, workshops } = insights
  return {
    published: `Tổng số tin bài đã xuất bản: ${formatNumber(insights.published.total)} (${byType}).`,
    deliveries:
      `Lượt đăng lên các kênh: ${formatNumber(deliveries.total)}; thành công: ${formatNumber(deliveries.delivered)}; ` +
      `lỗi: ${formatNumber(deliveries.failed)}; hỏng hẳn: ${formatNumber(deliveries.dead)}; đang chờ: ${formatNumber(deliveries.pending)}; ` +
      `tỷ lệ thành công: ${formatPercent(deliveries.successRate)}%.`,
    portals: `Số cổng thông tin / kênh đã nhận bài: ${formatNumber(insights.published.channels.length)}.`,
    workshops:
      `Số hội thảo, tập huấn: ${formatNumber(workshops.count)} (đã tổ chức: ${formatNumber(workshops.held)}); ` +
      `đăng ký: ${formatNumber(workshops.registered)}/${formatNumber(workshops.capacity)} chỗ (tỷ lệ lấp đầy ${formatPercent(workshops.fillRate)}%); ` +
      `tham dự: ${formatNumber(workshops.attended)} (tỷ lệ tham dự ${formatPercent(workshops.attendanceRate)}%).`,
  }
}

/** A cell as printed in the Word document. */
export const cellText = (value: number | string): string => (typeof value === 'number' ? formatNumber(value) : value)
