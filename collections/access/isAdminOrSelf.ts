import type { Access } from 'payload'

import { isAdminUser } from './roles.js'

/** Admins reach every user; anyone else only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return { id: { equals: req.user.id } }
}
