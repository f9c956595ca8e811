/**
 * Runtime settings (rate limits, retention) live on the registrations collection's `custom`
 * key and are read on every request, so an extra plugin (a test, a deployment) can tune them
 * after the workshops plugin ran, without a second copy of the plugin.
 */
import type { Config, Payload, Plugin } from 'payload'

import type { WorkshopsRateLimits, WorkshopsRuntimeSettings } from '../types.js'

import { PLUGIN_NAME, SETTINGS_KEY } from '../defaults.js'
import { asCollectionSlug } from './asCollectionSlug.js'
import { sanitizeRateLimits, sanitizeRetentionDays } from './sanitizeConfig.js'

export const runtimeSettingsOf = (payload: Payload, registrationsSlug: string): WorkshopsRuntimeSettings => {
  const settings = payload.collections[asCollectionSlug(registrationsSlug)]?.config.custom?.[SETTINGS_KEY] as WorkshopsRuntimeSettings | undefined
  if (!settings) throw new Error(`[${PLUGIN_NAME}] settings missing on collection "${registrationsSlug}"`)
  return settings
}

type SettingsOverrides = { rateLimits?: Partial<WorkshopsRateLimits>; retentionDays?: number; registrationsSlug?: string }

/** A plugin, applied after workshopsPlugin, that changes its rate limits or retention. */
export const withWorkshopsSettings =
  ({ rateLimits, registrationsSlug = 'registrations', retentionDays }: SettingsOverrides): Plugin =>
  (config: Config): Config => {
    const collection = config.collections?.find((c) => c.slug === registrationsSlug)
    const current = collection?.custom?.[SETTINGS_KEY] as WorkshopsRuntimeSettings | undefined
    if (!collection || !current)
      throw new Error(`[${PLUGIN_NAME}] withWorkshopsSettings must come after workshopsPlugin (no "${registrationsSlug}" collection)`)
    collection.custom = {
      ...collection.custom,
      [SETTINGS_KEY]: {
        rateLimits: sanitizeRateLimits(rateLimits, current.rateLimits),
        retentionDays: retentionDays === undefined ? current.retentionDays : sanitizeRetentionDays(retentionDays),
      } satisfies WorkshopsRuntimeSettings,
    }
    return config
  }
