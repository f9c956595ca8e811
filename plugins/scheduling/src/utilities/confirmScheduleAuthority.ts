import type { CollectionSlug, PayloadRequest } from 'payload'

import { APIError, isolateObjectProperty } from 'payload'

import type { Id, SanitizedSchedulingConfig, ScheduledAction } from '../types.js'

const refused = (action: ScheduledAction, vi: string, en: string) =>
  new APIError(
    `${action === 'publish' ? 'Không xuất bản' : 'Không gỡ bài'}: ${vi} — not ${action === 'publish' ? 'published' : 'unpublished'}: ${en}`,
    403,
    null,
    true,
  )

/**
 * The scheduler acts on a time only for someone allowed to set it: the user recorded as its
 * setter must exist and `canSchedule` must still say yes for them and the item now (a manager
 * who left the campaign no longer publishes through a time set before). Answers the setter's
 * id; throws a 403 APIError (recorded as a refusal) otherwise.
 */
export const confirmScheduleAuthority = async ({
  action,
  cfg,
  doc,
  req,
  setBy,
}: {
  action: ScheduledAction
  cfg: SanitizedSchedulingConfig
  doc: Record<string, unknown>
  req: PayloadRequest
  setBy: Id | undefined
}): Promise<Id> => {
  if (setBy === undefined) {
    throw refused(action, 'giờ này không do quản lý chiến dịch hay quản trị viên đặt', 'this time was not set by anyone allowed to schedule the item')
  }
  const setter = await req.payload.findByID({
    collection: cfg.usersCollection as CollectionSlug,
    id: setBy,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  const asSetter = isolateObjectProperty(req, 'user')
  asSetter.user = setter ? ({ ...setter, collection: cfg.usersCollection } as PayloadRequest['user']) : null
  if (!setter || !(await cfg.canSchedule({ doc, req: asSetter }))) {
    throw refused(
      action,
      `người đặt giờ (#${setBy}) không còn quyền lên lịch cho nội dung này`,
      `the user who set this time (#${setBy}) may no longer schedule this item`,
    )
  }
  return setBy
}
