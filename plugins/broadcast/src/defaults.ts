import type { CollectionSlug } from 'payload'

import path from 'node:path'

import type { AlertsOptions, BroadcastPluginConfig, RequestCheck, SanitizedAlertsConfig, SanitizedBroadcastConfig } from './types.js'

import { isAdminByRole } from './access/isAdminByRole.js'
import { isLoggedIn } from './access/isLoggedIn.js'
import { DEFAULT_ALERT_TEMPLATES } from './alerts/alertTemplateSeeds.js'
import { THANH_HOA_AREAS } from './seedData/thanhHoaAreas.js'
import { synthesizeWithEspeak } from './utilities/synthesizeWithEspeak.js'

export const PLUGIN_NAME = 'broadcast'

export { TRANSLATION_NAMESPACE } from './translationNamespace.js'

/** Key on the audio collection's `custom` holding the sanitized config, for code that runs outside the plugin's hooks. */
export const SETTINGS_KEY = 'loaBroadcast'

export const TASK_SYNTHESIZE_BULLETIN = 'synthesizeBulletin'

/** Set on the job's own write to an item, so that the write does not queue synthesis again. */
export const SYNTHESIS_WRITE_CONTEXT = 'broadcastSynthesisWrite'

/** Fifteen minutes: longer than any bulletin a commune plays in one programme slot. */
export const DEFAULT_MAX_DURATION_SECONDS = 15 * 60

/** Longest text the script endpoint accepts (a long feature is about 30,000 characters). */
export const MAX_SCRIPT_INPUT_CHARS = 100_000

/** Mime types the audio collection accepts; the content is still decoded to prove it. */
export const AUDIO_MIME_TYPES = [
  'audio/mpeg',
  'audio/mp3',
  'audio/wav',
  'audio/x-wav',
  'audio/wave',
  'audio/vnd.wave',
  'audio/mp4',
  'audio/x-m4a',
  'audio/m4a',
  'audio/aac',
]

/** Containers music-metadata reports for MP3, WAV and M4A. */
export const ACCEPTED_CONTAINERS = ['MPEG', 'WAVE', 'M4A/mp42', 'M4A/isom', 'M4A/M4A', 'M4A/mp41', 'M4A/iso5', 'M4A/dash', 'M4A', 'isom', 'mp42']

/** The morning and evening slots most communes air (Thanh Hoá's smart radio schedules). */
export const DEFAULT_PROGRAMME_SLOTS = [
  { start: '06:00', end: '06:30' },
  { start: '17:00', end: '17:30' },
]

const isWallTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value)

/** Set on the plugin's own write of an alert's approval record, so that the host's review does not read it as an edit. */
export const ALERT_WRITE_CONTEXT = 'broadcastAlertWrite'

const sanitizeAlerts = (
  alerts: AlertsOptions | undefined,
  { collections, isAdmin, usersSlug }: { collections: CollectionSlug[]; isAdmin: RequestCheck; usersSlug: string },
): SanitizedAlertsConfig | undefined => {
  if (!alerts) return undefined
  if (!collections.includes(alerts.collection)) throw new Error(`[${PLUGIN_NAME}] alerts.collection "${alerts.collection}" must be one of collections`)
  if (typeof alerts.submit !== 'function' || typeof alerts.approveAndPublish !== 'function')
    throw new Error(`[${PLUGIN_NAME}] alerts needs submit and approveAndPublish: the host's review steps`)
  return {
    collection: alerts.collection,
    canIssue: alerts.canIssue ?? isAdmin,
    itemData: alerts.itemData ?? (() => ({})),
    submit: alerts.submit,
    approveAndPublish: alerts.approveAndPublish,
    titleField: alerts.titleField ?? 'title',
    templatesSlug: alerts.templatesSlug ?? 'alert-templates',
    templatesSeed: alerts.templatesSeed === false ? [] : (alerts.templatesSeed ?? DEFAULT_ALERT_TEMPLATES),
    campaignsSlug: alerts.campaignsSlug,
    usersSlug,
  }
}

export const sanitizeConfig = (options: BroadcastPluginConfig = {}, { usersSlug = 'users' }: { usersSlug?: string } = {}): SanitizedBroadcastConfig => {
  const maxDurationSeconds = options.maxDurationSeconds ?? DEFAULT_MAX_DURATION_SECONDS
  if (!(maxDurationSeconds > 0)) throw new Error(`[${PLUGIN_NAME}] maxDurationSeconds must be a positive number of seconds`)
  const synthesisRetries = options.synthesisRetries ?? 3
  if (!Number.isInteger(synthesisRetries) || synthesisRetries < 0) throw new Error(`[${PLUGIN_NAME}] synthesisRetries must be a whole number >= 0`)
  for (const entry of options.abbreviations ?? []) {
    if (!entry.short?.trim() || !entry.spoken?.trim()) throw new Error(`[${PLUGIN_NAME}] every abbreviation needs "short" and "spoken"`)
  }
  const programmeSlots = options.programmeSlots ?? DEFAULT_PROGRAMME_SLOTS
  for (const slot of programmeSlots) {
    if (!isWallTime(slot.start) || !isWallTime(slot.end) || slot.start >= slot.end)
      throw new Error(`[${PLUGIN_NAME}] programme slot ${JSON.stringify(slot)} must be "HH:mm"–"HH:mm" within one day`)
  }
  const isAdmin = options.isAdmin ?? isAdminByRole
  const collections = options.collections ?? ['posts' as CollectionSlug]
  return {
    collections,
    enabled: !options.disabled,
    isAdmin,
    isStaff: options.isStaff ?? isLoggedIn,
    canApprove: options.canApprove ?? isAdmin,
    areasSlug: options.areasSlug ?? 'areas',
    areasOverrides: options.areasOverrides,
    areasSeed: options.areasSeed ?? THANH_HOA_AREAS,
    audioSlug: options.audioSlug ?? 'bulletin-audio',
    audioOverrides: options.audioOverrides,
    audioDirectory: options.audioDirectory ?? path.resolve(process.cwd(), 'media', 'bulletin-audio'),
    maxDurationSeconds,
    settingsSlug: options.settingsSlug ?? 'broadcast-settings',
    abbreviations: options.abbreviations ?? [],
    synthesize: options.synthesize ?? synthesizeWithEspeak,
    voice: options.voice ?? 'vi',
    synthesisRetries,
    queue: options.queue ?? 'default',
    programmeSlots,
    audioLinkTtlSeconds: options.audioLinkTtlSeconds ?? 60 * 60,
    feedLinkTtlSeconds: options.feedLinkTtlSeconds ?? 7 * 24 * 60 * 60,
    publicServerURL: options.publicServerURL?.replace(/\/+$/, ''),
    receiptSecrets: options.receiptSecrets ?? (() => []),
    airingsSlug: options.airingsSlug ?? 'airings',
    scriptSourceFields: options.scriptSourceFields ?? ['title', 'summary', 'body'],
    alerts: sanitizeAlerts(options.alerts, { collections, isAdmin, usersSlug }),
  }
}
