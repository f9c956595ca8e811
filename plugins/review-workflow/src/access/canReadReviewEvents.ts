import type { Access } from 'payload'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

/** The host's rule (`canReadEvents`) for reading the review events; anonymous readers never do. */
export const canReadReviewEvents =
  (cfg: SanitizedReviewWorkflowConfig): Access =>
  async ({ req }) => {
    if (!req.user) return false
    return cfg.canReadEvents({ req })
  }
