import type { Field } from 'payload'

/** Path of the admin component that lists an item's deliveries on its edit view. */
export const ITEM_DELIVERIES_COMPONENT = '@loa/plugin-channel-publishing/client#ItemDeliveries'

/** Fields the plugin adds to each content collection it watches. */
export const publishingFields = ({ channelsSlug, deliveriesSlug }: { channelsSlug: string; deliveriesSlug: string }): Field[] => [
  {
    name: 'firstPublishedAt',
    type: 'date',
    index: true,
    label: { vi: 'Xuất bản lần đầu', en: 'First published' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'channelDeliveries',
    type: 'ui',
    label: { vi: 'Đã phát hành tới', en: 'Delivered to' },
    admin: { position: 'sidebar', components: { Field: { path: ITEM_DELIVERIES_COMPONENT, clientProps: { channelsSlug, deliveriesSlug } } } },
  },
]
