import type { CollectionConfig } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { SanitizedCitizenConfig } from '../types.js'

import { staffAccess } from '../access/fromDecision.js'
import { LIMITS } from '../defaults.js'
import { refuseEventDelete, refuseEventUpdate } from '../hooks/refuseEventChanges.js'
import { QUESTION_STATUSES, WORKFLOW_ACTIONS } from '../types.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { label, staticLabel } from '../utilities/label.js'
import { ACTION_LABEL_KEYS, STATUS_LABEL_KEYS } from '../utilities/statusLabels.js'

const nobody = () => false

/** One row per step of a question's life (asked, assigned, answered…): append-only, written by the plugin alone. */
export const createQuestionEventsCollection = (cfg: SanitizedCitizenConfig): CollectionConfig => {
  const statusOptions = QUESTION_STATUSES.map((value) => ({ value, label: label(STATUS_LABEL_KEYS[value]) }))
  const base: CollectionConfig = {
    slug: cfg.questionEventsSlug,
    labels: { singular: label('questionEvent'), plural: label('questionEvents') },
    admin: {
      useAsTitle: 'action',
      defaultColumns: ['question', 'action', 'fromStatus', 'toStatus', 'actor', 'at'],
      group: staticLabel('groupCitizens'),
    },
    access: { create: nobody, read: staffAccess(cfg), update: nobody, delete: nobody },
    hooks: { beforeChange: [refuseEventUpdate], beforeDelete: [refuseEventDelete] },
    timestamps: true,
    fields: [
      { name: 'question', type: 'relationship', relationTo: asCollectionSlug(cfg.questionsSlug), required: true, index: true, label: label('question') },
      {
        name: 'action',
        type: 'select',
        required: true,
        label: label('action'),
        options: (['ask', ...WORKFLOW_ACTIONS] as const).map((value) => ({ value, label: label(ACTION_LABEL_KEYS[value]) })),
      },
      { name: 'fromStatus', type: 'select', label: label('fromStatus'), options: statusOptions },
      { name: 'toStatus', type: 'select', required: true, label: label('toStatus'), options: statusOptions },
      { name: 'actor', type: 'relationship', relationTo: asCollectionSlug(cfg.usersSlug), label: label('actor') },
      { name: 'note', type: 'textarea', maxLength: LIMITS.note, label: label('note') },
      { name: 'at', type: 'date', required: true, index: true, label: label('at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  }
  return applyCollectionOverrides(base, cfg.questionEventsOverrides)
}
