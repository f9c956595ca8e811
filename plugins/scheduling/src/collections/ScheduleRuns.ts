import type { CollectionConfig } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

import { applyCollectionOverrides } from '@loa/helpers'

/**
 * One row per scheduled publish or unpublish that was carried out, refused by the review gate,
 * or cancelled. Its unique `claimKey` (collection, id, action and due time) is how two workers
 * agree that only one of them acts: the row is inserted in the same transaction as the publish,
 * so the second insert waits for the first to commit and then fails.
 */
export const createScheduleRunsCollection = (cfg: SanitizedSchedulingConfig): CollectionConfig => {
  const base: CollectionConfig = {
    slug: cfg.runsCollection,
    labels: {
      singular: { vi: 'Lượt chạy lịch đăng', en: 'Schedule run' },
      plural: { vi: 'Nhật ký lịch đăng', en: 'Schedule runs' },
    },
    admin: {
      useAsTitle: 'claimKey',
      defaultColumns: ['itemCollection', 'itemId', 'action', 'status', 'dueAt', 'createdAt'],
      group: { vi: 'Quản trị', en: 'Administration' },
      description: {
        vi: 'Các lần hệ thống tự xuất bản, gỡ bài hoặc huỷ lịch. Chỉ đọc.',
        en: 'What the scheduler published, unpublished or cancelled. Read-only.',
      },
    },
    access: {
      read: ({ req }) => cfg.canReadRuns({ req }),
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    fields: [
      { name: 'claimKey', type: 'text', unique: true, index: true, label: { vi: 'Khoá nhận việc', en: 'Claim key' } },
      { name: 'itemCollection', type: 'text', required: true, index: true, label: { vi: 'Loại nội dung', en: 'Collection' } },
      { name: 'itemId', type: 'text', required: true, index: true, label: { vi: 'Mã nội dung', en: 'Item id' } },
      {
        name: 'action',
        type: 'select',
        required: true,
        label: { vi: 'Thao tác', en: 'Action' },
        options: [
          { label: { vi: 'Xuất bản', en: 'Publish' }, value: 'publish' },
          { label: { vi: 'Gỡ bài', en: 'Unpublish' }, value: 'unpublish' },
        ],
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        label: { vi: 'Kết quả', en: 'Outcome' },
        options: [
          { label: { vi: 'Đã thực hiện', en: 'Done' }, value: 'done' },
          { label: { vi: 'Bị từ chối', en: 'Refused' }, value: 'refused' },
          { label: { vi: 'Đã huỷ', en: 'Cancelled' }, value: 'cancelled' },
          { label: { vi: 'Cho phép ngoài thời gian chiến dịch', en: 'Window override' }, value: 'override' },
        ],
      },
      { name: 'dueAt', type: 'date', label: { vi: 'Đến hạn lúc', en: 'Due at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'ranAt', type: 'date', label: { vi: 'Chạy lúc', en: 'Ran at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
      { name: 'worker', type: 'text', label: { vi: 'Tiến trình', en: 'Worker' } },
    ],
  }
  const merged = applyCollectionOverrides(base, cfg.runsCollectionOverrides)
  // Only the scheduler writes the log, whatever the overrides say.
  return { ...merged, slug: cfg.runsCollection, access: { ...merged.access, create: () => false, update: () => false, delete: () => false } }
}
