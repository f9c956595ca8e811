import type { SanitizedConfig } from 'payload'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

import { refusal, toAPIError } from './messages.js'

/** Key on a reviewed collection's `custom` holding the plugin's sanitized options. */
export const CUSTOM_KEY = 'reviewWorkflow'

/** The plugin's options, as stored on the reviewed collection; 404 when it is not reviewed. */
export const getSanitizedConfig = (config: SanitizedConfig, collection: string): SanitizedReviewWorkflowConfig => {
  const found = config.collections.find((each) => each.slug === collection)
  const cfg = found?.custom?.[CUSTOM_KEY] as SanitizedReviewWorkflowConfig | undefined
  if (!cfg) throw toAPIError(refusal(404, `Bộ sưu tập "${collection}" không qua quy trình duyệt`, `Collection "${collection}" is not reviewed`))
  return cfg
}
