import type { Access } from 'payload'

import { isAdminUser } from './roles.js'

export const isAdmin: Access = ({ req }) => isAdminUser(req.user)
