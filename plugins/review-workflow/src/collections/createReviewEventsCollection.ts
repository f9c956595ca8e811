import type { CollectionConfig } from 'payload'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

import { canReadReviewEvents } from '../access/canReadReviewEvents.js'
import { nobody } from '../access/nobody.js'
import { keepEventsAppendOnly } from '../hooks/keepEventsAppendOnly.js'
import { EVENT_ACTIONS, WORKFLOW_STAGES } from '../types.js'
import { ACTION_LABELS, STAGE_LABELS } from '../utilities/messages.js'

const EXTRA_ACTION_LABELS: Record<string, { vi: string; en: string }> = {
  edit: { vi: 'Sửa nội dung (huỷ lượt duyệt)', en: 'Edited (approvals voided)' },
  schedule: { vi: 'Lên lịch đăng', en: 'Scheduled' },
  unschedule: { vi: 'Bỏ lịch đăng', en: 'Unscheduled' },
  import: { vi: 'Nhập dữ liệu', en: 'Imported' },
}

const stageOptions = WORKFLOW_STAGES.map((value) => ({ value, label: STAGE_LABELS[value] }))

/** The append-only record of every workflow transition. */
export const createReviewEventsCollection = (cfg: SanitizedReviewWorkflowConfig): CollectionConfig => {
  const overrides = cfg.eventsCollectionOverrides
  return {
    labels: { singular: { vi: 'Nhật ký duyệt', en: 'Review event' }, plural: { vi: 'Nhật ký duyệt', en: 'Review events' } },
    ...overrides,
    slug: cfg.eventsSlug,
    admin: {
      defaultColumns: ['at', 'item', 'action', 'from', 'to', 'actor'],
      group: { vi: 'Nội dung', en: 'Content' },
      useAsTitle: 'action',
      ...overrides.admin,
    },
    access: {
      read: canReadReviewEvents,
      ...overrides.access,
      create: nobody,
      update: nobody,
      delete: nobody,
    },
    hooks: {
      ...overrides.hooks,
      beforeOperation: [...(overrides.hooks?.beforeOperation ?? []), keepEventsAppendOnly],
    },
    defaultSort: '-at',
    fields: [
      { name: 'item', type: 'relationship', relationTo: cfg.collections as never, required: true, index: true, label: { vi: 'Nội dung', en: 'Item' } },
      { name: 'campaign', type: 'relationship', relationTo: cfg.campaignsCollection as never, index: true, label: { vi: 'Chiến dịch', en: 'Campaign' } },
      {
        type: 'row',
        fields: [
          { name: 'from', type: 'select', options: stageOptions, label: { vi: 'Từ trạng thái', en: 'From' } },
          { name: 'to', type: 'select', options: stageOptions, required: true, label: { vi: 'Sang trạng thái', en: 'To' } },
        ],
      },
      {
        name: 'action',
        type: 'select',
        required: true,
        index: true,
        options: EVENT_ACTIONS.map((value) => ({
          value,
          label: (ACTION_LABELS as Record<string, { vi: string; en: string }>)[value] ?? EXTRA_ACTION_LABELS[value],
        })),
        label: { vi: 'Thao tác', en: 'Action' },
      },
      { name: 'actor', type: 'relationship', relationTo: 'users', label: { vi: 'Người thực hiện', en: 'Actor' } },
      {
        name: 'systemActor',
        type: 'text',
        label: { vi: 'Tác nhân hệ thống', en: 'System actor' },
        admin: { description: { vi: 'Ví dụ: system:scheduler', en: 'For example system:scheduler' } },
      },
      {
        name: 'onBehalfOf',
        type: 'relationship',
        relationTo: 'users',
        label: { vi: 'Theo quyết định của', en: 'On behalf of' },
        admin: {
          description: {
            vi: 'Người mà tác nhân hệ thống thực hiện thay, ví dụ người đã đặt giờ xuất bản',
            en: 'Whose decision a system actor carried out, e.g. who set the publish time',
          },
        },
      },
      { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
      { name: 'at', type: 'date', required: true, index: true, label: { vi: 'Thời điểm', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  }
}
