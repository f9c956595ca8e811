/**
 * A delivery worker as its own process, for the fault suite: drains deliveries of the
 * database in DATABASE_URI in a loop with `drainDeliveries`, until SIGTERM or until it is
 * killed. Its clock runs fast (LOA_FAULT_CLOCK_START + elapsed × LOA_FAULT_CLOCK_SPEED) so
 * back-off delays and expired leases of a killed worker come due in fractions of a second.
 * Prints one JSON line per drain round for the test to follow.
 *
 * Run: NODE_OPTIONS="--conditions=development --conditions=@loa/source" node --import tsx tests/reliability/deliveryWorker.ts
 */
// (A module: only dynamic imports below, on purpose.)
export {}

process.env.LOA_JOBS_IN_PROCESS = 'false'

const clockStart = Number(process.env.LOA_FAULT_CLOCK_START ?? Date.now())
const speed = Number(process.env.LOA_FAULT_CLOCK_SPEED ?? 1)
const timeoutMs = Number(process.env.LOA_FAULT_TIMEOUT_MS ?? 10_000)
const now = () => new Date(clockStart + (Date.now() - clockStart) * speed)

// Listening before anything loads (hence the dynamic imports below): a SIGTERM while Payload
// loads and starts must still end in exit 0.
let isStopping = false
process.once('SIGTERM', () => {
  isStopping = true
})
const { getPayload } = await import('payload')
const { drainDeliveries } = await import('@loa/plugin-channel-publishing')

const { loaConfig } = await import('../../payload.config.js')
const payload = await getPayload({
  config: loaConfig({ databaseUri: process.env.DATABASE_URI, isSchemaPushed: false, isSeededWhenEmpty: false, serverURL: 'http://localhost:3000' }),
})
process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`)

while (!isStopping) {
  const round = await drainDeliveries({ payload, now: now(), timeoutMs, limit: 25 })
  process.stdout.write(`${JSON.stringify(round)}\n`)
  if (round.delivered + round.failed + round.dead === 0) await new Promise((resolve) => setTimeout(resolve, 100))
}
await payload.destroy().catch(() => undefined)
process.exit(0)
