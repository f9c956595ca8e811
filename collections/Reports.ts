import type { CollectionConfig } from 'payload'

import { contentCollectionBase, contentLeadFields, contentTailFields } from './fields/contentFields.js'

export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: { vi: 'Phóng sự / Tin bài', en: 'Report' }, plural: { vi: 'Phóng sự / Tin bài', en: 'Reports' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaign', 'kind', 'workflow.stage', 'updatedAt'],
    listSearchableFields: ['search'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  ...contentCollectionBase(),
  fields: [
    ...contentLeadFields(),
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'news',
      label: { vi: 'Thể loại', en: 'Kind' },
      options: [
        { label: { vi: 'Phóng sự', en: 'Reportage' }, value: 'reportage' },
        { label: { vi: 'Tin tức', en: 'News story' }, value: 'news' },
        { label: { vi: 'Phóng sự ảnh', en: 'Photo story' }, value: 'photo' },
        { label: { vi: 'Video', en: 'Video story' }, value: 'video' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'videoUrl', type: 'text', label: { vi: 'Liên kết video', en: 'Video URL' } },
    { name: 'source', type: 'text', label: { vi: 'Nguồn tin', en: 'Source' } },
    ...contentTailFields(['title', 'summary', 'source']),
  ],
}
