import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

import { idOf } from '@loa/helpers'
import { takePendingTransitions } from '../utilities/pendingTransitions.js'
import { writeReviewEvent } from '../utilities/writeReviewEvent.js'

/** Writes the review events of the transitions applyWorkflowOnChange decided, in the same transaction. */
export const recordWorkflowTransitions =
  (cfg: SanitizedReviewWorkflowConfig): CollectionAfterChangeHook =>
  async ({ collection, context, doc, operation, req }) => {
    const transitions = takePendingTransitions({ collection: collection.slug, context, id: doc.id, operation })
    for (const transition of transitions) {
      await writeReviewEvent({
        cfg,
        req,
        event: { ...transition, id: doc.id, campaign: cfg.campaignsCollection ? idOf(doc[cfg.campaignField]) : undefined },
      })
    }
    return doc
  }
