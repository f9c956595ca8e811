import type { PluginTranslations } from '@loa/helpers'

import { en } from './en.js'
import { vi } from './vi.js'

/** Namespace of the plugin's strings: `t('plugin-review-workflow:stage_draft')`. */
export const TRANSLATION_NAMESPACE = 'plugin-review-workflow'

export const reviewWorkflowTranslations: PluginTranslations = {
  vi: { [TRANSLATION_NAMESPACE]: vi },
  en: { [TRANSLATION_NAMESPACE]: en },
}

export type { ReviewWorkflowTranslationKey } from './vi.js'
export { en, vi }
