import type { Access } from 'payload'

import type { SanitizedChannelPublishingConfig } from '../types.js'

/** Channels and their credentials are managed by admins only (option `isAdmin`). */
export const isAdmin =
  (config: SanitizedChannelPublishingConfig): Access =>
  ({ req }) =>
    config.isAdmin(req.user)
