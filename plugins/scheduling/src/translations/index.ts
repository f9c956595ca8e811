import type { PluginTranslations } from '@loa/helpers'

import { en } from './en.js'
import { vi } from './vi.js'

/** Namespace of the plugin's strings: `t('plugin-scheduling:navCalendar')`. */
export const TRANSLATION_NAMESPACE = 'plugin-scheduling'

export const schedulingTranslations: PluginTranslations = {
  vi: { [TRANSLATION_NAMESPACE]: vi },
  en: { [TRANSLATION_NAMESPACE]: en },
}

export type { SchedulingTranslationKey } from './vi.js'
export { en, vi }
