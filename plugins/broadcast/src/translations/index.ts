import type { PluginTranslations } from '@loa/helpers'
import type { LabelFunction } from 'payload'

import { translatedLabel } from '@loa/helpers'

import { TRANSLATION_NAMESPACE } from '../translationNamespace.js'
import { en } from './en.js'
import { vi } from './vi.js'

export type BroadcastTranslationKey = keyof typeof vi

export const broadcastTranslations: PluginTranslations = {
  vi: { [TRANSLATION_NAMESPACE]: vi },
  en: { [TRANSLATION_NAMESPACE]: en },
}

const translate = translatedLabel(TRANSLATION_NAMESPACE)

/**
 * A label or description read from the plugin's strings in the admin's language. The helper's
 * `t` is typed loosely (any key); Payload's is typed with its own keys, hence the cast.
 */
export const label = (key: BroadcastTranslationKey): LabelFunction => translate(key) as unknown as LabelFunction

/** Admin group names take no function: both languages, as a record. */
export const groupLabel = (key: BroadcastTranslationKey): Record<string, string> => ({ vi: vi[key], en: en[key] })
