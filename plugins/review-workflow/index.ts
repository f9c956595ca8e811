/**
 * Review workflow: nothing reaches `_status: 'published'` without the campaign's approvals,
 * and every step is written to the append-only `review-events` collection.
 *
 * ── For other plugins (scheduling, channel publishing) ─────────────────────────────────────
 *
 *   import { runWorkflowAction } from '../review-workflow/index.js'
 *
 *   await runWorkflowAction({
 *     req,                          // PayloadRequest; its transaction is joined (or one is opened
 *                                   // and committed when req has none)
 *     collection: 'reports',        // a slug the plugin reviews
 *     id,                           // document id
 *     action: 'publish',            // 'submit' | 'approve' | 'request_changes' | 'withdraw'
 *                                   // | 'publish' | 'unpublish'
 *     note,                         // optional; required for 'request_changes'
 *     actor: 'system:scheduler',    // optional. Omitted → req.user acts and campaign roles are
 *                                   // checked. A `system:<name>` actor needs no user but may
 *                                   // only 'publish' and 'unpublish'.
 *   }): Promise<{ doc, from, stage, eventId }>
 *
 * It throws APIError 400 (unknown action, transition not allowed from the current stage,
 * missing note), 403 (role, four-eyes), 404 (no such document), and writes nothing then.
 * 'publish' re-counts the approvals at that moment against the campaign's
 * approvalPolicy.requiredApprovals; it is allowed from `approved`, `scheduled` and
 * `unpublished` (when the approvals still stand) and makes the latest version (a pending draft
 * included) the live one. 'unpublish' is allowed while a live version exists.
 * Stages live on `workflow.stage` of the latest version (read with `draft: true`).
 * The final approval sets `scheduled` when the document's `publishAt` (option publishAtField)
 * is in the future, else `approved`. Setting/clearing publishAt on an approved item moves it
 * between `approved` and `scheduled` (event actions 'schedule'/'unschedule').
 *
 * Every write a user makes (REST, GraphQL, admin, Local API) is saved as a draft version; a
 * `_status: 'published'` in it is refused (403), a version restore must be a draft restore.
 * Exception: on an item whose latest version is live, a write of workflow-neutral fields only
 * (publishAt, unpublishAt, internalNotes, options.neutralFields) is applied to the live
 * document as is.
 */
export { REVIEW_EVENT_WRITE_CONTEXT, REVIEW_WORKFLOW_CONTEXT } from './utilities/contextKeys.js'
export type {
  ReviewWorkflowPluginConfig,
  RunWorkflowActionArgs,
  RunWorkflowActionResult,
  SystemActor,
  WorkflowAction,
  WorkflowStage,
  WorkflowState,
} from './types.js'
export { WORKFLOW_ACTIONS, WORKFLOW_STAGES } from './types.js'
