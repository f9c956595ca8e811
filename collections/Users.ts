import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from './access/isAdmin.js'
import { isAdminOrSelf } from './access/isAdminOrSelf.js'
import { isLoggedIn } from './access/isLoggedIn.js'
import { isAdminUser, USER_ROLES } from './access/roles.js'
import { forgotPasswordEndpoint } from './auth/forgotPasswordEndpoint.js'
import { answerLoginFailuresAlike } from './hooks/answerLoginFailuresAlike.js'

const onlyAdmins: FieldAccess = ({ req }) => isAdminUser(req.user)

export const ROLE_LABELS = {
  admin: { vi: 'Quản trị', en: 'Admin' },
  manager: { vi: 'Quản lý chiến dịch', en: 'Campaign manager' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  reviewer: { vi: 'Người duyệt', en: 'Reviewer' },
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Người dùng', en: 'User' }, plural: { vi: 'Người dùng', en: 'Users' } },
  auth: { tokenExpiration: 60 * 60 * 8, maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'email', 'roles', 'unit'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  access: {
    // Staff see each other (to pick members and authors); the public sees no one.
    read: isLoggedIn,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  // Neither login nor forgot-password may tell who has an account (see the two files).
  hooks: { beforeOperation: [answerLoginFailuresAlike] },
  endpoints: [forgotPasswordEndpoint],
  fields: [
    { name: 'displayName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Display name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: USER_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      label: { vi: 'Vai trò', en: 'Roles' },
      access: { create: onlyAdmins, update: onlyAdmins },
    },
    { name: 'unit', type: 'text', label: { vi: 'Đơn vị (sở, ngành, huyện)', en: 'Unit (department / district)' } },
  ],
}
