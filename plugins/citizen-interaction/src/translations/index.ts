import type { PluginTranslations } from '@loa/helpers'

import { TRANSLATION_NAMESPACE } from '../defaults.js'
import { en } from './en.js'
import { vi } from './vi.js'

export const translations: PluginTranslations = {
  vi: { [TRANSLATION_NAMESPACE]: vi },
  en: { [TRANSLATION_NAMESPACE]: en },
}

export type { CitizenTranslationKey } from './vi.js'
