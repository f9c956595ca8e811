import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

/**
 * Records who moderated a comment and when, and nothing else may write those two fields; a
 * feedback without a comment has nothing to moderate, and a comment never goes back to "none".
 */
export const stampModeration: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  const { moderatedAt: _at, moderatedBy: _by, ...rest } = data
  if (!rest.commentStatus || rest.commentStatus === originalDoc?.commentStatus) return rest
  const hasComment = Boolean(originalDoc?.comment)
  if (!hasComment || rest.commentStatus === 'none')
    throw new APIError(
      hasComment
        ? 'Góp ý đã gửi không thể đặt về "không có góp ý" — a comment cannot be set to "none"'
        : 'Phản hồi này không có góp ý để duyệt — this feedback has no comment to moderate',
      400,
      { field: 'commentStatus' },
      true,
    )
  return { ...rest, moderatedBy: req.user?.id ?? null, moderatedAt: new Date().toISOString() }
}
