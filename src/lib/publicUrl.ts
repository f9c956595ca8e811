/**
 * The address Loa is reached at, for what leaves the server (links and images in deliveries,
 * feeds and e-mails). `LOA_PUBLIC_URL` when set. A development server without it is the local
 * one (`http://localhost:${PORT}`), so a first `npm run dev` publishes its images too. A
 * production server cannot guess its public address behind a proxy: it says so at start.
 */
import type { Payload } from 'payload'

const isProduction = () => process.env.NODE_ENV === 'production'

export const publicServerURL = (): string => process.env.LOA_PUBLIC_URL || (isProduction() ? '' : `http://localhost:${process.env.PORT || 3000}`)

export const PUBLIC_URL_UNSET_WARNING =
  'LOA_PUBLIC_URL chưa được đặt: liên kết và ảnh gửi tới các kênh, nguồn tin và thư điện tử sẽ thiếu địa chỉ tuyệt đối (WordPress không có ảnh đại diện, nguồn tin không có ảnh) — ' +
  'LOA_PUBLIC_URL is not set: links and images sent to channels, feeds and e-mails have no absolute address (no WordPress featured image, no feed enclosure). Set it to the address the site is reached at, e.g. https://loa.thanhhoa.gov.vn'

/** At start: a production server without LOA_PUBLIC_URL warns, once, in the log. */
export const warnWhenPublicUrlUnset = (payload: Pick<Payload, 'logger'>): void => {
  if (isProduction() && !process.env.LOA_PUBLIC_URL) payload.logger.warn(`[loa] ${PUBLIC_URL_UNSET_WARNING}`)
}
