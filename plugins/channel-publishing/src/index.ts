import type { CollectionConfig, Config } from 'payload'

import { mergeTranslations } from '@loa/helpers'

import type { ChannelPublishingPluginConfig } from './types.js'

import { createChannelsCollection } from './collections/channels.js'
import { createDeliveriesCollection } from './collections/deliveries.js'
import { DELIVERIES_NAV_LINK_COMPONENT, DELIVERIES_VIEW_COMPONENT, DELIVERIES_VIEW_PATH } from './components/paths.js'
import { PLUGIN_NAME, sanitizeOptions } from './defaults.js'
import { createRetryEndpoint, createResendEndpoint } from './endpoints/deliveryActions.js'
import { createFeedEndpoints } from './endpoints/feeds.js'
import { publishingFields } from './fields/publishingFields.js'
import { retractOnDelete } from './hooks/retractOnDelete.js'
import { stampFirstPublishedAt } from './hooks/stampFirstPublishedAt.js'
import { writeDeliveriesOnPublish } from './hooks/writeDeliveriesOnPublish.js'
import { createDeliverPendingTask } from './jobs/deliverPending.js'
import { translations } from './translations/index.js'
import { storePluginConfig } from './utilities/config.js'

/**
 * Channel publishing: channels (webhook, WordPress, e-mail, feed, and any kind a host or
 * another plugin adds through `channelKinds`), an outbox of deliveries written when watched
 * items are published, updated or unpublished, a job that delivers them with retries, and
 * public feeds. `disabled` keeps the fields and collections (a stable schema) and turns the
 * rest off.
 */
export const channelPublishingPlugin =
  (options: ChannelPublishingPluginConfig) =>
  (incoming: Config): Config => {
    const config = sanitizeOptions(options)
    const existing = incoming.collections ?? []
    for (const slug of config.collections) {
      const collection = existing.find((candidate) => candidate.slug === slug)
      if (!collection) throw new Error(`[${PLUGIN_NAME}] unknown collection "${slug}"`)
      const versions = collection.versions
      if (!versions || typeof versions !== 'object' || !versions.drafts) {
        throw new Error(`[${PLUGIN_NAME}] collection "${slug}" must have versions.drafts enabled`)
      }
    }

    if (config.campaignsSlug && !existing.some((collection) => collection.slug === config.campaignsSlug)) {
      throw new Error(`[${PLUGIN_NAME}] unknown collection "${config.campaignsSlug}" (option campaignsSlug)`)
    }
    for (const slug of [config.channelsSlug, config.deliveriesSlug]) {
      if (existing.some((collection) => collection.slug === slug))
        throw new Error(`[${PLUGIN_NAME}] collection "${slug}" already exists: give the plugin's one another slug (overrides)`)
    }

    const deliveries = createDeliveriesCollection(config)
    const collections: CollectionConfig[] = [
      ...existing.map((collection) =>
        config.collections.includes(collection.slug)
          ? {
              ...collection,
              fields: [...collection.fields, ...publishingFields(config)],
              hooks: {
                ...collection.hooks,
                beforeChange: [...(collection.hooks?.beforeChange ?? []), stampFirstPublishedAt],
                afterChange: [...(collection.hooks?.afterChange ?? []), writeDeliveriesOnPublish(config)],
                beforeDelete: [...(collection.hooks?.beforeDelete ?? []), retractOnDelete(config)],
              },
            }
          : collection,
      ),
      createChannelsCollection(config),
      config.isEnabled
        ? { ...deliveries, endpoints: [...(deliveries.endpoints || []), createResendEndpoint(config), createRetryEndpoint(config)] }
        : deliveries,
    ]

    if (!config.isEnabled) return storePluginConfig(mergeTranslations({ ...incoming, collections }, translations), config)

    return storePluginConfig(
      mergeTranslations(
        {
          ...incoming,
          collections,
          endpoints: [...(incoming.endpoints ?? []), ...createFeedEndpoints(config)],
          jobs: { ...incoming.jobs, tasks: [...(incoming.jobs?.tasks ?? []), createDeliverPendingTask()] },
          admin: {
            ...incoming.admin,
            components: {
              ...incoming.admin?.components,
              afterNavLinks: [...(incoming.admin?.components?.afterNavLinks ?? []), DELIVERIES_NAV_LINK_COMPONENT],
              views: {
                ...incoming.admin?.components?.views,
                channelDeliveries: { Component: DELIVERIES_VIEW_COMPONENT, path: DELIVERIES_VIEW_PATH },
              },
            },
          },
        },
        translations,
      ),
      config,
    )
  }

export { CHANNEL_PUBLISHING_CONTEXT, CHANNELS_SLUG, DELIVER_TASK_SLUG, DELIVERIES_SLUG } from './defaults.js'
export { drainDeliveries } from './utilities/drainDeliveries.js'
export type { DrainResult } from './utilities/drainDeliveries.js'
export type {
  AdapterResult,
  CanSeeDeliveries,
  ChannelKindDefinition,
  ChannelPublishingPluginConfig,
  ChannelRecord,
  DeliveryPriority,
  DeliveryRecord,
  ItemSnapshot,
} from './types.js'
export type { AdapterArgs, ChannelAdapter } from './adapters/types.js'
export { translations as channelPublishingTranslations } from './translations/index.js'
// Building blocks with rules of their own, exported for tests and for hosts that drive deliveries.
export { sendRequest } from './adapters/http.js'
export { backoffDelayMs } from './utilities/backoff.js'
export { claimDelivery } from './utilities/deliveryStore.js'
export { endpointProblem } from './utilities/endpointUrl.js'
export { defaultIsAdmin, defaultSlugify as defaultChannelSlugify } from './defaults.js'
