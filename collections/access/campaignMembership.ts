/**
 * Which campaigns a user belongs to, and in which role. Looked up once per request (access
 * functions run many times per request) with one small query on the campaigns' members.
 */
import type { PayloadRequest } from 'payload'

import { idOf } from '@loa/helpers'

import type { CampaignRole } from './roles.js'

export type CampaignId = number | string
export type Membership = { campaign: CampaignId; role: CampaignRole }

const membershipsByRequest = new WeakMap<PayloadRequest, Promise<Membership[]>>()

const loadMemberships = async (req: PayloadRequest): Promise<Membership[]> => {
  const userId = req.user?.id
  if (userId === undefined) return []
  const { docs } = await req.payload.find({
    collection: 'campaigns',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { members: true },
    where: { 'members.user': { equals: userId } },
  })
  const memberships: Membership[] = []
  for (const campaign of docs as Array<{ id: CampaignId; members?: Array<{ user?: unknown; role?: string }> | null }>) {
    for (const member of campaign.members ?? []) {
      if (String(idOf(member.user)) === String(userId) && member.role) {
        memberships.push({ campaign: campaign.id, role: member.role as CampaignRole })
      }
    }
  }
  return memberships
}

/** All of the user's memberships; empty for anonymous users. */
export const membershipsOf = (req: PayloadRequest): Promise<Membership[]> => {
  let pending = membershipsByRequest.get(req)
  if (!pending) {
    pending = loadMemberships(req)
    membershipsByRequest.set(req, pending)
  }
  return pending
}

/** Ids of the campaigns where the user holds one of `roles` (any role when omitted). */
export const campaignIdsWhereUserIs = async (req: PayloadRequest, roles?: readonly CampaignRole[]): Promise<CampaignId[]> => {
  const memberships = await membershipsOf(req)
  const ids = memberships.filter((m) => !roles || roles.includes(m.role)).map((m) => m.campaign)
  return [...new Set(ids.map(String))].map((id) => ids.find((candidate) => String(candidate) === id) as CampaignId)
}

/** Whether the user holds one of `roles` in the given campaign. */
export const isCampaignMemberAs = async (req: PayloadRequest, campaign: unknown, roles?: readonly CampaignRole[]): Promise<boolean> => {
  const campaignId = idOf(campaign)
  if (campaignId === undefined) return false
  const ids = await campaignIdsWhereUserIs(req, roles)
  return ids.some((id) => String(id) === String(campaignId))
}

/** Forget cached memberships, after a change to a campaign's members inside the same request. */
export const forgetMemberships = (req: PayloadRequest): void => {
  membershipsByRequest.delete(req)
}

export { idOf as relationId }
