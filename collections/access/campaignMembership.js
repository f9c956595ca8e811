import { idOf } from '@loa/helpers';
const membershipsByRequest = new WeakMap();
const loadMemberships = async (req) => {
    const userId = req.user?.id;
    if (userId === undefined)
        return [];
    const { docs } = await req.payload.find({
        collection: 'campaigns',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        select: { members: true },
        where: { 'members.user': { equals: userId } },
    });
    const memberships = [];
    for (const campaign of docs) {
        for (const member of campaign.members ?? []) {
            if (String(idOf(member.user)) === String(userId) && member.role) {
                memberships.push({ campaign: campaign.id, role: member.role });
            }
        }
    }
    return memberships;
};
/** All of the user's memberships; empty for anonymous users. */
export const membershipsOf = (req) => {
    let pending = membershipsByRequest.get(req);
    if (!pending) {
        pending = loadMemberships(req);
        membershipsByRequest.set(req, pending);
    }
    return pending;
};
/** Ids of the campaigns where the user holds one of `roles` (any role when omitted). */
export const campaignIdsWhereUserIs = async (req, roles) => {
    const memberships = await membershipsOf(req);
    const ids = memberships.filter((m) => !roles || roles.includes(m.role)).map((m) => m.campaign);
    return [...new Set(ids.map(String))].map((id) => ids.find((candidate) => String(candidate) === id));
};
/** Whether the user holds one of `roles` in the given campaign. */
export const isCampaignMemberAs = async (req, campaign, roles) => {
    const campaignId = idOf(campaign);
    if (campaignId === undefined)
        return false;
    const ids = await campaignIdsWhereUserIs(req, roles);
    return ids.some((id) => String(id) === String(campaignId));
};
/** Forget cached memberships, after a change to a campaign's members inside the same request. */
export const forgetMemberships = (req) => {
    membershipsByRequest.delete(req);
};
export { idOf as relationId };
