import type { CollectionSlug, Field } from 'payload'

import type { SanitizedAlertsConfig, SanitizedBroadcastConfig } from '../types.js'

import { AUDIO_PLAYER_COMPONENT, MAKE_SCRIPT_BUTTON_COMPONENT } from '../components/paths.js'
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
    {
      name: 'makeScript',
      type: 'ui',
      admin: { components: { Field: MAKE_SCRIPT_BUTTON_COMPONENT } },
    },
    { name: 'audio', type: 'upload', relationTo: cfg.audioSlug as CollectionSlug, label: label('audio'), admin: { description: label('audioDescription') } },
    {
      name: 'audioPlayer',
      type: 'ui',
      admin: { components: { Field: { path: AUDIO_PLAYER_COMPONENT, clientProps: { audioSlug: cfg.audioSlug } } } },
    },
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
    ...(cfg.alerts ? [alertRecordField(cfg.alerts)] : []),
  ],
})

/** Nobody writes the alert record through the API: only the alert endpoints do, on the server. */
const writtenByServer = { create: () => false, update: () => false }

/**
 * Which template an emergency alert came from, who issued it and who approved it (the second
 * pair of eyes), and when. Shown on alerts only.
 */
const alertRecordField = (alerts: SanitizedAlertsConfig): Field => ({
  name: 'alert',
  type: 'group',
  label: label('alertRecord'),
  admin: { condition: (_, sibling) => Boolean(sibling?.alert?.template) },
  access: writtenByServer,
  fields: [
    { name: 'template', type: 'relationship', relationTo: alerts.templatesSlug as CollectionSlug, index: true, label: label('alertTemplate'), admin: { readOnly: true } },
    { name: 'issuedBy', type: 'relationship', relationTo: alerts.usersSlug as CollectionSlug, label: label('alertIssuedBy'), admin: { readOnly: true } },
    { name: 'issuedAt', type: 'date', label: label('alertIssuedAt'), admin: { readOnly: true } },
    { name: 'approvedBy', type: 'relationship', relationTo: alerts.usersSlug as CollectionSlug, label: label('alertApprovedBy'), admin: { readOnly: true } },
    { name: 'approvedAt', type: 'date', index: true, label: label('alertApprovedAt'), admin: { readOnly: true } },
  ],
})
