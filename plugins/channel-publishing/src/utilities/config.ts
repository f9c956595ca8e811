import type { Config, Payload, SanitizedConfig } from 'payload'

import type { SanitizedChannelPublishingConfig } from '../types.js'

import { PLUGIN_NAME } from '../defaults.js'

const KEY = 'channelPublishing'

/** Kept on config.custom so jobs, endpoints and drainDeliveries read the same options. */
export const storePluginConfig = (config: Config, pluginConfig: SanitizedChannelPublishingConfig): Config => ({
  ...config,
  custom: { ...config.custom, [KEY]: pluginConfig },
})

export const pluginConfigOf = (payload: Payload | { config: SanitizedConfig }): SanitizedChannelPublishingConfig => {
  const found = (payload.config.custom as Record<string, unknown> | undefined)?.[KEY]
  if (!found) throw new Error(`[${PLUGIN_NAME}] the plugin is not installed in this Payload config`)
  return found as SanitizedChannelPublishingConfig
}
