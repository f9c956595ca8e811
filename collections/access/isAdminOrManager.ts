import type { Access } from 'payload'

import { hasRole, isAdminUser } from './roles.js'

/** Admins and users whose global role is campaign manager. */
export const isAdminOrManager: Access = ({ req }) => isAdminUser(req.user) || hasRole(req.user, 'manager')
