import type { PayloadRequest } from 'payload'

/**
 * The default admin rule: a user whose `roles` include `admin`. A host whose users carry no
 * roles at all (Payload's starter: users + posts) treats every logged-in user as an admin, as
 * Payload's own default access does.
 */
export const isAdminByRole = (req: PayloadRequest): boolean => {
  const user = req.user as { roles?: unknown } | null | undefined
  if (!user) return false
  if (!Array.isArray(user.roles)) return true
  return user.roles.includes('admin')
}
