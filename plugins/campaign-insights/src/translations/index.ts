import type { PluginTranslations } from '@loa/helpers'

import { en } from './en.js'
import { vi } from './vi.js'

/** Namespace of the plugin's strings: `t('plugin-campaign-insights:tab')`. */
export const TRANSLATION_NAMESPACE = 'plugin-campaign-insights'

export type CampaignInsightsTranslationKey = keyof typeof vi

export { vi }

export const translations: PluginTranslations = {
  vi: { [TRANSLATION_NAMESPACE]: vi },
  en: { [TRANSLATION_NAMESPACE]: en },
}

/** The key as `t` takes it. */
export const key = (name: CampaignInsightsTranslationKey): string => `${TRANSLATION_NAMESPACE}:${name}`
