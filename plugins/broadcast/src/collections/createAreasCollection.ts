import type { CollectionConfig } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { SanitizedBroadcastConfig } from '../types.js'

import { groupLabel, label } from '../translations/index.js'

/**
 * The communes and wards a bulletin can be aimed at. The official code is the key radio
 * systems use, so it is unique and five digits, as the General Statistics Office writes it.
 */
export const createAreasCollection = (cfg: SanitizedBroadcastConfig): CollectionConfig =>
  applyCollectionOverrides(
    {
      slug: cfg.areasSlug,
      labels: { singular: label('area'), plural: label('areasPlural') },
      admin: { useAsTitle: 'name', defaultColumns: ['code', 'name'], group: groupLabel('groupBroadcast') },
      access: {
        // Area names and codes are public facts; radio systems read them too.
        read: () => true,
        create: ({ req }) => cfg.isAdmin(req),
        update: ({ req }) => cfg.isAdmin(req),
        delete: ({ req }) => cfg.isAdmin(req),
      },
      defaultSort: 'code',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: label('areaCode'),
          validate: (value: null | string | undefined) =>
            typeof value === 'string' && /^\d{5}$/.test(value) ? true : 'Mã gồm đúng 5 chữ số / The code is exactly 5 digits',
        },
        { name: 'name', type: 'text', required: true, label: label('areaName') },
      ],
    },
    cfg.areasOverrides,
  )
