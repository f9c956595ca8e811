/** "01/12/2026 17:55 (GMT+7)": the province's clock, whatever the browser's zone and language. */
export const formatIssuedAt = (iso: null | string): string => {
  if (!iso) return ''
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')} (GMT+7)`
}
