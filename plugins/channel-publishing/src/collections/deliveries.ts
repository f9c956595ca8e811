import type { CollectionConfig, Field } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { SanitizedChannelPublishingConfig } from '../types.js'

import { canSeeDeliveries } from '../access/canSeeDeliveries.js'
import { isAdmin } from '../access/isAdmin.js'
import { DELIVERY_ACTIONS, DELIVERY_STATUSES } from '../defaults.js'

const ACTION_LABELS = {
  publish: { vi: 'Đăng', en: 'Publish' },
  update: { vi: 'Cập nhật', en: 'Update' },
  retract: { vi: 'Gỡ', en: 'Retract' },
}
const STATUS_LABELS = {
  pending: { vi: 'Đang chờ', en: 'Pending' },
  delivering: { vi: 'Đang gửi', en: 'Delivering' },
  delivered: { vi: 'Đã gửi', en: 'Delivered' },
  failed: { vi: 'Lỗi, sẽ thử lại', en: 'Failed, will retry' },
  dead: { vi: 'Thất bại hẳn', en: 'Dead' },
}

/**
 * The outbox and ledger of what went where: one row per (item change, channel), written in
 * the same transaction as the change, then worked off by the delivery job.
 */
export const createDeliveriesCollection = (config: SanitizedChannelPublishingConfig): CollectionConfig => {
  const adminOnly = isAdmin(config)
  const base: CollectionConfig = {
    slug: config.deliveriesSlug,
    labels: { singular: { vi: 'Lượt phát hành', en: 'Delivery' }, plural: { vi: 'Nhật ký phát hành', en: 'Deliveries' } },
    admin: {
      useAsTitle: 'itemKey',
      defaultColumns: ['itemKey', 'channel', 'action', 'status', 'attempts', 'lastError', 'remoteUrl', 'updatedAt'],
      group: { vi: 'Phát hành', en: 'Publishing' },
    },
    access: { create: adminOnly, delete: adminOnly, read: canSeeDeliveries(config), update: adminOnly },
    defaultSort: '-createdAt',
    fields: [
      {
        name: 'item',
        type: 'relationship',
        relationTo: config.collections as never,
        label: { vi: 'Nội dung', en: 'Item' },
      },
      { name: 'itemKey', type: 'text', required: true, index: true, label: { vi: 'Mã nội dung', en: 'Item key' }, admin: { readOnly: true } },
      ...(config.campaignsSlug
        ? [
            {
              name: 'campaign',
              type: 'relationship',
              relationTo: config.campaignsSlug as never,
              index: true,
              label: { vi: 'Chiến dịch', en: 'Campaign' },
            } satisfies Field,
          ]
        : []),
      { name: 'channel', type: 'relationship', relationTo: config.channelsSlug as never, required: true, index: true, label: { vi: 'Kênh', en: 'Channel' } },
      {
        name: 'action',
        type: 'select',
        required: true,
        label: { vi: 'Thao tác', en: 'Action' },
        options: DELIVERY_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] })),
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        index: true,
        label: { vi: 'Trạng thái', en: 'Status' },
        options: DELIVERY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      },
      {
        name: 'priority',
        type: 'number',
        defaultValue: 0,
        index: true,
        label: { vi: 'Độ ưu tiên', en: 'Priority' },
        admin: { readOnly: true, description: { vi: 'Cao hơn được gửi trước (khẩn cấp).', en: 'Higher goes first (emergencies).' } },
      },
      { name: 'attempts', type: 'number', defaultValue: 0, label: { vi: 'Số lần thử', en: 'Attempts' } },
      {
        name: 'nextAttemptAt',
        type: 'date',
        index: true,
        label: { vi: 'Lần thử tiếp', en: 'Next attempt' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'leaseExpiresAt',
        type: 'date',
        label: { vi: 'Hết hạn giữ', en: 'Lease expires' },
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'leaseToken', type: 'text', admin: { hidden: true } },
      {
        name: 'lastAttemptAt',
        type: 'date',
        label: { vi: 'Lần thử gần nhất', en: 'Last attempt' },
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'deliveredAt',
        type: 'date',
        label: { vi: 'Đã gửi lúc', en: 'Delivered at' },
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'lastError', type: 'textarea', label: { vi: 'Lỗi gần nhất', en: 'Last error' }, admin: { readOnly: true } },
      { name: 'remoteId', type: 'text', index: true, label: { vi: 'Mã bên nhận', en: 'Remote id' }, admin: { readOnly: true } },
      { name: 'remoteMediaId', type: 'text', label: { vi: 'Mã ảnh bên nhận', en: 'Remote media id' }, admin: { hidden: true } },
      { name: 'remoteUrl', type: 'text', label: { vi: 'Địa chỉ bên nhận', en: 'Remote URL' }, admin: { readOnly: true } },
      {
        name: 'webhookId',
        type: 'text',
        required: true,
        unique: true,
        label: { vi: 'Khoá chống trùng (webhook-id)', en: 'Idempotency key (webhook-id)' },
        admin: { readOnly: true },
      },
      { name: 'contentHash', type: 'text', admin: { hidden: true } },
      { name: 'snapshot', type: 'json', label: { vi: 'Nội dung đã gửi', en: 'Payload snapshot' }, admin: { readOnly: true } },
    ],
  }
  return applyCollectionOverrides(base, config.overrides.deliveries)
}
