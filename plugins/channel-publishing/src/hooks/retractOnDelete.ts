import type { CollectionBeforeDeleteHook } from 'payload'

import type { SanitizedChannelPublishingConfig } from '../types.js'

import { CHANNEL_PUBLISHING_CONTEXT } from '../defaults.js'
import { itemKeyOf } from '../utilities/ids.js'
import { clearFeedCache } from '../utilities/feedCache.js'
import { planDeliveries } from '../utilities/planDeliveries.js'
import { queueDeliveryJob } from '../utilities/queueDelivery.js'

/**
 * Deleting an item that channels show retracts it there. Planned before the delete (the item
 * can still be read for its snapshot) in the delete's transaction, so a failed delete writes
 * nothing.
 */
export const retractOnDelete =
  (config: SanitizedChannelPublishingConfig): CollectionBeforeDeleteHook =>
  async ({ collection, context, id, req }) => {
    if (!config.isEnabled || context?.[CHANNEL_PUBLISHING_CONTEXT]) return
    const written = await planDeliveries({ collection: collection.slug, config, id, isLive: false, req })
    // SQLite may give the next item this id again: the deleted item's ledger (and its remote
    // ids) must not become the new item's history.
    const itemKey = itemKeyOf(collection.slug, id)
    await req.payload.update({
      collection: config.deliveriesSlug as never,
      data: { itemKey: `${itemKey}#deleted-${Date.now()}`, item: null } as never,
      depth: 0,
      overrideAccess: true,
      req,
      where: { itemKey: { equals: itemKey } },
    })
    clearFeedCache()
    if (written > 0) await queueDeliveryJob({ payload: req.payload, req })
  }
