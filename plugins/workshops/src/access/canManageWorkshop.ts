import type { PayloadRequest } from 'payload'

import type { SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { idOf } from '@loa/helpers'

/** Whether the user may see and manage this workshop's registrations (admins, its campaign's managers). */
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
  const managed = await cfg.managedCampaignIds(req)
  if (managed === 'all') return true
  const campaignId = idOf(workshop.campaign)
  return campaignId !== undefined && managed.some((id) => String(id) === String(campaignId))
}
