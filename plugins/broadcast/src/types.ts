import type { CollectionOverrides } from '@loa/helpers'
import type { CollectionSlug, PayloadRequest } from 'payload'

export type Id = number | string

/** The three priorities of a bulletin, after Circular 39/2020/TT-BTTTT (thường, ưu tiên, khẩn cấp). */
export const BULLETIN_PRIORITIES = ['ordinary', 'priority', 'emergency'] as const
export type BulletinPriority = (typeof BULLETIN_PRIORITIES)[number]

/** Where a bulletin's audio came from: a recording always wins over synthesis. */
export const AUDIO_SOURCES = ['recording', 'synthesized'] as const
export type AudioSource = (typeof AUDIO_SOURCES)[number]

/** State of the offline speech synthesis of a bulletin's script. */
export const SYNTHESIS_STATUSES = ['none', 'queued', 'done', 'failed'] as const
export type SynthesisStatus = (typeof SYNTHESIS_STATUSES)[number]

/** What an emergency alert template warns of. */
export const ALERT_HAZARDS = ['storm', 'flood', 'fire', 'epidemic', 'other'] as const
export type AlertHazard = (typeof ALERT_HAZARDS)[number]

/** An alert template as seeded: a title and a script with `{key}` placeholders, and the fields that fill them. */
export type AlertTemplateSeed = {
  name: string
  hazard: AlertHazard
  titleTemplate: string
  scriptTemplate: string
  fields: Array<{ key: string; label: string; required: boolean }>
}

/** One step of an alert's review, done by the host's own workflow (this plugin knows none). */
export type AlertStep = (args: { collection: CollectionSlug; id: Id; req: PayloadRequest }) => Promise<void>

/** Emergency alerts: issued from a template, approved by a second person in one step, published at once. */
export type AlertsOptions = {
  /** The collection an alert is created in (one of `collections`). */
  collection: CollectionSlug
  /**
   * Who may issue an alert.
   * @default the plugin's `isAdmin`
   */
  canIssue?: RequestCheck
  /**
   * More fields for the created item, from the request body (e.g. its campaign and authors).
   * Whatever the body carries beyond `template`, `values` and `areas` is the host's to read here.
   * @default () => ({})
   */
  itemData?: (args: { body: Record<string, unknown>; req: PayloadRequest }) => Record<string, unknown> | Promise<Record<string, unknown>>
  /** Puts the new alert into review (in the issuer's name). Throw an APIError to refuse. */
  submit: AlertStep
  /**
   * The second person's approval and the publication, in one step. The plugin has already
   * refused the issuer; the host's own rules (who reviews, four-eyes) still apply: throw an
   * APIError to refuse and nothing is written.
   */
  approveAndPublish: AlertStep
  /**
   * Field of the item that holds its title.
   * @default 'title'
   */
  titleField?: string
  /**
   * Slug of the alert templates collection this plugin adds.
   * @default 'alert-templates'
   */
  templatesSlug?: string
  /**
   * Templates put into an empty templates collection at start-up; `false` seeds none.
   * @default storm, flood, fire and epidemic, in Vietnamese
   */
  templatesSeed?: AlertTemplateSeed[] | false
  /**
   * A collection the admin's alert form offers as `campaign` (sent in the body for `itemData`).
   * @default none (no campaign field on the form)
   */
  campaignsSlug?: string
}

export type SanitizedAlertsConfig = {
  collection: CollectionSlug
  canIssue: RequestCheck
  itemData: NonNullable<AlertsOptions['itemData']>
  submit: AlertStep
  approveAndPublish: AlertStep
  titleField: string
  templatesSlug: string
  templatesSeed: AlertTemplateSeed[]
  campaignsSlug?: string
  usersSlug: string
}

/** A host decision about the user of a request. */
export type RequestCheck = (req: PayloadRequest) => boolean | Promise<boolean>

/** One commune or ward: its official administrative code and its name. */
export type AreaSeed = { code: string; name: string }

/** An abbreviation and how it is read aloud. */
export type Abbreviation = { short: string; spoken: string }

/** Turns a script into audio bytes (MP3, WAV or M4A); the default runs espeak-ng and lame. */
export type Synthesize = (args: { text: string; voice: string }) => Promise<Uint8Array>

