import type { Access } from 'payload'

import { REVIEW_WORKFLOW_CONTEXT } from '../utilities/contextKeys.js'

/**
 * Wraps a collection's update access so that nobody may write `_status: 'published'` by an
 * update: the admin asks exactly this to decide whether to show its own Publish and Unpublish
 * buttons, so they disappear and the workflow panel's buttons remain. The workflow's own
 * writes bypass access altogether.
 */
export const withoutPublishingStatus =
  (update: Access | undefined): Access =>
  (args) => {
    if (args.data?._status === 'published' && args.req.context?.[REVIEW_WORKFLOW_CONTEXT] === undefined) return false
    return update ? update(args) : Boolean(args.req.user)
  }
