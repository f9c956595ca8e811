import type { CollectionSlug } from 'payload'

import type { PerformScheduledAction } from '../types.js'

/**
 * The default for a host without a review gate: publishing makes the latest version (a
 * pending draft included) the live one, unpublishing turns the live document into a draft.
 * It runs in the claim's transaction, with the scheduler's authority (checked before).
 */
export const publishDirectly: PerformScheduledAction = async ({ action, collection, id, req }) =>
  req.payload.update({
    collection: collection as CollectionSlug,
    id,
    data: { _status: action === 'publish' ? 'published' : 'draft' } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
