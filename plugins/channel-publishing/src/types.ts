import type { CollectionOverrides } from '@loa/helpers'
import type { Field, PayloadRequest, Where } from 'payload'

import type { ChannelAdapter } from './adapters/types.js'

/** The kinds the plugin ships; hosts and other plugins add more through `channelKinds`. */
export type BuiltInChannelKind = 'email' | 'feed' | 'webhook' | 'wordpress'
export type ChannelKind = string

/** A label in every admin language (`{ vi, en }`), or one string for all. */
export type ChannelKindLabel = Record<string, string> | string

/**
 * A channel kind contributed by the host or another plugin (a commune radio, an SMS gateway):
 * its settings appear on a channel of this kind, and the delivery job sends through `send`.
 */
export type ChannelKindDefinition = {
  /** Stored in the channel's `kind`; also the name of the group holding `fields`. Lower camel case, e.g. `radio`. */
  name: string
  /** Shown in the kind picker. */
  label: ChannelKindLabel
  /**
   * The settings a channel of this kind needs, kept in a group named after the kind
   * (`channel[name]`). Fields holding secrets should set `access.read: () => false`: the
   * delivery job reads the stored row from the database, not through the API.
   * @default []
   */
  fields?: Field[]
  /**
   * Whether a channel of this kind is reached at the channel's `endpoint` (shown, checked and
   * required as for a webhook: an http(s) URL outside private networks unless allowed).
   * @default false
   */
  usesEndpoint?: boolean
  /**
   * Whether a channel of this kind signs with the channel's write-only Standard Webhooks
   * `secret` (`whsec_…`, required, never read back), as a webhook does.
   * @default false
   */
  usesSecret?: boolean
  /**
   * Whether every enabled channel of this kind receives emergencies (deliveries at
   * `emergencyPriority` or above), whatever its content types and campaigns, as a channel with
   * its `emergency` box ticked does. A commune loudspeaker is one.
   * @default false
   */
  receivesEmergencies?: boolean
  /**
   * Feeds a channel of this kind serves at `/api/feeds/{channel-slug}/{file}`, by file name
   * (e.g. `podcast.xml`), for systems that poll. Public, like the built-in feeds.
   * @default {}
   */
  feeds?: Record<string, (args: { channel: ChannelRecord; req: PayloadRequest }) => Promise<Response>>
  /**
   * Sends one delivery (publish, update or retract of an item snapshot). Return `isOk: true`
   * with the remote id/URL, or `isOk: false` with `isRetryable` to let the job back off.
   * Called by the delivery job only, never from a hook.
   */
  send: ChannelAdapter
}

/**
 * Who sees the deliveries ledger and the channels. Without `doc` (read access): true (all),
 * false (none) or a `Where` on deliveries. With `doc` (a delivery to retry, or an item to send
 * again, each with its `campaign`): whether the user may act on it; a `Where` then counts as no.
 */
export type CanSeeDeliveries = (args: {
  doc?: { campaign?: unknown; id: number | string } & Record<string, unknown>
  req: PayloadRequest
}) => boolean | Promise<boolean | Where> | Where
export type DeliveryAction = 'publish' | 'retract' | 'update'
export type DeliveryPriority = (args: { collection: string; id: number | string; req: PayloadRequest }) => number | Promise<number>
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
  /** Collection slugs whose publish, update and unpublish reach channels (each with `versions.drafts`). */
  collections: string[]
  /**
   * Keeps the schema (fields, collections) but writes no deliveries, runs no job and serves no feeds.
   * @default false
   */
  disabled?: boolean
  /**
   * Whether a user is an admin: manages channels and their credentials, sees every delivery.
   * @default a user whose `roles` include 'admin'
   */
  isAdmin?: (user: PayloadRequest['user']) => boolean
  /**
   * Who sees the deliveries ledger, the channels (never their credentials) and may retry or
   * resend: true, false, or a `Where` on deliveries (e.g. `{ campaign: { in: [...] } }`).
   * @default admins only (`isAdmin`)
   */
  canSeeDeliveries?: CanSeeDeliveries
  /**
   * Slug of the collection items belong to through their `campaign` field. When set, channels
   * may target campaigns, deliveries record the campaign and `/api/feeds/campaigns/<slug>/…`
   * serves one campaign's feed.
   * @default undefined (no campaigns)
   */
  campaignsSlug?: string
  /**
   * More channel kinds next to webhook, WordPress, e-mail and feed (see `ChannelKindDefinition`).
   * @default []
   */
  channelKinds?: ChannelKindDefinition[]
  /**
   * How urgent an item's deliveries are (higher goes first): the worker claims due deliveries
   * by this, then by age, so an emergency published behind a backlog of thousands of ordinary
   * deliveries is sent in the next round. Read once per publish, inside its transaction.
   * @default () => 0
   */
  deliveryPriority?: DeliveryPriority
  /**
   * The `deliveryPriority` from which an item is an emergency: it then also goes to every
   * channel whose `emergency` box is ticked and every channel of a kind that
   * `receivesEmergencies`, whatever their content types and campaigns.
   * @default 2
   */
  emergencyPriority?: number
  /**
   * How long a rendered feed is kept in this process's memory before it is rendered again
   * (a publish clears it at once on the instance that published). 0 turns the cache off,
   * for hosts with a shared cache of their own.
   * @default 60
   */
  feedCacheSeconds?: number
  /**
   * Back-off and dead-letter policy of deliveries.
   * @default { maxAttempts: 10, baseDelayMs: 30000, maxDelayMs: 21600000, jitter: 0.2 }
   */
  retry?: RetryOptions
  /**
   * Timeout of one outgoing request, in milliseconds.
   * @default 10000
   */
  timeoutMs?: number
  /**
   * How long a claimed delivery stays with its worker before another may take it, in milliseconds.
   * @default 300000
   */
  leaseMs?: number
  /**
   * How many channels one worker sends to at the same time (each channel's deliveries still
   * go one after another, in order). A slow or unreachable portal then holds up only itself.
   * @default 8
   */
  channelConcurrency?: number
  /**
   * Queue the delivery job is put on.
   * @default 'default'
   */
  queue?: string
  /**
   * Public URL of an item on the citizens' site.
   * @default `{serverURL}/{collection}/{slug}`
   */
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
  /**
   * How many items one feed lists.
   * @default 50
   */
  feedSize?: number
  /**
   * How channel host names are resolved when a delivery is sent. The request connects to
   * the addresses it returns, once they are checked.
   * @default the system resolver
   */
  resolveHost?: ResolveHost
  /**
   * Changes to the collections the plugin adds (a given `slug` is honoured).
   * @default {}
   */
  overrides?: {
    channels?: CollectionOverrides
    deliveries?: CollectionOverrides
  }
}

export type SanitizedChannelPublishingConfig = {
  collections: string[]
  isEnabled: boolean
  channelsSlug: string
  deliveriesSlug: string
  campaignsSlug?: string
  isAdmin: (user: PayloadRequest['user']) => boolean
  canSeeDeliveries: CanSeeDeliveries
  channelKinds: ChannelKindDefinition[]
  deliveryPriority: DeliveryPriority
  emergencyPriority: number
  /** Every kind's sender by name, the built-in ones included. */
  senders: Record<string, ChannelAdapter>
  feedCacheSeconds: number
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
  /** Receives emergencies whatever its content types and campaigns. */
  emergency?: boolean | null
  /** Settings of a contributed kind, in the group named after it. */
  [kindSettings: string]: unknown
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
