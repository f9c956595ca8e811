import type { CollectionAfterChangeHook, CollectionBeforeReadHook } from 'payload'

const FLAGS = { hasSecret: 'secret', hasUsername: 'username', hasApplicationPassword: 'applicationPassword', hasRecipients: 'recipients' } as const

const flagsFrom = (...sources: Array<Record<string, unknown> | undefined>) =>
  Object.fromEntries(Object.entries(FLAGS).map(([flag, field]) => [flag, sources.some((source) => Boolean(source?.[field]))]))

/** Before credentials are stripped, note which ones are set (the admin shows set / not set). */
export const markCredentialsSet: CollectionBeforeReadHook = ({ doc }) => ({ ...doc, ...flagsFrom(doc) })

/** The same on the answer to a create or update, which Payload does not pass through beforeRead. */
export const markCredentialsSetAfterChange: CollectionAfterChangeHook = ({ data, doc, previousDoc }) => ({
  ...doc,
  ...flagsFrom(data, previousDoc),
})
