import type { CollectionConfig, CollectionSlug } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

import { groupLabel } from '../translations/index.js'

/**
 * What the radio systems report back: a bulletin played in an area at a time for so many
 * seconds. Written only by the signed receipts endpoint; one row per receipt id.
 */
export const createAiringsCollection = (cfg: SanitizedBroadcastConfig): CollectionConfig => ({
  slug: cfg.airingsSlug,
  labels: { singular: { vi: 'Lượt phát', en: 'Airing' }, plural: { vi: 'Lượt phát', en: 'Airings' } },
  admin: {
    useAsTitle: 'receiptId',
    defaultColumns: ['playedAt', 'itemCollection', 'itemId', 'area', 'seconds', 'channel'],
    group: groupLabel('groupBroadcast'),
  },
  access: {
    read: ({ req }) => cfg.isStaff(req),
    create: () => false,
    update: () => false,
    delete: ({ req }) => cfg.isAdmin(req),
  },
  defaultSort: '-playedAt',
  fields: [
    { name: 'receiptId', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã biên nhận', en: 'Receipt id' } },
    { name: 'channel', type: 'text', required: true, label: { vi: 'Kênh', en: 'Channel' } },
    { name: 'itemCollection', type: 'text', required: true, index: true, label: { vi: 'Loại nội dung', en: 'Collection' } },
    { name: 'itemId', type: 'text', required: true, index: true, label: { vi: 'Mã nội dung', en: 'Item id' } },
    { name: 'area', type: 'relationship', relationTo: cfg.areasSlug as CollectionSlug, required: true, label: { vi: 'Địa bàn', en: 'Area' } },
    {
      name: 'playedAt',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Phát lúc', en: 'Played at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'seconds', type: 'number', required: true, min: 0, label: { vi: 'Thời lượng (giây)', en: 'Seconds' } },
  ],
})
