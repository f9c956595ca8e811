import type { Access, PayloadRequest, Where } from 'payload'

import type { SanitizedChannelPublishingConfig } from '../types.js'

/**
 * The host's rule (option `canSeeDeliveries`) as a read scope on deliveries: true (all),
 * false (none) or a `Where`. Admins always see every delivery.
 */
export const deliveriesWhereFor = async (config: SanitizedChannelPublishingConfig, req: PayloadRequest): Promise<boolean | Where> => {
  if (!req.user) return false
  if (config.isAdmin(req.user)) return true
  return (await config.canSeeDeliveries({ req })) ?? false
}

export const canSeeDeliveries =
  (config: SanitizedChannelPublishingConfig): Access =>
  ({ req }) =>
    deliveriesWhereFor(config, req)

/** Whether the user may act on one delivery or item (retry, resend): the rule asked with the document. */
export const mayActOn = async (
  config: SanitizedChannelPublishingConfig,
  req: PayloadRequest,
  doc: { campaign?: unknown; id: number | string } & Record<string, unknown>,
): Promise<boolean> => {
  if (!req.user) return false
  if (config.isAdmin(req.user)) return true
  return (await config.canSeeDeliveries({ doc, req })) === true
}
