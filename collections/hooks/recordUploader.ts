import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The uploader is whoever uploads: field access drops a client's value, and this sets the
 * user of the request. Server code without a user (the demo seed, imports) may name one.
 */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, uploadedBy: req.user ? req.user.id : (data.uploadedBy ?? null) }
}
