import type { CollectionAfterChangeHook } from 'payload'

import type { RegistrationDoc, SanitizedWorkshopsConfig } from '../types.js'

import { SEAT_HOLDING_STATUSES } from '../defaults.js'
import { idOf } from '@loa/helpers'
import { fillFreeSeats } from '../utilities/fillFreeSeats.js'

/** A seat given back (cancelled by link or by an organiser) goes to the longest-waiting registrant, who is e-mailed. */
export const promoteWaitlistOnCancel =
  (cfg: SanitizedWorkshopsConfig): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation !== 'update') return doc
    const before = previousDoc as RegistrationDoc | undefined
    const after = doc as RegistrationDoc
    if (!before || !SEAT_HOLDING_STATUSES.includes(before.status) || SEAT_HOLDING_STATUSES.includes(after.status)) return doc
    const workshopId = idOf(after.workshop)
    if (workshopId !== undefined) await fillFreeSeats({ cfg, req, workshopId })
    return doc
  }
