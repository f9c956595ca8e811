import type { ChannelAdapter } from './adapters/types.js'
import type { ChannelPublishingPluginConfig, SanitizedChannelPublishingConfig } from './types.js'

import { BUILT_IN_SENDERS } from './adapters/index.js'
import { systemResolveHost } from './utilities/guardedLookup.js'

export const PLUGIN_NAME = 'channel-publishing'
export const CHANNELS_SLUG = 'channels'
export const DELIVERIES_SLUG = 'deliveries'
export const DELIVER_TASK_SLUG = 'deliverPending'

/** Context flag: a content write carrying it writes no deliveries (imports, migrations, repairs). */
export const CHANNEL_PUBLISHING_CONTEXT = 'loaChannelPublishing'

/** Channel slugs that would shadow the feeds' own routes. */
export const RESERVED_CHANNEL_SLUGS = ['campaigns']

export const CHANNEL_KINDS = ['webhook', 'wordpress', 'email', 'feed'] as const

/** The channels collection's own field names: a contributed kind's group may not take one. */
const CHANNEL_FIELD_NAMES = [
  'name',
  'slug',
  'kind',
  'endpoint',
  'secret',
  'username',
  'applicationPassword',
  'recipients',
  'contentTypes',
  'campaigns',
  'emergency',
  'enabled',
  'disabledReason',
]
/** The files every feed channel serves (endpoints/feeds.ts). */
const BUILT_IN_FEED_FILES = ['rss.xml', 'atom.xml', 'feed.json', 'calendar.ics']

export const DELIVERY_ACTIONS = ['publish', 'update', 'retract'] as const
export const DELIVERY_STATUSES = ['pending', 'delivering', 'delivered', 'failed', 'dead'] as const

/** Statuses a worker may still pick up; a `delivering` row only once its lease has expired. */
export const OPEN_STATUSES = ['pending', 'failed', 'delivering'] as const

export const DEFAULTS = {
  retry: { maxAttempts: 10, baseDelayMs: 30_000, maxDelayMs: 6 * 60 * 60 * 1000, jitter: 0.2 },
  timeoutMs: 10_000,
  leaseMs: 5 * 60 * 1000,
  channelConcurrency: 8,
  queue: 'default',
  feedSize: 50,
  feedCacheSeconds: 60,
}

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/** A user whose `roles` include 'admin'. */
export const defaultIsAdmin = (user: unknown): boolean => Boolean((user as MaybeUser)?.roles?.includes('admin'))

/** A slug from any Latin text: marks folded, lower case, anything else between words a single dash. */
export const defaultSlugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 96)
    .replace(/-+$/, '')

export const sanitizeOptions = (options: ChannelPublishingPluginConfig): SanitizedChannelPublishingConfig => {
  if (!options || !Array.isArray(options.collections) || options.collections.length === 0) {
    throw new Error(`[${PLUGIN_NAME}] "collections" must list at least one collection slug`)
  }
  const retry = { ...DEFAULTS.retry, ...options.retry }
  if (!Number.isInteger(retry.maxAttempts) || retry.maxAttempts < 1) throw new Error(`[${PLUGIN_NAME}] retry.maxAttempts must be a positive integer`)
  if (!(retry.baseDelayMs > 0) || !(retry.maxDelayMs >= retry.baseDelayMs)) {
    throw new Error(`[${PLUGIN_NAME}] retry.baseDelayMs must be positive and retry.maxDelayMs at least as large`)
  }
  if (!(retry.jitter >= 0 && retry.jitter <= 1)) throw new Error(`[${PLUGIN_NAME}] retry.jitter must be between 0 and 1`)
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs
  const leaseMs = options.leaseMs ?? DEFAULTS.leaseMs
  if (!(timeoutMs > 0)) throw new Error(`[${PLUGIN_NAME}] timeoutMs must be positive`)
  if (!(leaseMs > timeoutMs)) throw new Error(`[${PLUGIN_NAME}] leaseMs must be longer than timeoutMs`)
  if (options.serverURL && !/^https?:\/\/[^/]/.test(options.serverURL))
    throw new Error(`[${PLUGIN_NAME}] serverURL must be an absolute http(s) address, not "${options.serverURL}"`)
  const channelConcurrency = options.channelConcurrency ?? DEFAULTS.channelConcurrency
  if (!Number.isInteger(channelConcurrency) || channelConcurrency < 1) throw new Error(`[${PLUGIN_NAME}] channelConcurrency must be a positive integer`)
  const feedCacheSeconds = options.feedCacheSeconds ?? DEFAULTS.feedCacheSeconds
  if (!(Number.isFinite(feedCacheSeconds) && feedCacheSeconds >= 0)) throw new Error(`[${PLUGIN_NAME}] feedCacheSeconds must be a number ≥ 0`)
  const channelKinds = options.channelKinds ?? []
  const senders: Record<string, ChannelAdapter> = { ...BUILT_IN_SENDERS }
  for (const kind of channelKinds) {
    if (!kind || typeof kind.name !== 'string' || !/^[a-z][a-zA-Z0-9]*$/.test(kind.name)) {
      throw new Error(`[${PLUGIN_NAME}] channelKinds: name must be lower camel case (e.g. "radio"), got ${JSON.stringify(kind?.name)}`)
    }
    if (senders[kind.name] || CHANNEL_FIELD_NAMES.includes(kind.name)) throw new Error(`[${PLUGIN_NAME}] channelKinds: "${kind.name}" is already taken`)
    if (typeof kind.send !== 'function') throw new Error(`[${PLUGIN_NAME}] channelKinds: "${kind.name}" needs a send function`)
    for (const file of Object.keys(kind.feeds ?? {})) {
      // The built-in feeds' files are served for feed channels at the same path.
      if (!/^[\w-]+\.[a-z]+$/.test(file) || BUILT_IN_FEED_FILES.includes(file))
        throw new Error(`[${PLUGIN_NAME}] channelKinds: "${kind.name}" feed "${file}" must be a file name like "podcast.xml", not one of ${BUILT_IN_FEED_FILES.join(', ')}`)
    }
    senders[kind.name] = kind.send
  }
  const isAdmin = options.isAdmin ?? defaultIsAdmin
  return {
    collections: [...options.collections],
    isEnabled: options.disabled !== true,
    channelsSlug: options.overrides?.channels?.slug ?? CHANNELS_SLUG,
    deliveriesSlug: options.overrides?.deliveries?.slug ?? DELIVERIES_SLUG,
    campaignsSlug: options.campaignsSlug || undefined,
    isAdmin,
    canSeeDeliveries: options.canSeeDeliveries ?? (({ req }) => isAdmin(req.user)),
    channelKinds,
    deliveryPriority: options.deliveryPriority ?? (() => 0),
    emergencyPriority: options.emergencyPriority ?? 2,
    senders,
    feedCacheSeconds,
    retry,
    timeoutMs,
    leaseMs,
    channelConcurrency,
    queue: options.queue ?? DEFAULTS.queue,
    publicUrl: options.publicUrl ?? (({ collection, serverURL, slug }) => `${serverURL.replace(/\/$/, '')}/${collection}/${encodeURIComponent(slug)}`),
    serverURL: options.serverURL || undefined,
    slugify: options.slugify ?? defaultSlugify,
    feedSize: options.feedSize ?? DEFAULTS.feedSize,
    resolveHost: options.resolveHost ?? systemResolveHost,
    overrides: options.overrides ?? {},
  }
}
