import type { CollectionConfig } from 'payload'

import { contentCollectionBase, contentLeadFields, contentTailFields } from './fields/contentFields.js'

export const Features: CollectionConfig = {
  slug: 'features',
  labels: { singular: { vi: 'Chuyên mục', en: 'Feature' }, plural: { vi: 'Chuyên mục', en: 'Features' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'column', 'campaign', 'workflow.stage', 'updatedAt'],
    listSearchableFields: ['search'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  ...contentCollectionBase(),
  fields: [
    ...contentLeadFields(),
    {
      name: 'column',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Tên chuyên mục', en: 'Column' },
      admin: { position: 'sidebar' },
    },
    ...contentTailFields(['title', 'summary', 'column']),
  ],
}
