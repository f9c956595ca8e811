import type { CollectionBeforeChangeHook } from 'payload'

const REPLACEMENTS = {
  newSecret: 'secret',
  newUsername: 'username',
  newApplicationPassword: 'applicationPassword',
  newRecipients: 'recipients',
} as const

/** The admin form cannot hold stored credentials (unreadable); its "replace" inputs land here. */
export const acceptReplacementCredentials: CollectionBeforeChangeHook = ({ data }) => {
  for (const [input, stored] of Object.entries(REPLACEMENTS)) {
    const value = data[input]
    if (typeof value === 'string' && value.trim()) data[stored] = value.trim()
    delete data[input]
  }
  for (const flag of ['hasSecret', 'hasUsername', 'hasApplicationPassword', 'hasRecipients']) delete data[flag]
  return data
}
