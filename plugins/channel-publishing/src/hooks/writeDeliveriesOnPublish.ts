import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedChannelPublishingConfig } from '../types.js'

import { CHANNEL_PUBLISHING_CONTEXT } from '../defaults.js'
import { clearFeedCache } from '../utilities/feedCache.js'
import { planDeliveries } from '../utilities/planDeliveries.js'
import { queueDeliveryJob } from '../utilities/queueDelivery.js'

/**
 * Reacts to Payload's own publish state, whoever changes it. Saving a draft of a published
 * item leaves the live document untouched (Payload only writes a version), so nothing is
 * sent; publishing, re-publishing with changes and unpublishing write outbox rows in the same
 * transaction and queue the delivery job. No outside system is called here.
 */
export const writeDeliveriesOnPublish =
  (config: SanitizedChannelPublishingConfig): CollectionAfterChangeHook =>
  async ({ collection, context, doc, req }) => {
    if (!config.isEnabled || context?.[CHANNEL_PUBLISHING_CONTEXT]) return doc
    let isLive = doc._status === 'published'
    if (!isLive) {
      // A draft result is either a draft saved over the live version or an unpublish: the
      // main document (what the public sees) tells them apart.
      const live = (await req.payload.db.findOne({
        collection: collection.slug,
        req,
        select: { _status: true } as never,
        where: { id: { equals: doc.id } },
      })) as { _status?: string } | null
      if (live?._status === 'published') return doc
    }
    const written = await planDeliveries({ collection: collection.slug, config, id: doc.id, isLive, req })
    clearFeedCache()
    if (written > 0) await queueDeliveryJob({ payload: req.payload, req })
    return doc
  }
