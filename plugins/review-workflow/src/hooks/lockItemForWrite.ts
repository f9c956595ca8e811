import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

import { lockItemRow } from '../utilities/lockItemRow.js'

type WriteArgs = { id?: number | string }

/**
 * First of the gate's hooks: an update or delete of one item waits until any other writer of
 * that item (an edit, a workflow action, the scheduler) has committed, and only then reads the
 * item it will change. Payload opens the request's transaction before this hook runs.
 */
export const lockItemForWrite =
  (cfg: SanitizedReviewWorkflowConfig): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (cfg.disabled) return args
    if (operation !== 'update' && operation !== 'delete') return args
    const id = (args as WriteArgs).id
    if (id !== undefined && id !== null) await lockItemRow({ collection: collection.slug, id, req })
    return args
  }
