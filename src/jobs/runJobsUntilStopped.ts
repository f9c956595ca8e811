import type { Payload } from 'payload'

export type RunJobsUntilStoppedArgs = {
  payload: Payload
  /** Pause between passes when the queues are empty. */
  idleMs?: number
  /** Jobs taken per pass. */
  limit?: number
  /** Aborting stops the loop after the pass in progress (SIGTERM in scripts/worker.ts). */
  signal: AbortSignal
  /** Jobs queued before the first pass (the scheduler's catch-up run). */
  onStart?: () => Promise<void>
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })

/**
 * Runs every queue (scheduling, deliveries, e-mails…) until `signal` aborts: queue the jobs
 * whose cron is due, run what is runnable, repeat. Any number of these may run against one
 * database; the tasks themselves make sure nothing is done twice.
 */
export const runJobsUntilStopped = async ({ idleMs = 1000, limit = 20, onStart, payload, signal }: RunJobsUntilStoppedArgs): Promise<void> => {
  if (onStart) await onStart()
  while (!signal.aborted) {
    let isBusy = false
    try {
      if (payload.config.jobs.scheduling) await payload.jobs.handleSchedules({ allQueues: true })
      const result = await payload.jobs.run({ allQueues: true, limit, silent: { info: true } })
      // A full batch means more may be waiting: go again without pausing.
      isBusy = Object.keys(result.jobStatus ?? {}).length >= limit
    } catch (err) {
      payload.logger.error({ err, msg: '[worker] a pass over the job queues failed; trying again' })
    }
    if (!isBusy) await pause(idleMs, signal)
  }
}
