import type { FieldHook } from 'payload'

import { foldForSearch } from '@loa/helpers'

/** Rebuilds the folded search text from the source fields on every save. */
export const fillSearchText =
  (sourceFields: readonly string[]): FieldHook =>
  ({ data, originalDoc }) => {
    const parts = sourceFields.map((name) => data?.[name] ?? originalDoc?.[name]).filter((part) => typeof part === 'string')
    return foldForSearch(parts.join(' '))
  }
