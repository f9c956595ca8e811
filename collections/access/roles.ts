/**
 * Global roles say what a user is; campaign membership (see campaignMembership.ts) says where
 * they may act. Admins act everywhere.
 */
export const USER_ROLES = ['admin', 'manager', 'editor', 'reviewer'] as const
export type UserRole = (typeof USER_ROLES)[number]

/** Roles a member can hold inside one campaign. */
export const CAMPAIGN_ROLES = ['manager', 'editor', 'reviewer'] as const
export type CampaignRole = (typeof CAMPAIGN_ROLES)[number]

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

export const hasRole = (user: MaybeUser, role: UserRole): boolean => Boolean(user?.roles?.includes(role))

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')