export type BroadcastPluginConfig = {
  /**
   * Slugs of the existing collections that get a `bulletin` group (the reviewed items).
   * @default ['posts']
   */
  collections?: CollectionSlug[]
  /**
   * Turns the endpoints, hooks, jobs and seeding off; fields and collections stay so the schema is stable.
   * @default false
   */
  disabled?: boolean
  /**
   * Who administers the plugin (edits the abbreviation list and the areas).
   * @default a user whose `roles` include `admin`; in a host whose users have no roles, any logged-in user
   */
  isAdmin?: RequestCheck
  /**
   * Who is staff (may make a script from text).
   * @default any logged-in user
   */
  isStaff?: RequestCheck
  /**
   * Who may approve an emergency bulletin (the second pair of eyes).
   * @default the same rule as `isAdmin`
   */
  canApprove?: RequestCheck
  /**
   * Slug of the areas collection this plugin adds.
   * @default 'areas'
   */
  areasSlug?: string
  /** Changes to the areas collection (access, admin, hooks, fields through a function). */
  areasOverrides?: CollectionOverrides
  /**
   * The communes and wards put into an empty areas collection at start-up; `false` seeds nothing.
   * @default Thanh Hoá's 166 communes and wards (Công văn 1027/CTK-CSCL, 2025)
   */
  areasSeed?: AreaSeed[] | false
  /**
   * Slug of the upload collection for bulletin audio this plugin adds.
   * @default 'bulletin-audio'
   */
  audioSlug?: string
  /** Changes to the bulletin-audio collection. */
  audioOverrides?: CollectionOverrides
  /**
   * Folder where uploaded and synthesized audio files are written.
   * @default `media/bulletin-audio` under the working directory
   */
  audioDirectory?: string
  /**
   * Longest accepted audio, in seconds.
   * @default 900 (15 minutes)
   */
  maxDurationSeconds?: number
  /**
   * Slug of the global holding the abbreviation list admins edit.
   * @default 'broadcast-settings'
   */
  settingsSlug?: string
  /**
   * Abbreviations added to (and overriding) the built-in list; admins can add more in the settings global.
   * @default []
   */
  abbreviations?: Abbreviation[]
  /**
   * The speech synthesizer: plug in a vendor's neural voice here.
   * @default espeak-ng (voice `voice`) piped through lame into a mono 64 kbit/s MP3
   */
  synthesize?: Synthesize
  /**
   * The voice passed to `synthesize`.
   * @default 'vi'
   */
  voice?: string
  /**
   * Retries of the synthesis job.
   * @default 3
   */
  synthesisRetries?: number
  /**
   * Fields of an item, in order, that `POST /api/broadcast/script` with `{ collection, id }` reads (text, textarea or rich text).
   * @default ['title', 'summary', 'body']
   */
  scriptSourceFields?: string[]
  /**
   * Programme slots in the province's time zone ("HH:mm"), when ordinary bulletins are played.
   * @default 06:00–06:30 and 17:00–17:30 daily
   */
  programmeSlots?: ProgrammeSlot[]
  /**
   * Lifetime of a signed audio link sent to a radio system, in seconds.
   * @default 3600
   */
  audioLinkTtlSeconds?: number
  /**
   * Lifetime of the audio links in the podcast feed, in seconds (systems poll the feed).
   * @default 604800 (7 days)
   */
  feedLinkTtlSeconds?: number
  /**
   * Public address the audio links and the feed point at.
   * @default the config's `serverURL`
   */
  publicServerURL?: string
  /**
   * The secrets airing receipts may be signed with: one per radio channel, from wherever the
   * host keeps its channels. Receipts signed with none of them are refused with 401.
   * @default no secrets (every receipt is refused)
   */
  receiptSecrets?: ReceiptSecrets
  /**
   * Slug of the airings collection (receipts from radio systems) this plugin adds.
   * @default 'airings'
   */
  airingsSlug?: string
  /**
   * Queue the synthesis jobs run on.
   * @default 'default'
   */
  queue?: string
  /**
   * Emergency alerts from templates (storm, flood, fire, epidemic), with a one-screen approval
   * by a second person (`canApprove`). Off when not given.
   */
  alerts?: AlertsOptions
}

/** The radio channels' receipt secrets (Standard Webhooks `whsec_…`), with the channel each belongs to. */
export type ReceiptSecrets = (req: PayloadRequest) => Promise<{ channel: string; secret: string }[]> | { channel: string; secret: string }[]

/** A daily programme slot, wall-clock times in the province's time zone. */
export type ProgrammeSlot = { start: string; end: string }

export type SanitizedBroadcastConfig = {
  collections: CollectionSlug[]
  enabled: boolean
  isAdmin: RequestCheck
  isStaff: RequestCheck
  canApprove: RequestCheck
  areasSlug: string
  areasOverrides?: CollectionOverrides
  areasSeed: AreaSeed[] | false
  audioSlug: string
  audioOverrides?: CollectionOverrides
  audioDirectory: string
  maxDurationSeconds: number
  settingsSlug: string
  abbreviations: Abbreviation[]
  synthesize: Synthesize
  voice: string
  synthesisRetries: number
  queue: string
  programmeSlots: ProgrammeSlot[]
  audioLinkTtlSeconds: number
  feedLinkTtlSeconds: number
  publicServerURL?: string
  receiptSecrets: ReceiptSecrets
  airingsSlug: string
  scriptSourceFields: string[]
  alerts?: SanitizedAlertsConfig
}

/** The bulletin group as stored on an item (depth 0). */
export type BulletinValue = {
  script?: string | null
  audio?: Id | { id: Id } | null
  priority?: BulletinPriority | null
  areas?: (Id | { id: Id })[] | null
  durationSeconds?: number | null
  synthesisStatus?: SynthesisStatus | null
  synthesisError?: string | null
  alert?: { template?: Id | { id: Id } | null; issuedBy?: Id | { id: Id } | null; issuedAt?: string | null; approvedBy?: Id | { id: Id } | null; approvedAt?: string | null } | null
}
