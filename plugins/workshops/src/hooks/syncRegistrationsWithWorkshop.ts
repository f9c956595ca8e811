import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { fillFreeSeats } from '../utilities/fillFreeSeats.js'
import { idOf } from '@loa/helpers'

/**
 * When a published workshop changes: registrations follow it to another campaign (their
 * managers change with it), and seats added to the capacity go to the waitlist.
 */
export const syncRegistrationsWithWorkshop =
  (cfg: SanitizedWorkshopsConfig): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation !== 'update') return doc
    const after = doc as WorkshopDoc
    const before = (previousDoc ?? {}) as Partial<WorkshopDoc>
    if (after._status !== 'published') return doc
    const campaign = idOf(after.campaign)
    if (cfg.campaignsSlug && campaign !== undefined && String(campaign) !== String(idOf(before.campaign))) {
      await req.payload.update({
        collection: asCollectionSlug(cfg.registrationsSlug),
        where: { workshop: { equals: after.id } },
        data: { campaign } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    const grew = after.capacity === null || after.capacity === undefined || (typeof before.capacity === 'number' && after.capacity > before.capacity)
    if (grew && after.capacity !== before.capacity) await fillFreeSeats({ cfg, req, workshopId: after.id })
    return doc
  }
