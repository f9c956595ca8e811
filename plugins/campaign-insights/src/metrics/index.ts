import type { ComputedMetric, ComputedMetricKey, InsightMetric } from '../types.js'

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

/** The built-in metrics and the contributed ones by key; a contributed key may not take a built-in one. */
export const metricsRegistry = (contributed: InsightMetric[], fail: (message: string) => never): Record<string, InsightMetric> => {
  const registry: Record<string, InsightMetric> = { ...COMPUTED_METRICS }
  for (const metric of contributed) {
    if (!metric || typeof metric.key !== 'string' || !/^[a-z][a-zA-Z0-9]*$/.test(metric.key)) {
      fail(`metrics: key must be lower camel case, got ${JSON.stringify(metric?.key)}`)
    }
    if (registry[metric.key] || metric.key === 'manual') fail(`metrics: "${metric.key}" is already taken`)
    if (typeof metric.compute !== 'function') fail(`metrics: "${metric.key}" needs a compute function`)
    if (!metric.label?.vi || !metric.label?.en) fail(`metrics: "${metric.key}" needs a label in vi and en`)
    registry[metric.key] = metric
  }
  return registry
}
