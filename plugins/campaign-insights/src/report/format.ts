/** How the report prints numbers, percentages and periods (Vietnamese conventions: 1.234 and 66,7). */
import type { CampaignInsights } from '../types.js'

import { formatVietnameseDate } from '@loa/helpers'

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

export const formatNumber = (value: number): string => integer.format(value)

export const formatPercent = (value: number): string => oneDecimal.format(value)

/** The report window's last day: `to` is exclusive, so the day before it. */
export const lastDayOf = (window: CampaignInsights['window']): Date => new Date(new Date(window.to).getTime() - 1)

export const formatPeriod = (window: CampaignInsights['window']): string =>
  `Từ ngày ${formatVietnameseDate(window.from)} đến ngày ${formatVietnameseDate(lastDayOf(window))}`

/** "ngày 05 tháng 10 năm 2024", as the place-and-date line of an administrative document. */
export const formatIssueDate = (value: Date): string => {
  const [day, month, year] = formatVietnameseDate(value).split('/')
  return `ngày ${day} tháng ${month} năm ${year}`
}
