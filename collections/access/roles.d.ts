/**
 * Global roles say what a user is; campaign membership (see campaignMembership.ts) says where
 * they may act. Admins act everywhere.
 */
export declare const USER_ROLES: readonly ["admin", "manager", "editor", "reviewer"];
export type UserRole = (typeof USER_ROLES)[number];
/** Roles a member can hold inside one campaign. */
export declare const CAMPAIGN_ROLES: readonly ["manager", "editor", "reviewer"];
export type CampaignRole = (typeof CAMPAIGN_ROLES)[number];
type MaybeUser = {
    roles?: readonly string[] | null;
} | null | undefined;
export declare const hasRole: (user: MaybeUser, role: UserRole) => boolean;
export declare const isAdminUser: (user: MaybeUser) => boolean;
export {};
