import type { CollectionAfterReadHook } from 'payload'

import { CREDENTIAL_FIELDS } from '../collections/channels.js'

/**
 * Field access already hides credentials; this removes them again whatever the caller
 * (overrideAccess, showHiddenFields, GraphQL), so no read path can return one.
 */
export const stripCredentials: CollectionAfterReadHook = ({ doc }) => {
  const copy = { ...doc }
  for (const field of CREDENTIAL_FIELDS) delete copy[field]
  return copy
}
