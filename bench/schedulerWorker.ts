/**
 * A second scheduling worker for the pipeline benchmark, in a process of its own on the same
 * database: sweeps every second, as the worker's cron does, until SIGTERM or the deadline.
 * Usage: tsx bench/schedulerWorker.ts <databaseUri> <deadline epoch ms>
 * Prints `READY` once it sweeps, and `PUBLISHED <n>` (items it published) when it stops.
 */
export {}

const [, , databaseUri, deadlineText] = process.argv
let isStopping = false
process.once('SIGTERM', () => {
  isStopping = true
})
process.env.CHANNEL_ALLOWED_HOSTS = '127.0.0.1:*,localhost:*'
process.env.LOA_JOBS_IN_PROCESS = 'false'
const { getPayload } = await import('payload')
const { processDueItems, schedulingConfigFrom } = await import('@loa/plugin-scheduling')
const { loaConfig } = await import('../payload.config.js')
const payload = await getPayload({ config: loaConfig({ databaseUri, isSchemaPushed: false, isSeededWhenEmpty: false }) })
const cfg = schedulingConfigFrom(payload)!
process.stdout.write('READY\n')

let published = 0
while (!isStopping && Date.now() < Number(deadlineText)) {
  const started = Date.now()
  published += (await processDueItems({ cfg, payload })).published.length
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))))
}
process.stdout.write(`PUBLISHED ${published}\n`)
await payload.destroy().catch(() => undefined)
process.exit(0)
