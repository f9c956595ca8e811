/** `npm run seed`: writes the demo content into the database of DATABASE_URI (idempotent). */
import { getPayload } from 'payload'

import { seedDemoContent } from '../src/seed/seedDemoContent.js'

const { loaConfig } = await import('../payload.config.js')
const payload = await getPayload({ config: loaConfig({ isSeededWhenEmpty: false }) })
const bar = (done: number, total: number) => `[${'#'.repeat(Math.round((done / total) * 20)).padEnd(20, '.')}]`
const { created, skipped } = await seedDemoContent(payload, ({ created, done, label, total }) => {
  process.stdout.write(`${bar(done, total)} ${done}/${total} ${created ? '+' : '='} ${label}\n`)
})
process.stdout.write(`Seed done: ${created} created, ${skipped} already there. Log in at /admin as admin@loa.local / LoaDemo!2024\n`)
await payload.destroy()
process.exit(0)
