import type { PluginTranslations } from '@loa/helpers'

import { translatedLabel } from '@loa/helpers'

import { TRANSLATION_NAMESPACE } from '../defaults.js'
import { en } from './en.js'
import { vi } from './vi.js'

export type BroadcastTranslationKey = keyof typeof vi

export const broadcastTranslations: PluginTranslations = {
  vi: { [TRANSLATION_NAMESPACE]: vi },
  en: { [TRANSLATION_NAMESPACE]: en },
}

/** A label read from the plugin's strings in the admin's language. */
export const label = translatedLabel(TRANSLATION_NAMESPACE) as (key: BroadcastTranslationKey) => ReturnType<ReturnType<typeof translatedLabel>>
