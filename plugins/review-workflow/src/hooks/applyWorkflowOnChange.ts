import type { CollectionBeforeChangeHook } from 'payload'

import type { EventAction, SanitizedReviewWorkflowConfig, WorkflowStage, WorkflowState } from '../types.js'

import { WORKFLOW_FIELD } from '../defaults.js'
import { changedContentFields, isDerivedWrite } from '../utilities/contentChange.js'
import { REVIEW_WORKFLOW_CONTEXT, REVIEW_WORKFLOW_NEUTRAL_LIVE_CONTEXT, REVIEW_WORKFLOW_RESTORE_CONTEXT } from '../utilities/contextKeys.js'
import { GATE_MESSAGES, toAPIError } from '../utilities/messages.js'
import { addPendingTransition } from '../utilities/pendingTransitions.js'
import { hasValue, initialWorkflow, isInFuture, moveTo, readWorkflow } from '../utilities/workflowState.js'

/** Stages reached only with approvals: a content edit there sends the item back to review. */
const APPROVED_STAGES: ReadonlySet<WorkflowStage> = new Set(['approved', 'scheduled', 'published', 'unpublished'])

/**
 * Keeps `workflow` in the server's hands on every write that is not the workflow's own:
 * incoming workflow values are replaced by the stored ones; a content change records the
 * last editor and, after any approval, voids the approvals (back to in_review); a publishAt
 * set or cleared on an approved item schedules or unschedules it. Refuses a final
 * `_status: 'published'` (the last line of the gate, for paths guardPublication cannot see
 * into, such as a duplicate).
 */
export const applyWorkflowOnChange =
  (cfg: SanitizedReviewWorkflowConfig): CollectionBeforeChangeHook =>
  ({ collection, context, data, operation, originalDoc, req }) => {
    if (cfg.disabled) return data
    const trustedId = context?.[REVIEW_WORKFLOW_CONTEXT]
    if (trustedId !== undefined && (operation === 'create' || String(trustedId) === String(originalDoc?.id))) return data

    const now = new Date()
    const at = now.toISOString()

    if (cfg.importContextKey && context?.[cfg.importContextKey]) {
      const given = (data[WORKFLOW_FIELD] ?? null) as Partial<WorkflowState> | null
      const state = readWorkflow({ _status: data._status, [WORKFLOW_FIELD]: { stageChangedAt: at, ...given } })
      data[WORKFLOW_FIELD] = { ...state, lastEditedBy: given?.lastEditedBy ?? null }
      if (operation === 'create' && state.stage !== 'draft') {
        addPendingTransition(context, {
          collection: collection.slug,
          id: undefined,
          from: 'draft',
          to: state.stage,
          action: 'import',
          actor: 'system:import',
          at,
        })
      }
      return data
    }

    if (context?.[REVIEW_WORKFLOW_RESTORE_CONTEXT] && context.isRestoringVersion) {
      // The restore was checked to be a draft restore; its data carries the old version's status.
      delete context[REVIEW_WORKFLOW_RESTORE_CONTEXT]
      data._status = 'draft'
    }
    const changed =
      operation === 'update' && !isDerivedWrite(cfg, context) ? changedContentFields({ data, neutralFields: cfg.neutralFieldSet, original: originalDoc }) : []
    const neutralLiveId = context?.[REVIEW_WORKFLOW_NEUTRAL_LIVE_CONTEXT]
    if (neutralLiveId !== undefined) delete context[REVIEW_WORKFLOW_NEUTRAL_LIVE_CONTEXT]
    // A write of neutral fields to a live item stays live: it inherits `published` and changes no content.
    const isNeutralLiveEdit =
      neutralLiveId !== undefined && String(neutralLiveId) === String(originalDoc?.id) && originalDoc?._status === 'published' && changed.length === 0
    if (data._status === 'published' && !isNeutralLiveEdit) throw toAPIError(GATE_MESSAGES.publish)

    const userId = req.user?.id ?? null
    if (operation === 'create') {
      data[WORKFLOW_FIELD] = initialWorkflow({ lastEditedBy: userId, now: at })
      return data
    }

    const previous = readWorkflow(originalDoc)
    let next: WorkflowState = { ...previous }
    const transitions: Array<{ from: WorkflowStage; to: WorkflowStage; action: EventAction; note?: string }> = []

    if (changed.length) {
      if (userId !== null) next.lastEditedBy = userId
      if (previous.approvals.length > 0 || APPROVED_STAGES.has(previous.stage)) {
        next = moveTo(next, 'in_review', at, { approvals: [], submittedAt: at })
        transitions.push({ from: previous.stage, to: 'in_review', action: 'edit', note: `Đã sửa / changed: ${changed.join(', ')}` })
      }
    }

    const publishAt = cfg.publishAtField in data ? data[cfg.publishAtField] : originalDoc?.[cfg.publishAtField]
    if (next.stage === 'approved' && hasValue(publishAt) && isInFuture(publishAt, now)) {
      transitions.push({ from: next.stage, to: 'scheduled', action: 'schedule' })
      next = moveTo(next, 'scheduled', at)
    } else if (next.stage === 'scheduled' && !hasValue(publishAt)) {
      transitions.push({ from: next.stage, to: 'approved', action: 'unschedule' })
      next = moveTo(next, 'approved', at)
    }

    data[WORKFLOW_FIELD] = next
    for (const transition of transitions) {
      addPendingTransition(context, { collection: collection.slug, id: originalDoc?.id, actor: userId ?? undefined, at, ...transition })
    }
    return data
  }
