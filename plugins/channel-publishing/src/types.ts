import type { CollectionConfig, CollectionSlug } from 'payload'

export type ChannelKind = 'email' | 'feed' | 'webhook' | 'wordpress'
export type DeliveryAction = 'publish' | 'retract' | 'update'
export type DeliveryStatus = 'dead' | 'delivered' | 'delivering' | 'failed' | 'pending'

export type RetryOptions = {
  /** Attempts before a delivery is marked `dead` (the first try counts). */
  maxAttempts?: number
  /** Delay before the first retry; doubles on every further attempt. */
  baseDelayMs?: number
  /** Upper bound of one back-off delay. */
  maxDelayMs?: number
  /** Random spread applied to each delay, 0..1 (0.2 = ±20 %). */
  jitter?: number
}

/** Resolves a host name to every address it has; each one is checked before a connection is made. */
export type ResolveHost = (hostname: string) => Promise<Array<{ address: string; family: 4 | 6 }>>

export type ChannelPublishingPluginConfig = {
  /** Collection slugs whose publish, update and unpublish reach channels (drafts enabled). */
  collections: CollectionSlug[]
  /** Set false to keep the schema but write no deliveries and serve no feeds. */
  enabled?: boolean
  /** Back-off and dead-letter policy of deliveries. */
  retry?: RetryOptions
  /** Timeout of one outgoing request, in milliseconds. */
  timeoutMs?: number
  /** How long a claimed delivery stays with its worker before another may take it. */
  leaseMs?: number
  /**
   * How many channels one worker sends to at the same time (each channel's deliveries still
   * go one after another, in order). A slow or unreachable portal then holds up only itself.
   */
  channelConcurrency?: number
  /** Queue the delivery job is put on. */
  queue?: string
  /** Public URL of an item on the citizens' site; defaults to `{serverURL}/{collection}/{slug}`. */
  publicUrl?: (args: { collection: string; serverURL: string; slug: string }) => string
  /**
   * The absolute address the site is reached at, for the links and images channels and feeds
   * receive (a relative image URL reaches no WordPress and no feed reader).
   * @default Payload's `serverURL`
   */
  serverURL?: string
  /**
   * Turns a channel's name (or a slug typed by hand) into its slug, as the host makes its
   * content slugs (Loa passes its Vietnamese-aware one).
   * @default accents folded, lower case, words joined by dashes
   */
  slugify?: (text: string) => string
  /** How many items one feed lists. */
  feedSize?: number
  /**
   * How channel host names are resolved when a delivery is sent (default: the system resolver).
   * The request connects to the addresses it returns, once they are checked.
   */
  resolveHost?: ResolveHost
  /** Overrides for the collections the plugin adds. */
  overrides?: {
    channels?: Partial<CollectionConfig>
    deliveries?: Partial<CollectionConfig>
  }
}

export type SanitizedChannelPublishingConfig = {
  collections: string[]
  isEnabled: boolean
  retry: Required<RetryOptions>
  timeoutMs: number
  leaseMs: number
  channelConcurrency: number
  queue: string
  publicUrl: (args: { collection: string; serverURL: string; slug: string }) => string
  serverURL?: string
  slugify: (text: string) => string
  feedSize: number
  resolveHost: ResolveHost
  overrides: NonNullable<ChannelPublishingPluginConfig['overrides']>
}

/** A channel as the delivery job reads it, credentials included (never returned by an API). */
export type ChannelRecord = {
  id: number | string
  name: string
  slug: string
  kind: ChannelKind
  endpoint?: string | null
  secret?: string | null
  username?: string | null
  applicationPassword?: string | null
  recipients?: string | null
  contentTypes?: string[] | null
  campaigns?: Array<number | string | { id: number | string }> | null
  enabled?: boolean | null
}

/** What a delivery carries: the item as it was when it was published, ready to send. */
export type ItemSnapshot = {
  collection: string
  id: number | string
  title: string
  slug: string
  summary: string
  html: string
  publicUrl: string
  publishedAt: string
  updatedAt: string
  heroImage: { id: number | string; url: string; alt: string; filename: string; mimeType: string; filesize?: number } | null
  campaign: { id: number | string; name: string; slug: string; code: string } | null
  topics: string[]
  audiences: string[]
  authors: Array<{ name: string }>
}

export type DeliveryRecord = {
  id: number | string
  channel: number | string | { id: number | string }
  action: DeliveryAction
  status: DeliveryStatus
  attempts?: number | null
  itemKey: string
  webhookId: string
  snapshot: ItemSnapshot
  remoteId?: string | null
  remoteUrl?: string | null
  createdAt: string
}

export type AdapterResult =
  { isOk: true; remoteId?: string; remoteUrl?: string; note?: string } | { isOk: false; isRetryable: boolean; error: string; shouldDisableChannel?: boolean }
