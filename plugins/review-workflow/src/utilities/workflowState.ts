import type { Id, WaitingFor, WorkflowStage, WorkflowState } from '../types.js'

import { WORKFLOW_FIELD } from '../defaults.js'
import { WORKFLOW_STAGES } from '../types.js'
import { idOf } from '@loa/helpers'

/** Whom an item in this stage waits for. */
export const waitingForStage = (stage: WorkflowStage): WaitingFor => {
  switch (stage) {
    case 'draft':
    case 'changes_requested':
      return 'author'
    case 'in_review':
      return 'reviewers'
    case 'approved':
    case 'unpublished':
      return 'manager'
    case 'scheduled':
      return 'schedule'
    case 'published':
      return 'nobody'
  }
}

export const initialWorkflow = ({ lastEditedBy, now }: { lastEditedBy?: Id | null; now: string }): WorkflowState => ({
  stage: 'draft',
  approvals: [],
  lastEditedBy: lastEditedBy ?? null,
  waitingFor: 'author',
  submittedAt: null,
  stageChangedAt: now,
})

const isStage = (value: unknown): value is WorkflowStage => WORKFLOW_STAGES.includes(value as WorkflowStage)

/**
 * The workflow state stored on a document, tidied: ids for relationships, a stage even on
 * documents written before the plugin was installed (their `_status` decides it).
 */
export const readWorkflow = (doc: Record<string, unknown> | undefined | null): WorkflowState => {
  const raw = (doc?.[WORKFLOW_FIELD] ?? {}) as Record<string, unknown>
  const stage = isStage(raw.stage) ? raw.stage : doc?._status === 'published' ? 'published' : 'draft'
  const approvals = (Array.isArray(raw.approvals) ? raw.approvals : [])
    .map((row: { reviewer?: unknown; at?: unknown }) => ({ reviewer: idOf(row?.reviewer), at: String(row?.at ?? '') }))
    .filter((row): row is { reviewer: Id; at: string } => row.reviewer !== undefined)
  return {
    stage,
    approvals,
    lastEditedBy: idOf(raw.lastEditedBy) ?? null,
    waitingFor: waitingForStage(stage),
    submittedAt: (raw.submittedAt as string | null | undefined) ?? null,
    stageChangedAt: (raw.stageChangedAt as string | null | undefined) ?? null,
  }
}

/** The state after moving to `stage` at `now` (stageChangedAt only moves when the stage does). */
export const moveTo = (state: WorkflowState, stage: WorkflowStage, now: string, changes: Partial<WorkflowState> = {}): WorkflowState => ({
  ...state,
  ...changes,
  stage,
  waitingFor: waitingForStage(stage),
  stageChangedAt: stage === state.stage ? (state.stageChangedAt ?? now) : now,
})

/** A date in the future, read from a date field's value. */
export const isInFuture = (value: unknown, now: Date): boolean => {
  if (value === null || value === undefined || value === '') return false
  const time = new Date(value as string).getTime()
  return Number.isFinite(time) && time > now.getTime()
}

export const hasValue = (value: unknown): boolean => value !== null && value !== undefined && value !== ''
