import type { Field } from 'payload'

import { generateUniqueSlug } from '../hooks/generateUniqueSlug.js'

/** A unique, indexed slug made from `sourceField` unless typed by hand. */
export const slugField = (sourceField = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Để trống để tạo tự động từ tiêu đề (bỏ dấu tiếng Việt).',
      en: 'Leave empty to generate it from the title (Vietnamese diacritics removed).',
    },
  },
  hooks: { beforeValidate: [generateUniqueSlug(sourceField)] },
})
