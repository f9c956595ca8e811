/** `npm run seed`: writes the demo content into the database of DATABASE_URI (idempotent). */
import { getPayload } from 'payload'

import { seedDemoContent } from '../src/seed/seedDemoContent.js'
import { seedSummary } from '../src/seed/seedSummary.js'

const { loaConfig } = await import('../payload.config.js')
const payload = await getPayload({ config: loaConfig({ isSeededWhenEmpty: false }) })
const bar = (done: number, total: number) => `[${'#'.repeat(Math.round((done / total) * 20)).padEnd(20, '.')}]`
const result = await seedDemoContent(payload, ({ created, done, label, total }) => {
  process.stdout.write(`${bar(done, total)} ${done}/${total} ${created ? '+' : '='} ${label}\n`)
})
process.stdout.write(`${seedSummary(result)}\n`)
await payload.destroy()
process.exit(0)
