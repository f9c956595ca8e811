import type { Payload, PayloadRequest } from 'payload'

import { DELIVER_TASK_SLUG } from '../defaults.js'
import { pluginConfigOf } from './config.js'

/** Queues one run of the delivery task, optionally not before `waitUntil`. */
export const queueDeliveryJob = async ({ payload, req, waitUntil }: { payload: Payload; req?: PayloadRequest; waitUntil?: Date }): Promise<void> => {
  await payload.jobs.queue({
    task: DELIVER_TASK_SLUG as never,
    input: {} as never,
    queue: pluginConfigOf(payload).queue,
    ...(waitUntil ? { waitUntil } : {}),
    ...(req ? { req } : {}),
  })
}
