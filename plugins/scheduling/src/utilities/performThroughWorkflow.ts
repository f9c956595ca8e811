import type { PerformScheduledAction } from '../types.js'

import { runWorkflowAction } from '../../../review-workflow/src/index.js'
import { SCHEDULER_ACTOR } from '../defaults.js'

/**
 * The scheduler's one way to publish or unpublish: the review workflow's gate, acting as the
 * system scheduler on behalf of the user who set the time (kept on the review event), so
 * approvals are counted again at the moment the item falls due. It joins the transaction the
 * claim was written in.
 */
export const performThroughWorkflow: PerformScheduledAction = async ({ action, collection, id, req, scheduledBy }) =>
  runWorkflowAction({ action, actor: SCHEDULER_ACTOR, collection, id, onBehalfOf: scheduledBy, req })
