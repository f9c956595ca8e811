import type { Access } from 'payload'

import type { SanitizedChannelPublishingConfig } from '../types.js'

import { deliveriesWhereFor } from './canSeeDeliveries.js'

/**
 * Whoever may see some deliveries may see the channels' names and settings (their credentials
 * are never readable).
 */
export const canSeeChannels =
  (config: SanitizedChannelPublishingConfig): Access =>
  async ({ req }) =>
    (await deliveriesWhereFor(config, req)) !== false
