/**
 * A campaign's cast and approval policy, as the workflow reads them: the gate (who may
 * approve, how many approvals count) and the e-mail task (whom to tell about a submission)
 * both ask the same question, so both read it here.
 */
import type { PayloadRequest } from 'payload'

import type { Id, SanitizedReviewWorkflowConfig } from '../types.js'

import { idOf } from '@loa/helpers'

export type CampaignMember = { user: Id; role: string }

export type CampaignPolicy = { members: CampaignMember[]; requiredApprovals: number }

type StoredCampaign = {
  members?: Array<{ user?: unknown; role?: string | null }> | null
  approvalPolicy?: { requiredApprovals?: number | null } | null
}

/** Members with a user and a role; at least one approval required. No campaign: nobody, one. */
export const loadCampaignPolicy = async ({
  campaignId,
  cfg,
  req,
}: {
  campaignId: Id | undefined
  cfg: SanitizedReviewWorkflowConfig
  req: PayloadRequest
}): Promise<CampaignPolicy> => {
  const campaign =
    campaignId === undefined
      ? null
      : ((await req.payload.findByID({
          collection: cfg.campaignsCollection as never,
          id: campaignId,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
        })) as StoredCampaign | null)
  const members = (campaign?.members ?? [])
    .map((member) => ({ user: idOf(member.user), role: member.role ?? '' }))
    .filter((member): member is CampaignMember => member.user !== undefined && Boolean(member.role))
  return { members, requiredApprovals: Math.max(1, Number(campaign?.approvalPolicy?.requiredApprovals ?? 1) || 1) }
}
