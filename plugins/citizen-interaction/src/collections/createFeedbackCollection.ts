import type { CollectionConfig } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { SanitizedCitizenConfig } from '../types.js'

import { adminAccess, staffAccess } from '../access/fromDecision.js'
import { LIMITS } from '../defaults.js'
import { stampModeration } from '../hooks/stampModeration.js'
import { COMMENT_STATUSES } from '../types.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { label, staticLabel } from '../utilities/label.js'

const nobody = () => false

const COMMENT_STATUS_LABELS = { none: 'commentNone', pending: 'commentPending', approved: 'commentApproved', rejected: 'commentRejected' } as const

/**
 * Readers' "hữu ích / chưa hữu ích" on a published item, with an optional comment that staff
 * approve before it is shown. Created only by the public feedback endpoint; staff change only
 * the moderation status. No name or contact is asked for.
 */
export const createFeedbackCollection = (cfg: SanitizedCitizenConfig): CollectionConfig => {
  const base: CollectionConfig = {
    slug: cfg.feedbackSlug,
    labels: { singular: label('feedbackOne'), plural: label('feedbackMany') },
    admin: {
      useAsTitle: 'itemKey',
      defaultColumns: ['item', 'helpful', 'comment', 'commentStatus', 'createdAt'],
      group: staticLabel('groupCitizens'),
      description: staticLabel('feedbackNotice'),
    },
    access: {
      create: nobody,
      read: staffAccess(cfg),
      update: async ({ req }) => Boolean(req.user) && (await cfg.canModerate({ req })),
      delete: adminAccess(cfg),
    },
    hooks: { beforeChange: [stampModeration] },
    timestamps: true,
    fields: [
      {
        name: 'item',
        type: 'relationship',
        relationTo: cfg.itemCollections.map(asCollectionSlug),
        required: true,
        label: label('item'),
        access: { create: nobody, update: nobody },
        admin: { readOnly: true },
      },
      // "collection:id", for counting per item in one indexed comparison on every adapter.
      {
        name: 'itemKey',
        type: 'text',
        required: true,
        index: true,
        label: label('itemKey'),
        access: { create: nobody, update: nobody },
        admin: { readOnly: true },
      },
      ...(cfg.campaignsSlug
        ? [
            {
              name: 'campaign',
              type: 'relationship' as const,
              relationTo: asCollectionSlug(cfg.campaignsSlug),
              index: true,
              label: label('campaign'),
              access: { create: nobody, update: nobody },
              admin: { readOnly: true, position: 'sidebar' as const },
            },
          ]
        : []),
      { name: 'helpful', type: 'checkbox', required: true, label: label('helpful'), access: { create: nobody, update: nobody }, admin: { readOnly: true } },
      {
        name: 'comment',
        type: 'textarea',
        maxLength: LIMITS.comment,
        label: label('comment'),
        access: { create: nobody, update: nobody },
        admin: { readOnly: true },
      },
      {
        name: 'commentStatus',
        type: 'select',
        required: true,
        defaultValue: 'none',
        index: true,
        label: label('commentStatus'),
        options: COMMENT_STATUSES.map((value) => ({ value, label: label(COMMENT_STATUS_LABELS[value]) })),
        admin: { position: 'sidebar' },
      },
      {
        name: 'moderatedBy',
        type: 'relationship',
        relationTo: asCollectionSlug(cfg.usersSlug),
        label: label('moderatedBy'),
        admin: { readOnly: true, position: 'sidebar' },
      },
      { name: 'moderatedAt', type: 'date', label: label('moderatedAt'), admin: { readOnly: true, position: 'sidebar' } },
    ],
  }
  return applyCollectionOverrides(base, cfg.feedbackOverrides)
}
