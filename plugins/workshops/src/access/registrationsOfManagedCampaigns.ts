import type { Access } from 'payload'

import type { SanitizedWorkshopsConfig } from '../types.js'

/**
 * Registrations are personal data (Decree 13/2023): admins, and whom the host's
 * `canManageRegistrations` allows (Loa: the managers of the workshop's campaign, a plain
 * `Where` on the campaign stored on each registration).
 */
export const registrationsOfManagedCampaigns =
  (cfg: SanitizedWorkshopsConfig): Access =>
  async ({ req }) => {
    if (!req.user) return false
    if (cfg.isAdmin(req.user)) return true
    return (await cfg.canManageRegistrations({ req })) ?? false
  }
