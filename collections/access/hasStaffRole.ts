import type { Access } from 'payload'

import { hasRole, USER_ROLES } from './roles.js'

/** Users who hold one of Loa's roles (admin, manager, editor, reviewer): the staff. */
export const hasStaffRole: Access = ({ req }) => USER_ROLES.some((role) => hasRole(req.user, role))
