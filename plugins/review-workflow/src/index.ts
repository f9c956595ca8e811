/**
 * Review workflow: nothing reaches `_status: 'published'` without the campaign's approvals,
 * and every step is written to the append-only `review-events` collection.
 *
 * ── For the host, to hand to other plugins (scheduling's performAction) ───────────────────
 *
 *   import { runWorkflowAction } from '@loa/plugin-review-workflow'
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
 *     onBehalfOf: managerId,        // optional, with a system actor: whose decision it carries
 *                                   // out (kept on the event's `onBehalfOf`)
 *   }): Promise<{ doc, from, stage, eventId }>
 *
 * It throws APIError 400 (unknown action, transition not allowed from the current stage,
 * missing note), 403 (role, four-eyes), 404 (no such document), and writes nothing then
 * (a transaction it opened is rolled back; one the caller opened is left to the caller).
 * 'publish' re-counts the approvals at that moment against the host's policyFor
 * (requiredApprovals); it is allowed from `approved`, `scheduled` and
 * `unpublished` (when the approvals still stand) and makes the latest version (a pending draft
 * included) the live one. 'unpublish' is allowed while a live version exists.
 * Stages live on `workflow.stage` of the latest version (read with `draft: true`).
 * The final approval sets `scheduled` when the document's `publishAt` (option publishAtField)
 * is in the future, else `approved`. Setting a future publishAt on an approved item schedules
 * it; clearing publishAt on a scheduled item brings it back to `approved` (event actions
 * 'schedule'/'unschedule'). A content edit after any approval voids the approvals (back to
 * `in_review`, event action 'edit').
 *
 * Server code that must write `_status` itself (tests, imports) sets
 * `context: { [REVIEW_WORKFLOW_CONTEXT]: String(id) }`; the plugin option importContextKey
 * marks trusted imports (the demo seed) whose `_status` and `workflow` are taken as given.
 *
 * The gate, for every other write (REST, GraphQL, admin, Local API with or without access):
 * a `_status: 'published'` is refused (403); a write to an item with a live version is saved
 * as a draft version and the live one stays as it is; `_status: 'draft'` on a live item is
 * refused (unpublish through the workflow); a version restore must be a draft restore.
 * Exception: on an item whose latest version is live, a write of workflow-neutral fields only
 * (publishAtField and options.neutralFields) is applied to the live document as is — field
 * access still decides who may write each of them.
 *
 * Who approved and who edited last (`workflow.approvals`, `workflow.lastEditedBy`) and the
 * review panel are read by those `canReadStaffFields` allows (admins by default).
 */
import type { CollectionConfig, Config } from 'payload'

import { mergeTranslations } from '@loa/helpers'

import type { ReviewWorkflowPluginConfig, SanitizedReviewWorkflowConfig } from './types.js'

import { withoutPublishingStatus } from './access/withoutPublishingStatus.js'
import { createReviewEventsCollection } from './collections/createReviewEventsCollection.js'
import { sanitizeReviewWorkflowConfig, WORKFLOW_FIELD } from './defaults.js'
import { workflowEndpoints } from './endpoints/workflowEndpoints.js'
import { workflowFields } from './fields/workflowFields.js'
import { applyWorkflowOnChange } from './hooks/applyWorkflowOnChange.js'
import { guardPublication } from './hooks/guardPublication.js'
import { lockItemForWrite } from './hooks/lockItemForWrite.js'
import { recordWorkflowTransitions } from './hooks/recordWorkflowTransitions.js'
import { sendWorkflowEmailTask } from './jobs/sendWorkflowEmail.js'
import { reviewWorkflowTranslations } from './translations/index.js'
import { CUSTOM_KEY } from './utilities/sanitizedConfig.js'

