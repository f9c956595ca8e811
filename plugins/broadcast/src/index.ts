/**
 * Bulletins for the communes' IP loudspeakers: a `bulletin` group (script, audio, priority,
 * areas, duration) on the configured collections, the communes and wards as `areas`, audio
 * decoded on upload, a script normaliser that writes Vietnamese text out for the ear
 * (`POST /api/broadcast/script`), and a queued job that reads a script aloud offline when no
 * recording is uploaded. With `alerts`, emergency alerts from templates (storm, flood, fire,
 * epidemic), issued by one manager and approved and published in one step by another.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { mergeTranslations, withPluginSettings } from '@loa/helpers'

import type { BroadcastPluginConfig } from './types.js'

import { createAiringsCollection } from './collections/createAiringsCollection.js'
import { createAreasCollection } from './collections/createAreasCollection.js'
import { createAlertTemplatesCollection } from './collections/createAlertTemplatesCollection.js'
import { createAudioCollection } from './collections/createAudioCollection.js'
import { ALERTS_NAV_LINK_COMPONENT, ALERTS_VIEW_COMPONENT, ALERTS_VIEW_PATH } from './components/paths.js'
import { approveAlertEndpoint } from './endpoints/approveAlertEndpoint.js'
import { issueAlertEndpoint } from './endpoints/issueAlertEndpoint.js'
import { pendingAlertsEndpoint } from './endpoints/pendingAlertsEndpoint.js'
import { PLUGIN_NAME, sanitizeConfig, SETTINGS_KEY } from './defaults.js'
import { audioEndpoint } from './endpoints/audioEndpoint.js'
import { podcastFeedEndpoint } from './endpoints/podcastFeedEndpoint.js'
import { receiptsEndpoint } from './endpoints/receiptsEndpoint.js'
import { scriptEndpoint } from './endpoints/scriptEndpoint.js'
import { bulletinField } from './fields/bulletinField.js'
import { createSettingsGlobal } from './globals/createSettingsGlobal.js'
import { prepareBulletin } from './hooks/prepareBulletin.js'
import { queueBulletinSynthesis } from './hooks/queueBulletinSynthesis.js'
import { synthesizeBulletinTask } from './jobs/synthesizeBulletin.js'
import { broadcastTranslations } from './translations/index.js'
import { seedAlertTemplates } from './utilities/seedAlertTemplates.js'
import { seedAreas } from './utilities/seedAreas.js'
import { synthesizeWithEspeak } from './utilities/synthesizeWithEspeak.js'
import { warnWhenSynthesisMissing } from './utilities/warnWhenSynthesisMissing.js'

export const broadcastPlugin =
  (options: BroadcastPluginConfig = {}): Plugin =>
  (config: Config): Config => {
    const cfg = sanitizeConfig(options, { usersSlug: config.admin?.user ?? 'users' })
    const collections = config.collections ?? []
    for (const slug of cfg.collections) {
      if (!collections.some((c) => c.slug === slug)) throw new Error(`[${PLUGIN_NAME}] unknown collection "${slug}" (option collections)`)
    }
    for (const [slug, option] of [
      [cfg.areasSlug, 'areasSlug'],
      [cfg.audioSlug, 'audioSlug'],
      [cfg.airingsSlug, 'airingsSlug'],
      ...(cfg.alerts ? [[cfg.alerts.templatesSlug, 'alerts.templatesSlug'] as const] : []),
    ] as const) {
      if (collections.some((c) => c.slug === slug)) throw new Error(`[${PLUGIN_NAME}] collection "${slug}" already exists (option ${option})`)
    }

    const withBulletin = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      fields: [...collection.fields, bulletinField(cfg)],
      hooks: {
        ...collection.hooks,
        beforeChange: [...(collection.hooks?.beforeChange ?? []), ...(cfg.enabled ? [prepareBulletin(cfg)] : [])],
        afterChange: [...(collection.hooks?.afterChange ?? []), ...(cfg.enabled ? [queueBulletinSynthesis(cfg)] : [])],
      },
    })

    const withPlugin: Config = {
      ...config,
      collections: [
        ...collections.map((c) => (cfg.collections.includes(c.slug as never) ? withBulletin(c) : c)),
        createAreasCollection(cfg),
        withPluginSettings(createAudioCollection(cfg), SETTINGS_KEY, cfg),
        createAiringsCollection(cfg),
        ...(cfg.alerts ? [createAlertTemplatesCollection(cfg)] : []),
      ],
      globals: [...(config.globals ?? []), createSettingsGlobal(cfg)],
      endpoints: [
        ...(config.endpoints ?? []),
        ...(cfg.enabled ? [scriptEndpoint(cfg), audioEndpoint(cfg), podcastFeedEndpoint(cfg), receiptsEndpoint(cfg)] : []),
        ...(cfg.enabled && cfg.alerts
          ? [issueAlertEndpoint(cfg, cfg.alerts), approveAlertEndpoint(cfg, cfg.alerts), pendingAlertsEndpoint(cfg, cfg.alerts)]
          : []),
      ],
      admin:
        cfg.enabled && cfg.alerts
          ? {
              ...config.admin,
              components: {
                ...config.admin?.components,
                afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), ALERTS_NAV_LINK_COMPONENT],
                views: { ...config.admin?.components?.views, emergencyAlerts: { Component: ALERTS_VIEW_COMPONENT, path: ALERTS_VIEW_PATH } },
              },
            }
          : config.admin,
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), ...(cfg.enabled ? [synthesizeBulletinTask(cfg)] : [])],
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (!cfg.enabled) return
        if (cfg.synthesize === synthesizeWithEspeak) warnWhenSynthesisMissing(payload)
        await seedAreas({ cfg, payload })
        await seedAlertTemplates({ cfg, payload })
      },
    }
    return mergeTranslations(withPlugin, broadcastTranslations)
  }

export { ALERT_WRITE_CONTEXT, PLUGIN_NAME, SYNTHESIS_WRITE_CONTEXT, TASK_SYNTHESIZE_BULLETIN, sanitizeConfig as sanitizeBroadcastConfig } from './defaults.js'
export { broadcastConfigOf } from './utilities/broadcastConfigOf.js'
export { BULLETIN_FIELD_NAME } from './fields/bulletinField.js'
export { SCRIPT_ENDPOINT_PATH } from './endpoints/scriptEndpoint.js'
export { RECEIPTS_ENDPOINT_PATH } from './endpoints/receiptsEndpoint.js'
export { PODCAST_FEED_PATH, renderPodcastFeed } from './endpoints/podcastFeedEndpoint.js'
export type { PodcastScope } from './endpoints/podcastFeedEndpoint.js'
export { nextProgrammeSlot } from './contract/nextProgrammeSlot.js'
export type { SlotWindow } from './contract/nextProgrammeSlot.js'
export { buildRadioMessage, RADIO_EVENT_TYPES, sendRadioMessage, signRadioMessage } from './contract/radioMessage.js'
export type { RadioAction, RadioMessage } from './contract/radioMessage.js'
export { radioMessageFor } from './contract/radioMessageFor.js'
export { checkAudioLink, signedAudioUrl } from './contract/signedAudioLink.js'
export { THANH_HOA_AREAS, THANH_HOA_PROVINCE_CODE } from './seedData/thanhHoaAreas.js'
export { DEFAULT_ABBREVIATIONS } from './script/abbreviations.js'
export { normaliseForSpeech } from './script/normaliseForSpeech.js'
export type { NormaliseOptions } from './script/normaliseForSpeech.js'
export { readDecimal, readDigits, readInteger } from './script/vietnameseNumbers.js'
export { plainTextOf } from './utilities/plainTextOf.js'
export { readAudio } from './utilities/readAudio.js'
export type { AudioFacts } from './utilities/readAudio.js'
export { missingSynthesisPrograms, synthesizeWithEspeak } from './utilities/synthesizeWithEspeak.js'
export { ALERT_HAZARDS, BULLETIN_PRIORITIES } from './types.js'
export { DEFAULT_ALERT_TEMPLATES } from './alerts/alertTemplateSeeds.js'
export { fillAlertTemplate } from './alerts/fillAlertTemplate.js'
export { APPROVE_ALERT_PATH } from './endpoints/approveAlertEndpoint.js'
export { ISSUE_ALERT_PATH } from './endpoints/issueAlertEndpoint.js'
export { PENDING_ALERTS_PATH } from './endpoints/pendingAlertsEndpoint.js'
export { ALERTS_VIEW_PATH } from './components/paths.js'
export type {
  Abbreviation,
  AlertHazard,
  AlertsOptions,
  AlertStep,
  AlertTemplateSeed,
  AreaSeed,
  ProgrammeSlot,
  SanitizedBroadcastConfig,
  BroadcastPluginConfig,
  BulletinPriority,
  BulletinValue,
  RequestCheck,
  Synthesize,
} from './types.js'
