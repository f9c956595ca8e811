import type { ComputedMetric, ComputedMetricKey } from '../types.js'

import { deliveriesSucceeded, portalsReached } from './deliveries.js'
import { publishedItems } from './publishedItems.js'
import { attendance, registrations, workshopsHeld } from './workshops.js'

/** Every computed KPI metric, each with its one query. */
export const COMPUTED_METRICS: Record<ComputedMetricKey, ComputedMetric> = {
  publishedItems,
  deliveriesSucceeded,
  portalsReached,
  workshopsHeld,
  registrations,
  attendance,
}

export const MANUAL_METRIC_LABEL = { vi: 'Nhập tay', en: 'Entered by hand' }
