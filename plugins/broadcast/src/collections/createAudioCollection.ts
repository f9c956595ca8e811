import type { CollectionConfig } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { SanitizedBroadcastConfig } from '../types.js'

import { AUDIO_MIME_TYPES } from '../defaults.js'
import { decodeAudioUpload } from '../hooks/decodeAudioUpload.js'
import { groupLabel, label } from '../translations/index.js'
import { AUDIO_SOURCES } from '../types.js'

/** Recordings and synthesized voices of bulletins, each decoded on upload (see decodeAudioUpload). */
export const createAudioCollection = (cfg: SanitizedBroadcastConfig): CollectionConfig =>
  applyCollectionOverrides(
    {
      slug: cfg.audioSlug,
      labels: { singular: label('audioFile'), plural: label('audioFiles') },
      admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'source', 'durationSeconds', 'createdAt'], group: groupLabel('groupBroadcast') },
      access: {
        read: ({ req }) => cfg.isStaff(req),
        create: ({ req }) => cfg.isStaff(req),
        update: ({ req }) => cfg.isStaff(req),
        delete: ({ req }) => cfg.isAdmin(req),
      },
      upload: { staticDir: cfg.audioDirectory, mimeTypes: AUDIO_MIME_TYPES },
      hooks: { beforeValidate: cfg.enabled ? [decodeAudioUpload(cfg)] : [] },
      fields: [
        // Payload's own upload field, labelled "MIME Type" in every language unless named here.
        { name: 'mimeType', type: 'text', label: { vi: 'Kiểu tệp (MIME)', en: 'MIME type' } },
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'recording',
          label: label('audioSource'),
          options: AUDIO_SOURCES.map((value) => ({ value, label: label(value === 'recording' ? 'sourceRecording' : 'sourceSynthesized') })),
        },
        { name: 'durationSeconds', type: 'number', label: label('durationSeconds'), admin: { readOnly: true } },
        { name: 'container', type: 'text', label: { vi: 'Định dạng tệp', en: 'Container' }, admin: { readOnly: true } },
        { name: 'codec', type: 'text', label: { vi: 'Mã hoá âm thanh', en: 'Codec' }, admin: { readOnly: true } },
        { name: 'sha256', type: 'text', index: true, label: label('sha256'), admin: { readOnly: true } },
        // For synthesized audio: which script and voice it reads, so a retried job reuses it.
        { name: 'scriptSha256', type: 'text', index: true, label: { vi: 'Mã băm kịch bản (SHA-256)', en: 'Script SHA-256' }, admin: { readOnly: true, condition: (data) => data?.source === 'synthesized' } },
      ],
    },
    cfg.audioOverrides,
  )
