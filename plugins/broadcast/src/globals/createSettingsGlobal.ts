import type { GlobalConfig } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

import { groupLabel, label } from '../translations/index.js'

/** The abbreviation list admins edit; the script normaliser reads it on every call. */
export const createSettingsGlobal = (cfg: SanitizedBroadcastConfig): GlobalConfig => ({
  slug: cfg.settingsSlug,
  label: label('settings'),
  admin: { group: groupLabel('groupBroadcast') },
  access: {
    read: ({ req }) => cfg.isStaff(req),
    update: ({ req }) => cfg.isAdmin(req),
  },
  fields: [
    {
      name: 'abbreviations',
      type: 'array',
      label: label('abbreviations'),
      labels: { singular: label('abbreviation'), plural: label('abbreviations') },
      admin: { description: label('abbreviationsDescription') },
      fields: [
        { name: 'short', type: 'text', required: true, label: label('abbreviationShort') },
        { name: 'spoken', type: 'text', required: true, label: label('abbreviationSpoken') },
      ],
    },
  ],
})
