import type { Field } from 'payload'

import { fillSearchText } from '../hooks/fillSearchText.js'

/** Name of the folded, indexed search field; queries on it are folded too (foldSearchQuery). */
export const SEARCH_FIELD = 'search'

/**
 * The normalised text that Vietnamese search runs on: diacritics removed, lower case. Kept in
 * step by a hook, per locale, so "chuyen doi so" finds "Chuyển đổi số" on every adapter.
 */
export const searchField = (sourceFields: readonly string[]): Field => ({
  name: SEARCH_FIELD,
  type: 'text',
  index: true,
  localized: true,
  // Read in the list's search box: "Tìm theo tiêu đề hoặc tóm tắt (gõ có dấu hay không dấu)".
  label: { vi: 'tiêu đề hoặc tóm tắt (gõ có dấu hay không dấu)', en: 'title or summary (with or without accents)' },
  admin: { hidden: true, readOnly: true },
  hooks: { beforeChange: [fillSearchText(sourceFields)] },
})
