/**
 * Every queued task runs in a request scope of its own (see requestScope.ts), as an HTTP request
 * does: a query Payload issues for it without its `req` then runs on the task's transaction.
 * Without one, Payload's forgot-password operation (run by a task) held its transaction and
 * waited for a second connection — on SQLite, for the write lock it already held — until the
 * lock's timeout.
 */
import type { Config, TaskConfig } from 'payload'

import { runInRequestScope } from './requestScope.js'

const scoped = (task: TaskConfig): TaskConfig => {
  const handler = task.handler
  if (typeof handler !== 'function') return task
  return { ...task, handler: ((args: Parameters<typeof handler>[0]) => runInRequestScope(() => handler(args))) as typeof handler }
}

/** The config transformer: put it after every plugin, so their tasks are covered too. */
export const runTasksInRequestScopes =
  () =>
  (config: Config): Config => ({
    ...config,
    jobs: config.jobs ? { ...config.jobs, tasks: (config.jobs.tasks ?? []).map((task) => scoped(task as TaskConfig)) } : config.jobs,
  })
