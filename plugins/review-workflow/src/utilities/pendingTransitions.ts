/**
 * Transitions decided in beforeChange (where the final data is known) and written as review
 * events in afterChange (where a new document has its id), passed through the request context.
 */
import type { RequestContext } from 'payload'

import type { EventAction, Id, WorkflowStage } from '../types.js'

import { REVIEW_WORKFLOW_PENDING_CONTEXT } from './contextKeys.js'

export type PendingTransition = {
  collection: string
  /** Undefined on create: the document has no id yet. */
  id: Id | undefined
  from: WorkflowStage
  to: WorkflowStage
  action: EventAction
  actor: Id | `system:${string}` | undefined
  note?: string
  at: string
}

const keyOf = (collection: string, id: Id | undefined) => `${collection}:${id === undefined ? 'new' : String(id)}`

export const addPendingTransition = (context: RequestContext, transition: PendingTransition): void => {
  const pending = (context[REVIEW_WORKFLOW_PENDING_CONTEXT] ??= {}) as Record<string, PendingTransition[]>
  const key = keyOf(transition.collection, transition.id)
  pending[key] = [...(pending[key] ?? []), transition]
}

/** Takes (and forgets) the transitions of one write. */
export const takePendingTransitions = ({
  collection,
  context,
  id,
  operation,
}: {
  collection: string
  context: RequestContext
  id: Id
  operation: 'create' | 'update'
}): PendingTransition[] => {
  const pending = context[REVIEW_WORKFLOW_PENDING_CONTEXT] as Record<string, PendingTransition[]> | undefined
  if (!pending) return []
  const key = keyOf(collection, operation === 'create' ? undefined : id)
  const found = pending[key] ?? []
  delete pending[key]
  return found
}
