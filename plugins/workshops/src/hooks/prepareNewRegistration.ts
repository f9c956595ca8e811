import type { CollectionBeforeChangeHook } from 'payload'

import crypto from 'node:crypto'

import type { SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { ACTIVE_STATUSES } from '../defaults.js'
import { activeKeyOf } from '../utilities/activeKey.js'
import { idOf } from '@loa/helpers'
import { WorkshopRequestError } from '../utilities/workshopRequestError.js'

/** A fresh secret for the cancel link: 192 random bits, URL-safe. */
export const newCancelToken = (): string => crypto.randomBytes(24).toString('base64url')

/**
 * On create: copies the workshop's campaign onto the registration (access is a plain Where on
 * it), gives it a cancel token, and fills the key that makes a second active registration
 * with the same e-mail for the same workshop impossible (a unique column).
 */
export const prepareNewRegistration =
  (cfg: SanitizedWorkshopsConfig): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const workshopId = idOf(data.workshop)
    if (workshopId === undefined) throw new WorkshopRequestError('Thiếu hội thảo — workshop is required', 400, { field: 'workshop' })
    const workshop = (await req.payload
      .findByID({ collection: asCollectionSlug(cfg.workshopsSlug), id: workshopId, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)) as WorkshopDoc | null
    if (!workshop) throw new WorkshopRequestError('Không tìm thấy hội thảo — workshop not found', 404, { field: 'workshop' })
    const status = data.status ?? 'confirmed'
    return {
      ...data,
      email: typeof data.email === 'string' ? data.email.trim().toLowerCase() : data.email,
      ...(cfg.campaignsSlug ? { campaign: idOf(workshop.campaign) ?? null } : {}),
      cancelToken: data.cancelToken || newCancelToken(),
      activeKey: ACTIVE_STATUSES.includes(status) ? activeKeyOf(workshopId, data.email) : null,
    }
  }
