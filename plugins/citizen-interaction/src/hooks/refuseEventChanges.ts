import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

/** Events are a record: once written, never rewritten, even by code with overrideAccess. */
export const refuseEventUpdate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') throw new APIError('Nhật ký hỏi đáp không sửa được — question events are append-only', 403, null, true)
  return data
}

export const refuseEventDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError('Nhật ký hỏi đáp không xoá được — question events are append-only', 403, null, true)
}
