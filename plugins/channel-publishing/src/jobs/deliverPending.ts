import type { PayloadRequest, TaskConfig } from 'payload'

import { DELIVER_TASK_SLUG } from '../defaults.js'
import { drainDeliveries } from '../utilities/drainDeliveries.js'

/**
 * Sends due deliveries. Idempotent: every row is claimed with a lease before it is sent, so
 * overlapping runs on several workers share the work instead of repeating it. Delivery state
 * is written outside the job's transaction on purpose (see deliveryStore.ts).
 */
export const createDeliverPendingTask = (): TaskConfig =>
  ({
    slug: DELIVER_TASK_SLUG,
    label: 'Gửi nội dung tới các kênh — deliver pending channel deliveries',
    inputSchema: [{ name: 'limit', type: 'number' }],
    outputSchema: [
      { name: 'delivered', type: 'number' },
      { name: 'failed', type: 'number' },
      { name: 'dead', type: 'number' },
      { name: 'skipped', type: 'number' },
    ],
    retries: 2,
    handler: async ({ input, req }: { input: unknown; req: PayloadRequest }) => {
      const limit = typeof (input as { limit?: unknown })?.limit === 'number' ? (input as { limit: number }).limit : undefined
      const output = await drainDeliveries({ payload: req.payload, limit })
      return { output }
    },
  }) as unknown as TaskConfig
