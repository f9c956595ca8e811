/**
 * The admin-page bench's data: the demo content with its demo users on a database the
 * production migrations made. `npm run seed` leaves the demo users out in production, and a
 * development run would push the schema over the migrated one.
 * Usage (NODE_ENV=production, DATABASE_URI set): tsx bench/seedDemoUsers.ts
 */
import { getPayload } from 'payload'

import { seedDemoContent } from '../src/seed/seedDemoContent.js'

const { loaConfig } = await import('../payload.config.js')
const payload = await getPayload({ config: loaConfig({ isSchemaPushed: false, isSeededWhenEmpty: false }) })
await seedDemoContent(payload, () => undefined, { isProduction: false })
await payload.destroy()
process.exit(0)
