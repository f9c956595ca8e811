import type { Payload } from 'payload'

import { seedDemoContent } from './seedDemoContent.js'

/**
 * The first `npm run dev` on an empty database brings the demo content. A database with any
 * user is left alone.
 */
export const seedDemoContentIfEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('[seed] Cơ sở dữ liệu trống — tạo nội dung mẫu (empty database: seeding demo content)')
  try {
    const { created } = await seedDemoContent(payload)
    payload.logger.info(`[seed] Xong: ${created} bản ghi mới. Đăng nhập: admin@loa.local / LoaDemo!2024`)
  } catch (err) {
    payload.logger.error({ msg: '[seed] demo content could not be written', err })
  }
}
