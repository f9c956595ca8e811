import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { canChangeMedia } from './access/canChangeMedia.js'
import { hasStaffRole } from './access/hasStaffRole.js'
import { keepLiveMediaFiles } from './hooks/keepLiveMediaFiles.js'
import { recordUploader } from './hooks/recordUploader.js'
import { rejectOversizedImage } from './hooks/rejectOversizedImage.js'

/** Where uploads are written: LOA_MEDIA_DIR, or `media/` in the project. */
export const mediaDir = process.env.LOA_MEDIA_DIR || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Tệp media', en: 'Media' }, plural: { vi: 'Thư viện media', en: 'Media' } },
  admin: { group: { vi: 'Nội dung', en: 'Content' } },
  access: {
    read: () => true,
    create: hasStaffRole,
    update: canChangeMedia,
    delete: canChangeMedia,
  },
  hooks: {
    beforeOperation: [rejectOversizedImage, keepLiveMediaFiles],
    beforeChange: [recordUploader],
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/*'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
      { name: 'portalHero', width: 1920, height: 800, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    // Uploads are served from Loa's own origin: a browser must never guess them into HTML or script.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [
    // Payload's own upload field, labelled "MIME Type" in every language unless named here.
    { name: 'mimeType', type: 'text', label: { vi: 'Kiểu tệp (MIME)', en: 'MIME type' } },
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' },
      admin: { description: { vi: 'Bắt buộc: mô tả ngắn cho người khiếm thị.', en: 'Required: a short description for screen readers.' } },
    },
    { name: 'credit', type: 'text', label: { vi: 'Nguồn ảnh', en: 'Credit' } },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { vi: 'Người tải lên', en: 'Uploaded by' },
      // Set by the server (recordUploader); nobody writes it, and user ids are never public.
      access: { create: () => false, update: () => false, read: ({ req }) => Boolean(req.user) },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
