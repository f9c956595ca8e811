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

/** Reads a setter (by id) for one sweep, so a burst set by one manager reads them once. */
export type SetterLoader = (id: Id) => Promise<Record<string, unknown> | null>

/** A loader that reads each user once; reads run outside any transaction (users are not written by the sweep). */
export const cachedSetterLoader = ({ cfg, req }: { cfg: SanitizedSchedulingConfig; req: PayloadRequest }): SetterLoader => {
  const setters = new Map<string, Promise<Record<string, unknown> | null>>()
  return (id) => {
    const key = String(id)
    let setter = setters.get(key)
    if (!setter) {
      setter = req.payload
        .findByID({ collection: cfg.usersCollection as CollectionSlug, id, depth: 0, disableErrors: true, overrideAccess: true, req })
        .then((doc) => (doc as Record<string, unknown> | null) ?? null)
      setters.set(key, setter)
    }
    return setter
  }
}

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
  loadSetter,
  req,
  setBy,
}: {
  action: ScheduledAction
  cfg: SanitizedSchedulingConfig
  doc: Record<string, unknown>
  /** Where the setter is read from (a sweep's cache); read in `req` by default. */
  loadSetter?: SetterLoader
  req: PayloadRequest
  setBy: Id | undefined
}): Promise<Id> => {
  if (setBy === undefined) {
    throw refused(action, 'giờ này không do quản lý chiến dịch hay quản trị viên đặt', 'this time was not set by anyone allowed to schedule the item')
  }
  const setter = await (loadSetter ?? cachedSetterLoader({ cfg, req }))(setBy)
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
