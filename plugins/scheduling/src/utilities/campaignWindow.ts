import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

import { idOf } from '@loa/helpers'
import { readPath, timeOf } from './paths.js'

export type CampaignWindow = { start?: number; end?: number }

/** The period of the item's campaign, read inside the request's transaction. */
export const loadCampaignWindow = async ({
  campaign,
  cfg,
  req,
}: {
  campaign: unknown
  cfg: SanitizedSchedulingConfig
  req: PayloadRequest
}): Promise<CampaignWindow | undefined> => {
  const id = idOf(campaign)
  if (id === undefined || !cfg.campaignsCollection) return undefined
  const doc = await req.payload
    .findByID({ collection: cfg.campaignsCollection as CollectionSlug, id, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  if (!doc) return undefined
  return { start: timeOf(readPath(doc, cfg.campaignPeriodStartPath)), end: timeOf(readPath(doc, cfg.campaignPeriodEndPath)) }
}

/** Whether a moment falls inside the window (bounds included; an open bound admits everything). */
export const isInsideWindow = (ms: number, window: CampaignWindow): boolean =>
  (window.start === undefined || ms >= window.start) && (window.end === undefined || ms <= window.end)
