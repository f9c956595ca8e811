/** The checks every insights endpoint makes, in order: signed in, valid period, campaign exists, allowed. */
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedInsightsConfig, Window } from '../types.js'
import type { CampaignDoc } from '../utilities/computeInsights.js'

import { canSeeCampaignInsights } from '../access/canSeeCampaignInsights.js'
import { loadCampaign } from '../utilities/computeInsights.js'
import { windowFromQuery } from '../utilities/window.js'

const FORBIDDEN = 'Bạn không có quyền xem số liệu của chiến dịch này — you may not see the figures of this campaign'

export const authorizeInsights = async (req: PayloadRequest, cfg: SanitizedInsightsConfig): Promise<{ campaign: CampaignDoc; now: Date; window: Window }> => {
  if (!req.user) throw new APIError(FORBIDDEN, 403, undefined, true)
  const rawId = req.routeParams?.id
  if (typeof rawId !== 'string' && typeof rawId !== 'number') throw new APIError('Thiếu mã chiến dịch — campaign id missing', 400, undefined, true)
  const id = req.payload.db.defaultIDType === 'number' ? Number(rawId) : String(rawId)
  if (typeof id === 'number' && !Number.isSafeInteger(id))
    throw new APIError(`Không có chiến dịch "${String(rawId).slice(0, 40)}" — campaign not found`, 404, undefined, true)
  const campaign = await loadCampaign(req, cfg, id)
  if (!campaign) throw new APIError(`Không có chiến dịch "${String(rawId).slice(0, 40)}" — campaign not found`, 404, undefined, true)
  if (!(await canSeeCampaignInsights(req, cfg, campaign))) throw new APIError(FORBIDDEN, 403, undefined, true)
  const now = new Date()
  return { campaign, now, window: windowFromQuery((req.query ?? {}) as Record<string, unknown>, campaign.period, now) }
}
