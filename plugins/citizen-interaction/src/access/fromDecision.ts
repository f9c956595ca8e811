/**
 * Collection access from the host's decisions. The decisions take `{ req }`; Payload's access
 * functions take more, so each is wrapped here once.
 */
import type { Access } from 'payload'

import type { SanitizedCitizenConfig } from '../types.js'

export const staffAccess =
  (cfg: SanitizedCitizenConfig): Access =>
  async ({ req }) =>
    Boolean(req.user) && (await cfg.isStaff({ req }))

export const adminAccess =
  (cfg: SanitizedCitizenConfig): Access =>
  async ({ req }) =>
    Boolean(req.user) && (await cfg.isAdmin({ req }))
