/**
 * How urgent an item's deliveries are, from its bulletin's priority (Circular 39/2020/TT-BTTTT:
 * thường, ưu tiên, khẩn cấp): an emergency is sent ahead of every delivery already queued, on
 * every channel, not only the radio. Wired into channel publishing in src/plugins.ts.
 */
import type { DeliveryPriority } from '@loa/plugin-channel-publishing'

export const BULLETIN_DELIVERY_PRIORITY: Record<string, number> = { emergency: 2, priority: 1, ordinary: 0 }

export const bulletinDeliveryPriority: DeliveryPriority = async ({ collection, id, req }) => {
  const item = (await req.payload.findByID({
    collection: collection as never,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
    select: { bulletin: true } as never,
  })) as { bulletin?: { priority?: null | string } } | null
  return BULLETIN_DELIVERY_PRIORITY[item?.bulletin?.priority ?? 'ordinary'] ?? 0
}
