import type { PayloadRequest } from 'payload'

import type { CampaignRef, SanitizedInsightsConfig } from '../types.js'

/** Admins, and whom the host's `canSeeInsights` lets see this campaign's figures. */
export const canSeeCampaignInsights = async (req: PayloadRequest, cfg: SanitizedInsightsConfig, campaign: CampaignRef): Promise<boolean> => {
  if (!req.user) return false
  if (cfg.isAdmin(req.user)) return true
  return (await cfg.canSeeInsights({ doc: campaign, req })) === true
}
