/**
 * Context keys the workflow sets on its own writes. Context cannot be set over HTTP, so only
 * server code reaches past the gate, and only through runWorkflowAction.
 */

/** Set (to the document id) on the workflow's own writes: the gate lets them change `_status` and `workflow`. */
export const REVIEW_WORKFLOW_CONTEXT = 'reviewWorkflowAction'

/** Set on the workflow's writes to the events collection, the only creates it accepts. */
export const REVIEW_EVENT_WRITE_CONTEXT = 'reviewWorkflowEventWrite'

/** Set by the gate on a version restore it has checked (restored as a draft). */
export const REVIEW_WORKFLOW_RESTORE_CONTEXT = 'reviewWorkflowRestoringDraft'

/** Set by the gate (to the document id) on a write of workflow-neutral fields only to a live item, kept live. */
export const REVIEW_WORKFLOW_NEUTRAL_LIVE_CONTEXT = 'reviewWorkflowNeutralLiveEdit'

/** Transitions decided in beforeChange, written as events in afterChange (keyed by collection/id). */
export const REVIEW_WORKFLOW_PENDING_CONTEXT = 'reviewWorkflowPendingTransitions'
