/**
 * Which campaigns a user belongs to, and in which role. Looked up once per request (access
 * functions run many times per request) with one small query on the campaigns' members.
 */
import type { PayloadRequest } from 'payload';
import { idOf } from '@loa/helpers';
import type { CampaignRole } from './roles.js';
export type CampaignId = number | string;
export type Membership = {
    campaign: CampaignId;
    role: CampaignRole;
};
/** All of the user's memberships; empty for anonymous users. */
export declare const membershipsOf: (req: PayloadRequest) => Promise<Membership[]>;
/** Ids of the campaigns where the user holds one of `roles` (any role when omitted). */
export declare const campaignIdsWhereUserIs: (req: PayloadRequest, roles?: readonly CampaignRole[]) => Promise<CampaignId[]>;
/** Whether the user holds one of `roles` in the given campaign. */
export declare const isCampaignMemberAs: (req: PayloadRequest, campaign: unknown, roles?: readonly CampaignRole[]) => Promise<boolean>;
/** Forget cached memberships, after a change to a campaign's members inside the same request. */
export declare const forgetMemberships: (req: PayloadRequest) => void;
export { idOf as relationId };
