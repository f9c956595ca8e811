/**
 * A scheduling worker as its own process, for the SQLite kill test: sweeps the due items of the
 * database in DATABASE_URI with `processDueItems` in a loop, until SIGTERM or until it is
 * killed. Prints one JSON line per sweep for the test to follow.
 *
 * Run: NODE_OPTIONS="--conditions=development --conditions=@loa/source" node --import tsx tests/reliability/publishBurstWorker.ts
 */
// (A module: only dynamic imports below, on purpose.)
export {}

process.env.LOA_JOBS_IN_PROCESS = 'false'

// Listening before anything loads (hence the dynamic imports below).
let isStopping = false
process.once('SIGTERM', () => {
  isStopping = true
})
const { getPayload } = await import('payload')
const { processDueItems, schedulingConfigFrom } = await import('@loa/plugin-scheduling')

const { loaConfig } = await import('../../payload.config.js')
const payload = await getPayload({
  config: loaConfig({ databaseUri: process.env.DATABASE_URI, isSchemaPushed: false, isSeededWhenEmpty: false, serverURL: 'http://localhost:3000' }),
})
const cfg = schedulingConfigFrom(payload)!
process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`)

while (!isStopping) {
  const sweep = await processDueItems({ cfg, payload })
  process.stdout.write(`${JSON.stringify({ published: sweep.published.length, failed: sweep.failed })}\n`)
  if (sweep.published.length === 0) await new Promise((resolve) => setTimeout(resolve, 100))
}
await payload.destroy().catch(() => undefined)
process.exit(0)
