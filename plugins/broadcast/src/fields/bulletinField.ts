import type { CollectionSlug, Field } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

import { label } from '../translations/index.js'
import { validateAreas } from './validateAreas.js'
import { BULLETIN_PRIORITIES, SYNTHESIS_STATUSES } from '../types.js'

export const BULLETIN_FIELD_NAME = 'bulletin'

const PRIORITY_LABELS = { ordinary: 'priorityOrdinary', priority: 'priorityPriority', emergency: 'priorityEmergency' } as const
const SYNTHESIS_LABELS = { none: 'synthesisNone', queued: 'synthesisQueued', done: 'synthesisDone', failed: 'synthesisFailed' } as const

/**
 * The `bulletin` group every configured item gets: what is read out, the audio, its priority
 * (Circular 39/2020/TT-BTTTT) and the communes it is for. Duration and synthesis state are
 * written by the plugin, never typed.
 */
export const bulletinField = (cfg: SanitizedBroadcastConfig): Field => ({
  name: BULLETIN_FIELD_NAME,
  type: 'group',
  label: label('bulletin'),
  admin: { description: label('bulletinDescription') },
  fields: [
    { name: 'script', type: 'textarea', label: label('script'), admin: { description: label('scriptDescription'), rows: 8 } },
    { name: 'audio', type: 'upload', relationTo: cfg.audioSlug as CollectionSlug, label: label('audio'), admin: { description: label('audioDescription') } },
    {
      name: 'priority',
      type: 'select',
      // Not `required`: a required sub-field makes the whole group a required GraphQL input, so
      // every GraphQL update of an item would have to send its bulletin. The default fills it,
      // and a missing priority is read as ordinary.
      defaultValue: 'ordinary',
      label: label('priority'),
      options: BULLETIN_PRIORITIES.map((value) => ({ value, label: label(PRIORITY_LABELS[value]) })),
    },
    {
      name: 'areas',
      type: 'relationship',
      relationTo: cfg.areasSlug as CollectionSlug,
      hasMany: true,
      label: label('areas'),
      admin: { description: label('areasDescription') },
      validate: validateAreas(cfg),
    },
    { name: 'durationSeconds', type: 'number', label: label('durationSeconds'), admin: { readOnly: true } },
    {
      name: 'synthesisStatus',
      type: 'select',
      defaultValue: 'none',
      label: label('synthesisStatus'),
      options: SYNTHESIS_STATUSES.map((value) => ({ value, label: label(SYNTHESIS_LABELS[value]) })),
      admin: { readOnly: true },
    },
    {
      name: 'synthesisError',
      type: 'textarea',
      label: label('synthesisError'),
      admin: { readOnly: true, condition: (_, sibling) => Boolean(sibling?.synthesisError) },
    },
  ],
})
