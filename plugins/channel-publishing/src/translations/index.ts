import type { PluginTranslations } from '@loa/helpers'

import { en } from './en.js'
import { vi } from './vi.js'

/** Namespace of the plugin's strings: `t('plugin-channel-publishing:deliveries')`. */
export const TRANSLATION_NAMESPACE = 'plugin-channel-publishing'

export type ChannelPublishingTranslationKey = keyof typeof vi

export const translations: PluginTranslations = {
  vi: { [TRANSLATION_NAMESPACE]: vi },
  en: { [TRANSLATION_NAMESPACE]: en },
}

/** The key as `t` takes it. */
export const key = (name: ChannelPublishingTranslationKey): string => `${TRANSLATION_NAMESPACE}:${name}`
