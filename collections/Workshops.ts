import type { CollectionConfig } from 'payload'

import { contentCollectionBase, contentLeadFields, contentTailFields } from './fields/contentFields.js'
import { rejectEndBeforeStart } from './hooks/rejectEndBeforeStart.js'

const base = contentCollectionBase()

export const Workshops: CollectionConfig = {
  slug: 'workshops',
  labels: {
    singular: { vi: 'Hội thảo / Tập huấn', en: 'Workshop' },
    plural: { vi: 'Hội thảo / Tập huấn', en: 'Workshops' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'campaign', 'workflow.stage'],
    listSearchableFields: ['search'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  ...base,
  hooks: {
    ...base.hooks,
    beforeChange: [
      rejectEndBeforeStart({
        startPath: 'startsAt',
        endPath: 'endsAt',
        message: 'Thời gian kết thúc phải sau thời gian bắt đầu — endsAt must be after startsAt',
      }),
      rejectEndBeforeStart({
        startPath: 'registrationOpensAt',
        endPath: 'registrationClosesAt',
        message: 'Hạn đăng ký phải sau ngày mở đăng ký — registrationClosesAt must be after registrationOpensAt',
      }),
    ],
  },
  fields: [
    ...contentLeadFields(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'seminar',
      label: { vi: 'Hình thức', en: 'Kind' },
      options: [
        { label: { vi: 'Hội thảo', en: 'Seminar' }, value: 'seminar' },
        { label: { vi: 'Hội nghị', en: 'Conference' }, value: 'conference' },
        { label: { vi: 'Tập huấn', en: 'Training session' }, value: 'training' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Bắt đầu', en: 'Starts at' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'endsAt', type: 'date', required: true, label: { vi: 'Kết thúc', en: 'Ends at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'venue', type: 'text', localized: true, label: { vi: 'Địa điểm', en: 'Venue' } },
    { name: 'onlineUrl', type: 'text', label: { vi: 'Liên kết trực tuyến', en: 'Online link' } },
    { name: 'organizer', type: 'text', localized: true, label: { vi: 'Đơn vị tổ chức', en: 'Organizer' } },
    {
      name: 'speakers',
      type: 'array',
      label: { vi: 'Diễn giả', en: 'Speakers' },
      // "Thêm Diễn giả" and "Diễn giả 01", not "Thêm: Speaker" made from the field name.
      labels: { singular: { vi: 'Diễn giả', en: 'Speaker' }, plural: { vi: 'Diễn giả', en: 'Speakers' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { vi: 'Họ tên', en: 'Name' } },
        { name: 'title', type: 'text', label: { vi: 'Chức danh', en: 'Title' } },
      ],
    },
    { name: 'capacity', type: 'number', min: 1, label: { vi: 'Số chỗ', en: 'Capacity' } },
    {
      type: 'row',
      fields: [
        {
          name: 'registrationOpensAt',
          type: 'date',
          label: { vi: 'Mở đăng ký', en: 'Registration opens' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'registrationClosesAt',
          type: 'date',
          label: { vi: 'Hạn đăng ký', en: 'Registration closes' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    ...contentTailFields(['title', 'summary', 'venue', 'organizer']),
  ],
}
