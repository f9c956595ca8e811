/**
 * `npm run worker`: runs Loa's jobs queue (every queue: scheduled publishing, channel
 * deliveries, workflow e-mails…) as its own process, in a loop, until SIGTERM or SIGINT. This is
 * what production runs, as many of them as needed; they share the database and never do one
 * job's work twice. On start it sweeps for everything that fell due while no worker ran.
 */
// (A module: only dynamic imports below, on purpose.)
export {}

// This process is the runner: the web server's in-process cron stays off here.
process.env.LOA_JOBS_IN_PROCESS = 'false'

// Listen for the stop signal before booting: Payload takes seconds to start, and a SIGTERM in
// that window (a deploy, an orchestrator scaling down) must still end in a clean exit 0, not
// in Node's default kill. No job is in hand yet, so the loop below simply never starts.
const stop = new AbortController()
// Run as `node --import tsx` (see package.json), not through the `tsx` command: that one is a
// parent process that relays a signal and kills the script if it does not acknowledge within
// 30 ms, which a worker busy loading Payload cannot. A second signal still stops it hard.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    console.info(`[worker] ${signal}: finishing the jobs in hand, then stopping`)
    stop.abort()
  })
}
console.info(`[worker] starting (pid ${process.pid})`)

// Loaded only now, after the handlers: loading Payload and the plugins alone takes seconds.
const { getPayload } = await import('payload')
const { queueCatchUpSweep } = await import('@loa/plugin-scheduling')
const { runJobsUntilStopped } = await import('../src/jobs/runJobsUntilStopped.js')

const { loaConfig } = await import('../payload.config.js')
// A worker never seeds: the web server (or `npm run seed`) does that.
const payload = await getPayload({ config: loaConfig({ isSeededWhenEmpty: false }) })

// Stopped while booting: nothing in hand, so straight to the clean exit.
if (!stop.signal.aborted) {
  payload.logger.info({ msg: `[worker] running every job queue (pid ${process.pid})` })
  await runJobsUntilStopped({
    idleMs: Number(process.env.LOA_WORKER_IDLE_MS ?? 1000),
    onStart: () => queueCatchUpSweep(payload),
    payload,
    signal: stop.signal,
  })
}
await payload.destroy()
payload.logger.info({ msg: '[worker] stopped' })
process.exit(0)
