import type { CollectionConfig } from 'payload'

import { campaignManagerOfCampaign } from './access/campaignManagerOfCampaign.js'
import { campaignMembersOnly } from './access/campaignMembersOnly.js'
import { isAdmin } from './access/isAdmin.js'
import { isAdminOrManager } from './access/isAdminOrManager.js'
import { publicCampaignOrMember } from './access/publicCampaignOrMember.js'
import { CAMPAIGN_ROLES } from './access/roles.js'
import { audiencesField } from './fields/audiences.js'
import { searchField } from './fields/searchField.js'
import { slugField } from './fields/slugField.js'
import { foldSearchQuery } from './hooks/foldSearchQuery.js'
import { rejectEndBeforeStart } from './hooks/rejectEndBeforeStart.js'

export const CAMPAIGN_STATUSES = [
  { label: { vi: 'Kế hoạch', en: 'Planned' }, value: 'planned' },
  { label: { vi: 'Đang triển khai', en: 'Active' }, value: 'active' },
  { label: { vi: 'Đã kết thúc', en: 'Closed' }, value: 'closed' },
]

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: { vi: 'Chiến dịch', en: 'Campaign' }, plural: { vi: 'Chiến dịch', en: 'Campaigns' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'status', 'period.start', 'period.end'],
    listSearchableFields: ['search', 'code'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: {
    create: isAdminOrManager,
    delete: isAdmin,
    read: publicCampaignOrMember,
    update: campaignManagerOfCampaign,
  },
  hooks: {
    beforeOperation: [foldSearchQuery],
    beforeChange: [
      rejectEndBeforeStart({
        startPath: 'period.start',
        endPath: 'period.end',
        message: 'Ngày kết thúc phải sau ngày bắt đầu — period.end must be after period.start',
      }),
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên chiến dịch', en: 'Name' } },
    slugField('name'),
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Mã', en: 'Code' },
      admin: { position: 'sidebar', description: { vi: 'Ví dụ: CDS-2024-TT', en: 'For example CDS-2024-TT' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      options: CAMPAIGN_STATUSES,
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    { name: 'pillar', type: 'text', localized: true, label: { vi: 'Trụ cột / nhiệm vụ', en: 'Pillar' } },
    { name: 'objectives', type: 'textarea', localized: true, label: { vi: 'Mục tiêu', en: 'Objectives' } },
    {
      name: 'period',
      type: 'group',
      label: { vi: 'Thời gian', en: 'Period' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', required: true, label: { vi: 'Bắt đầu', en: 'Start' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'end', type: 'date', required: true, label: { vi: 'Kết thúc', en: 'End' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
      ],
    },
    audiencesField(),
    {
      name: 'members',
      type: 'array',
      label: { vi: 'Thành viên', en: 'Members' },
      // Who works where is staff business: the public and other users never see it.
      access: { read: campaignMembersOnly },
      labels: { singular: { vi: 'Thành viên', en: 'Member' }, plural: { vi: 'Thành viên', en: 'Members' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { vi: 'Người dùng', en: 'User' } },
            {
              name: 'role',
              type: 'select',
              required: true,
              label: { vi: 'Vai trò', en: 'Role' },
              options: CAMPAIGN_ROLES.map((value) => ({
                value,
                label: {
                  manager: { vi: 'Quản lý chiến dịch', en: 'Campaign manager' },
                  editor: { vi: 'Biên tập viên', en: 'Editor' },
                  reviewer: { vi: 'Người duyệt', en: 'Reviewer' },
                }[value],
              })),
            },
          ],
        },
      ],
    },
    {
      name: 'questionDeadlineWorkingDays',
      type: 'number',
      min: 1,
      max: 60,
      label: { vi: 'Hạn trả lời câu hỏi của người dân (ngày làm việc)', en: "Deadline for citizens' questions (working days)" },
      admin: {
        position: 'sidebar',
        description: { vi: 'Để trống: 15 ngày làm việc.', en: 'Empty: 15 working days.' },
      },
    },
    {
      name: 'approvalPolicy',
      type: 'group',
      label: { vi: 'Chính sách duyệt', en: 'Approval policy' },
      access: { read: campaignMembersOnly },
      fields: [
        {
          name: 'requiredApprovals',
          type: 'number',
          required: true,
          defaultValue: 1,
          min: 1,
          max: 10,
          label: { vi: 'Số lượt duyệt cần có', en: 'Required approvals' },
        },
      ],
    },
    {
      name: 'kpis',
      type: 'array',
      label: { vi: 'Chỉ tiêu (KPI)', en: 'KPIs' },
      // Row labels "Chỉ tiêu 01", and "Thêm Chỉ tiêu", not Payload's "Kpi 01" made from the field name.
      labels: { singular: { vi: 'Chỉ tiêu', en: 'KPI' }, plural: { vi: 'Chỉ tiêu', en: 'KPIs' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'metric', type: 'text', required: true, label: { vi: 'Chỉ số', en: 'Metric' } },
            { name: 'target', type: 'number', required: true, min: 0, label: { vi: 'Mục tiêu', en: 'Target' } },
            { name: 'unit', type: 'text', label: { vi: 'Đơn vị', en: 'Unit' } },
          ],
        },
      ],
    },
    searchField(['name', 'code', 'pillar']),
  ],
}
