import { translatedLabel } from '@loa/helpers'

import type { CitizenTranslationKey } from '../translations/index.js'

import { TRANSLATION_NAMESPACE } from '../defaults.js'
import { en } from '../translations/en.js'
import { vi } from '../translations/vi.js'

const inNamespace = translatedLabel(TRANSLATION_NAMESPACE)

/** A label read from the plugin's translations in the admin's language. */
export const label = (key: CitizenTranslationKey) => inNamespace(key)

/** The same strings as a static `{ vi, en }`, where Payload takes no label function (admin group, description). */
export const staticLabel = (key: CitizenTranslationKey): Record<'en' | 'vi', string> => ({ vi: vi[key], en: en[key] })
