import type { Access } from 'payload'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

export const isAdminUser = (user: MaybeUser): boolean => Boolean(user?.roles?.includes('admin'))

/** Channels and their credentials are managed by admins only. */
export const isAdmin: Access = ({ req }) => isAdminUser(req.user as MaybeUser)
