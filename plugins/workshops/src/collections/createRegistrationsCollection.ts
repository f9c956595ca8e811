import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { SanitizedWorkshopsConfig, WorkshopsRateLimits, WorkshopsRuntimeSettings } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { registrationsOfManagedCampaigns } from '../access/registrationsOfManagedCampaigns.js'
import { AUDIENCE_TYPES, LIMITS, SETTINGS_KEY, STATUS_LABELS } from '../defaults.js'
import { checkStatusChange } from '../hooks/checkStatusChange.js'
import { prepareNewRegistration } from '../hooks/prepareNewRegistration.js'
import { promoteWaitlistOnCancel } from '../hooks/promoteWaitlistOnCancel.js'
import { REGISTRATION_STATUSES } from '../types.js'

const nobody: FieldAccess = () => false

/**
 * Registrations: personal data of the people who signed up for a workshop. Nobody creates
 * them through the collection API (only the public register endpoint does, with its seat
 * rules); admins and the campaign's managers read and update them; the cancel token is never
 * returned by any API.
 */
export const createRegistrationsCollection = (cfg: SanitizedWorkshopsConfig & { rateLimits: WorkshopsRateLimits }): CollectionConfig => {
  const canManage = registrationsOfManagedCampaigns(cfg)
  const isAdmin: FieldAccess = ({ req }) => cfg.isAdmin(req.user)
  const base: CollectionConfig = {
    slug: cfg.registrationsSlug,
    labels: { singular: { vi: 'Đăng ký tham dự', en: 'Registration' }, plural: { vi: 'Đăng ký tham dự', en: 'Registrations' } },
    admin: {
      useAsTitle: 'fullName',
      defaultColumns: ['fullName', 'email', 'workshop', 'status', 'createdAt'],
      group: { vi: 'Nội dung', en: 'Content' },
      description: {
        vi: 'Dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): chỉ quản trị và quản lý chiến dịch được xem.',
        en: 'Personal data (Decree 13/2023): admins and campaign managers only.',
      },
    },
    access: {
      create: () => false,
      read: canManage,
      update: canManage,
      delete: ({ req }) => cfg.isAdmin(req.user),
    },
    custom: {
      [SETTINGS_KEY]: { rateLimits: cfg.rateLimits, retentionDays: cfg.retentionDays } satisfies WorkshopsRuntimeSettings,
    },
    hooks: {
      beforeChange: [prepareNewRegistration(cfg), checkStatusChange(cfg)],
      afterChange: [promoteWaitlistOnCancel(cfg)],
    },
    timestamps: true,
    fields: [
      {
        name: 'workshop',
        type: 'relationship',
        relationTo: asCollectionSlug(cfg.workshopsSlug),
        required: true,
        index: true,
        label: { vi: 'Hội thảo', en: 'Workshop' },
        access: { update: nobody },
        admin: { readOnly: true },
      },
      ...(cfg.campaignsSlug
        ? [
            {
              name: 'campaign',
              type: 'relationship',
              relationTo: asCollectionSlug(cfg.campaignsSlug),
              index: true,
              label: { vi: 'Chiến dịch', en: 'Campaign' },
              access: { update: nobody },
              admin: { readOnly: true, position: 'sidebar', description: { vi: 'Lấy từ hội thảo.', en: 'Copied from the workshop.' } },
            } satisfies Field,
          ]
        : []),
      { name: 'fullName', type: 'text', required: true, maxLength: LIMITS.fullName, label: { vi: 'Họ và tên', en: 'Full name' } },
      { name: 'email', type: 'email', required: true, index: true, label: { vi: 'Thư điện tử', en: 'E-mail' } },
      { name: 'phone', type: 'text', maxLength: LIMITS.phone, label: { vi: 'Số điện thoại', en: 'Phone' } },
      { name: 'organisation', type: 'text', maxLength: LIMITS.organisation, label: { vi: 'Cơ quan / đơn vị', en: 'Organisation / unit' } },
      {
        name: 'audienceType',
        type: 'select',
        label: { vi: 'Đối tượng', en: 'Audience type' },
        options: AUDIENCE_TYPES.map((a) => ({ value: a.value, label: a.label })),
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'confirmed',
        index: true,
        label: { vi: 'Trạng thái', en: 'Status' },
        options: REGISTRATION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
        admin: { position: 'sidebar' },
      },
      { name: 'attendedAt', type: 'date', label: { vi: 'Điểm danh lúc', en: 'Attended at' }, admin: { readOnly: true, position: 'sidebar' } },
      { name: 'cancelledAt', type: 'date', label: { vi: 'Huỷ lúc', en: 'Cancelled at' }, admin: { readOnly: true, position: 'sidebar' } },
      { name: 'anonymisedAt', type: 'date', index: true, label: { vi: 'Ẩn danh lúc', en: 'Anonymised at' }, admin: { readOnly: true, position: 'sidebar' } },
      {
        name: 'confirmationSentAt',
        type: 'date',
        label: { vi: 'Gửi thư xác nhận lúc', en: 'Confirmation sent at' },
        access: { update: isAdmin },
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'promotionSentAt',
        type: 'date',
        label: { vi: 'Gửi thư chuyển từ danh sách chờ lúc', en: 'Promotion e-mail sent at' },
        access: { update: isAdmin },
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'cancelToken',
        type: 'text',
        unique: true,
        // Hidden: in no REST, GraphQL or Local API answer (reads that need it ask with showHiddenFields).
        hidden: true,
        index: true,
        access: { read: nobody, create: nobody, update: nobody },
      },
      {
        name: 'activeKey',
        type: 'text',
        unique: true,
        hidden: true,
        access: { read: nobody, create: nobody, update: nobody },
      },
    ],
  }
  return applyCollectionOverrides(base, cfg.overrides)
}
