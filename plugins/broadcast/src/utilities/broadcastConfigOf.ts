import type { CollectionConfig, Payload } from 'payload'

import { pluginSettingsOf } from '@loa/helpers'

import type { SanitizedBroadcastConfig } from '../types.js'

import { PLUGIN_NAME, SETTINGS_KEY } from '../defaults.js'

/**
 * The running plugin's sanitized config, for a host's channel job or a test that builds radio
 * messages (`radioMessageFor`). Kept on the audio collection's server-only `custom`.
 */
export const broadcastConfigOf = (payload: Payload, audioSlug = 'bulletin-audio'): SanitizedBroadcastConfig => {
  const cfg = pluginSettingsOf<SanitizedBroadcastConfig>(
    (payload.collections as Record<string, { config: Pick<CollectionConfig, 'custom'> } | undefined>)[audioSlug]?.config,
    SETTINGS_KEY,
  )
  if (!cfg) throw new Error(`[${PLUGIN_NAME}] no broadcast plugin on collection "${audioSlug}"`)
  return cfg
}