export { REVIEW_EVENT_WRITE_CONTEXT, REVIEW_WORKFLOW_CONTEXT } from './utilities/contextKeys.js'
export type {
  CanReadEvents,
  CanReadStaffFields,
  IsAdmin,
  PolicyFor,
  ReviewersFor,
  ReviewWorkflowPluginConfig,
  RolesFor,
  WorkflowRoles,
  RunWorkflowActionArgs,
  RunWorkflowActionResult,
  SystemActor,
  WorkflowAction,
  WorkflowStage,
  WorkflowState,
} from './types.js'
export { WORKFLOW_ACTIONS, WORKFLOW_STAGES } from './types.js'
export { runWorkflowAction } from './utilities/runWorkflowAction.js'
export { appendReviewEvent } from './utilities/appendReviewEvent.js'
export type { AppendReviewEventArgs } from './utilities/appendReviewEvent.js'
export { reviewWorkflowTranslations } from './translations/index.js'
export { DEFAULT_ROLES } from './defaults.js'
export { createReviewEventsCollection } from './collections/createReviewEventsCollection.js'
export { WORKFLOW_PANEL_COMPONENT } from './fields/workflowFields.js'

const hasField = (collection: CollectionConfig, name: string) => collection.fields.some((field) => 'name' in field && field.name === name)

const validate = (cfg: SanitizedReviewWorkflowConfig, config: Config) => {
  const collections = config.collections ?? []
  for (const slug of cfg.collections) {
    const collection = collections.find((each) => each.slug === slug)
    if (!collection) throw new Error(`[review-workflow] unknown collection "${slug}"`)
    const versions = collection.versions
    if (!versions || typeof versions !== 'object' || !versions.drafts) {
      throw new Error(`[review-workflow] collection "${slug}" must have versions.drafts enabled: the live version and the pending draft are kept apart`)
    }
    if (hasField(collection, WORKFLOW_FIELD)) throw new Error(`[review-workflow] collection "${slug}" already has a field named "${WORKFLOW_FIELD}"`)
    if (cfg.campaignsCollection && !hasField(collection, cfg.campaignField))
      throw new Error(`[review-workflow] collection "${slug}" has no "${cfg.campaignField}" field (option campaignField)`)
  }
  if (cfg.campaignsCollection && !collections.some((each) => each.slug === cfg.campaignsCollection)) {
    throw new Error(`[review-workflow] unknown campaigns collection "${cfg.campaignsCollection}" (option campaignsCollection)`)
  }
  if (!collections.some((each) => each.slug === cfg.usersCollection)) {
    throw new Error(`[review-workflow] unknown users collection "${cfg.usersCollection}" (option usersCollection)`)
  }
  if (collections.some((each) => each.slug === cfg.eventsSlug))
    throw new Error(`[review-workflow] a collection "${cfg.eventsSlug}" exists already (option eventsSlug)`)
}

const reviewed = (cfg: SanitizedReviewWorkflowConfig, collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  custom: { ...collection.custom, [CUSTOM_KEY]: cfg },
  access: cfg.disabled ? collection.access : { ...collection.access, update: withoutPublishingStatus(collection.access?.update) },
  fields: [...collection.fields, ...workflowFields(cfg)],
  endpoints: collection.endpoints === false ? false : [...(collection.endpoints ?? []), ...workflowEndpoints(cfg, collection.slug)],
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), lockItemForWrite(cfg), guardPublication(cfg)],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), applyWorkflowOnChange(cfg)],
    afterChange: [...(collection.hooks?.afterChange ?? []), recordWorkflowTransitions(cfg)],
  },
})

/**
 * `reviewWorkflowPlugin({ collections: ['posts'] })`: adds the `workflow` group, the
 * workflow endpoint and the gate to each collection, the append-only events collection and
 * the e-mail task. When disabled, the fields and collections stay (a stable schema) and the
 * gate stands open.
 */
export const reviewWorkflowPlugin =
  (options: ReviewWorkflowPluginConfig) =>
  (config: Config): Config => {
    const cfg = sanitizeReviewWorkflowConfig(options, config)
    validate(cfg, config)
    const collections = (config.collections ?? []).map((collection) => (cfg.collections.includes(collection.slug) ? reviewed(cfg, collection) : collection))
    return {
      ...mergeTranslations(config, reviewWorkflowTranslations),
      collections: [...collections, createReviewEventsCollection(cfg)],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), sendWorkflowEmailTask(cfg)],
      },
    }
  }

// The pure rules, exported for tests and for hosts that want to preview a transition.
export { changedContentFields } from './utilities/contentChange.js'
export { planTransition } from './utilities/planTransition.js'
export type { PlanInput, PlanResult } from './utilities/planTransition.js'
