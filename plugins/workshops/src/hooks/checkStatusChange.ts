import type { CollectionBeforeChangeHook } from 'payload'

import type { RegistrationDoc, RegistrationStatus, SanitizedWorkshopsConfig } from '../types.js'

import { ACTIVE_STATUSES, STATUS_LABELS } from '../defaults.js'
import { activeKeyOf } from '../utilities/activeKey.js'
import { idOf } from '@loa/helpers'
import { WorkshopRequestError } from '../utilities/workshopRequestError.js'

/**
 * What organisers may do to a registration by hand. Confirming a waitlisted registrant is not
 * among them: seats are only given by the seat rules (a cancellation or a larger capacity).
 */
const ALLOWED: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
  confirmed: ['attended', 'cancelled'],
  attended: ['confirmed'],
  waitlisted: ['cancelled'],
  cancelled: [],
}

/** Checks a status change and keeps the dates and the duplicate key in step with it. */
export const checkStatusChange =
  (_cfg: SanitizedWorkshopsConfig): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc }) => {
    if (operation !== 'update' || !originalDoc) return data
    const before = originalDoc as RegistrationDoc
    const from = before.status
    const to = (data.status ?? from) as RegistrationStatus
    const next = { ...data }
    if (to !== from) {
      if (!ALLOWED[from].includes(to)) {
        throw new WorkshopRequestError(
          `Không thể chuyển trạng thái từ "${STATUS_LABELS[from].vi}" sang "${STATUS_LABELS[to]?.vi ?? to}" — status cannot change from ${from} to ${to}`,
          400,
          { field: 'status' },
        )
      }
      const now = new Date().toISOString()
      if (to === 'cancelled') next.cancelledAt = now
      if (to === 'attended') next.attendedAt = now
      if (from === 'attended') next.attendedAt = null
    }
    const email = next.email ?? before.email
    next.activeKey = ACTIVE_STATUSES.includes(to) && !(next.anonymisedAt ?? before.anonymisedAt) ? activeKeyOf(idOf(before.workshop) as string, email) : null
    return next
  }
