import type { Payload } from 'payload'

import { seedDemoContent } from './seedDemoContent.js'
import { seedSummary } from './seedSummary.js'

/**
 * The first `npm run dev` on an empty database brings the demo content. A database with any
 * user is left alone.
 */
export const seedDemoContentIfEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('[seed] Cơ sở dữ liệu trống — tạo nội dung mẫu (empty database: seeding demo content)')
  try {
    payload.logger.info(`[seed] ${seedSummary(await seedDemoContent(payload))}`)
  } catch (err) {
    payload.logger.error({ msg: '[seed] demo content could not be written', err })
  }
}
