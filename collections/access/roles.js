/**
 * Global roles say what a user is; campaign membership (see campaignMembership.ts) says where
 * they may act. Admins act everywhere.
 */
export const USER_ROLES = ['admin', 'manager', 'editor', 'reviewer'];
/** Roles a member can hold inside one campaign. */
export const CAMPAIGN_ROLES = ['manager', 'editor', 'reviewer'];
export const hasRole = (user, role) => Boolean(user?.roles?.includes(role));
export const isAdminUser = (user) => hasRole(user, 'admin');
