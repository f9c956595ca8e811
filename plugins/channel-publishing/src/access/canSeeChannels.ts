import type { Access } from 'payload'

import { deliveriesWhereFor } from './canSeeDeliveries.js'

/**
 * Whoever may see deliveries may see the channels' names and settings (their credentials are
 * never readable): admins, managers, and the managers of any campaign.
 */
export const canSeeChannels: Access = async ({ req }) => (await deliveriesWhereFor(req)) !== false
