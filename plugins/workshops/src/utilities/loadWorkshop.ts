import type { PayloadRequest } from 'payload'

import type { SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { asCollectionSlug } from './asCollectionSlug.js'
import { WorkshopRequestError } from './workshopRequestError.js'

const NOT_FOUND = 'Không tìm thấy hội thảo — workshop not found'

/** The workshop named by the route's `:id` (its live version), or a 404. */
export const loadWorkshop = async ({ cfg, req }: { cfg: SanitizedWorkshopsConfig; req: PayloadRequest }): Promise<WorkshopDoc> => {
  const id = String(req.routeParams?.id ?? '')
  // A malformed id is an unknown workshop, not a database error.
  if (!id || (req.payload.db.defaultIDType === 'number' && !/^\d{1,15}$/.test(id))) throw new WorkshopRequestError(NOT_FOUND, 404, { field: 'id' })
  const workshop = (await req.payload
    .findByID({ collection: asCollectionSlug(cfg.workshopsSlug), id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)) as WorkshopDoc | null
  if (!workshop) throw new WorkshopRequestError(NOT_FOUND, 404, { field: 'id' })
  return workshop
}
