import type { PayloadRequest } from 'payload'

import type { SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

/** Whether the user may see and manage this workshop's registrations: admins, and whom the host's rule allows. */
export const canManageWorkshop = async ({
  cfg,
  req,
  workshop,
}: {
  cfg: SanitizedWorkshopsConfig
  req: PayloadRequest
  workshop: WorkshopDoc
}): Promise<boolean> => {
  if (!req.user) return false
  if (cfg.isAdmin(req.user)) return true
  return (await cfg.canManageRegistrations({ doc: workshop, req })) === true
}
