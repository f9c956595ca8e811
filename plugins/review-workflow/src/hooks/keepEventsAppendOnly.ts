import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { REVIEW_EVENT_WRITE_CONTEXT } from '../utilities/contextKeys.js'

/**
 * Access already says no to every API; this also stops server code using the Local API with
 * overrideAccess. Only the workflow's own writes (flagged in the context) create events.
 */
export const keepEventsAppendOnly: CollectionBeforeOperationHook = ({ args, context, operation }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') {
    throw new APIError('Nhật ký duyệt không thể sửa hay xoá — review events cannot be changed or deleted', 403, undefined, true)
  }
  if (operation === 'create' && !context?.[REVIEW_EVENT_WRITE_CONTEXT]) {
    throw new APIError('Nhật ký duyệt chỉ do quy trình duyệt ghi — review events are written by the workflow only', 403, undefined, true)
  }
  return args
}
