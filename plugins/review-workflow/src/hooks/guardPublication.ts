import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

import { REVIEW_WORKFLOW_CONTEXT, REVIEW_WORKFLOW_NEUTRAL_LIVE_CONTEXT, REVIEW_WORKFLOW_RESTORE_CONTEXT } from '../utilities/contextKeys.js'
import { changedContentFields, hasNeutralSubFields, isDerivedWrite } from '../utilities/contentChange.js'
import { GATE_MESSAGES, toAPIError } from '../utilities/messages.js'

type WriteArgs = {
  id?: number | string
  data?: Record<string, unknown>
  draft?: boolean
  duplicateFromID?: number | string | null
  publishSpecificLocale?: string
  unpublishAllLocales?: boolean | string
}

/**
 * The gate, before any write: a `_status: 'published'` from anyone but the workflow is refused;
 * a write to an item with a live version becomes a draft save (the live version stays as it
 * is), except a write of workflow-neutral fields only while no draft is pending; a version
 * restore must be a draft restore. Complemented by applyWorkflowOnChange, which sees every
 * write's final data.
 */
export const guardPublication =
  (cfg: SanitizedReviewWorkflowConfig): CollectionBeforeOperationHook =>
  async ({ args, collection, context, operation, req }) => {
    if (cfg.disabled || context?.[REVIEW_WORKFLOW_CONTEXT] !== undefined) return args
    if (cfg.importContextKey && context?.[cfg.importContextKey]) return args

    if (operation === 'restoreVersion') {
      if (!(args as WriteArgs).draft) throw toAPIError(GATE_MESSAGES.restore)
      req.context[REVIEW_WORKFLOW_RESTORE_CONTEXT] = true
      return args
    }
    if (operation !== 'create' && operation !== 'update') return args

    const writeArgs = args as WriteArgs
    const data = writeArgs.data ?? {}
    if (data._status === 'published') throw toAPIError(GATE_MESSAGES.publish)
    if (writeArgs.publishSpecificLocale) throw toAPIError(GATE_MESSAGES.publishLocale)
    if (writeArgs.unpublishAllLocales && writeArgs.unpublishAllLocales !== 'false') throw toAPIError(GATE_MESSAGES.unpublish)
    if (writeArgs.draft) return args
    // A copy of a live item starts as a draft of its own.
    if (operation === 'create') return writeArgs.duplicateFromID !== undefined && writeArgs.duplicateFromID !== null ? { ...args, draft: true } : args
    // A bulk update may touch live items: every write of it is a draft save.
    if (writeArgs.id === undefined || writeArgs.id === null) return { ...args, draft: true }

    const live = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
      collection: collection.slug,
      req,
      where: { id: { equals: writeArgs.id } },
    })
    if (live?._status !== 'published') return args
    if (data._status === 'draft') throw toAPIError(GATE_MESSAGES.unpublish)

    // Only neutral fields, or groups whose changed sub-fields are all neutral, or a derived write
    // (e.g. audio synthesized from the reviewed script) marked by the host's context key.
    const isNeutralOnly =
      isDerivedWrite(cfg, req.context) ||
      Object.keys(data).every(
        (key) =>
          cfg.neutralFieldSet.has(key) ||
          (hasNeutralSubFields(key, cfg.neutralFieldSet) &&
            changedContentFields({ data: { [key]: data[key] }, neutralFields: cfg.neutralFieldSet, original: live as Record<string, unknown> }).length === 0),
      )
    if (isNeutralOnly) {
      const { docs } = await req.payload.db.findVersions<{ id: number | string; _status?: string }>({
        collection: collection.slug,
        limit: 1,
        pagination: false,
        req,
        sort: '-updatedAt',
        where: { and: [{ parent: { equals: writeArgs.id } }, { latest: { equals: true } }] },
      })
      const isLatestLive = !docs[0] || docs[0].version?._status === 'published'
      if (isLatestLive) {
        req.context[REVIEW_WORKFLOW_NEUTRAL_LIVE_CONTEXT] = String(writeArgs.id)
        return args
      }
    }
    return { ...args, draft: true }
  }
