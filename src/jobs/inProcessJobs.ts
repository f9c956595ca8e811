/**
 * Where Loa's jobs run. `npm run worker` (scripts/worker.ts) runs every queue in its own
 * process, as production does; outside production (and tests) the web server also runs them
 * through `jobs.autoRun`, unless LOA_JOBS_IN_PROCESS=false.
 */
import type { Config, Payload } from 'payload'

import { queueCatchUpSweep } from '@loa/plugin-scheduling'

import { canRunJobs } from './canRunJobs.js'

/** On in development, off in production (workers run the jobs) and in tests (they run jobs explicitly). */
export const isRunningJobsInProcess = (): boolean =>
  process.env.LOA_JOBS_IN_PROCESS === 'true' ||
  (process.env.LOA_JOBS_IN_PROCESS !== 'false' && process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'test')

/** Loa's `jobs` settings around its own tasks: HTTP access to the queue, and the in-process runner when on. */
export const loaJobs = ({ isInProcess, tasks }: { isInProcess: boolean; tasks: NonNullable<Config['jobs']>['tasks'] }): NonNullable<Config['jobs']> => ({
  access: { run: canRunJobs, queue: canRunJobs, cancel: canRunJobs },
  tasks,
  // Every queue, every second: scheduled items, deliveries and e-mails all run in dev.
  autoRun: isInProcess ? [{ allQueues: true, cron: '* * * * * *', limit: 20, silent: { info: true } }] : undefined,
})

/** Catch-up after downtime: one due-items sweep right away rather than at the next cron tick. */
export const startInProcessJobs = async (payload: Payload, isInProcess: boolean): Promise<void> => {
  if (isInProcess) await queueCatchUpSweep(payload)
}
