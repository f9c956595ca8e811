import type { Access } from 'payload'

import type { SanitizedWorkshopsConfig } from '../types.js'

/**
 * Registrations are personal data (Decree 13/2023): admins and the managers of the workshop's
 * campaign only. The campaign is stored on each registration, so this is one plain Where.
 */
export const registrationsOfManagedCampaigns =
  (cfg: SanitizedWorkshopsConfig): Access =>
  async ({ req }) => {
    if (!req.user) return false
    const managed = await cfg.managedCampaignIds(req)
    if (managed === 'all') return true
    return managed.length ? { campaign: { in: managed } } : false
  }
