import type { CollectionConfig, Field } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

import { canReadReviewEvents } from '../access/canReadReviewEvents.js'
import { nobody } from '../access/nobody.js'
import { keepEventsAppendOnly } from '../hooks/keepEventsAppendOnly.js'
import { EVENT_ACTIONS, WORKFLOW_STAGES } from '../types.js'
import { EVENT_ACTION_LABELS, labelOf, STAGE_LABELS } from '../utilities/labels.js'

const stageOptions = WORKFLOW_STAGES.map((value) => ({ value, label: STAGE_LABELS[value] }))

const campaignField = (cfg: SanitizedReviewWorkflowConfig): Field[] =>
  cfg.campaignsCollection
    ? [{ name: 'campaign', type: 'relationship', relationTo: cfg.campaignsCollection as never, index: true, label: labelOf('fieldCampaign') }]
    : []

/**
 * The append-only record of every workflow transition. The host's overrides are merged in the
 * plugins' one way (applyCollectionOverrides); whatever they say, nobody creates, changes or
 * deletes an event through the API.
 */
export const createReviewEventsCollection = (cfg: SanitizedReviewWorkflowConfig): CollectionConfig => {
  const base: CollectionConfig = {
    slug: cfg.eventsSlug,
    labels: { singular: labelOf('eventsSingular'), plural: labelOf('eventsPlural') },
    admin: {
      defaultColumns: ['at', 'item', 'action', 'from', 'to', 'actor'],
      group: labelOf('groupContent'),
      useAsTitle: 'action',
    },
    access: { read: canReadReviewEvents(cfg) },
    hooks: { beforeOperation: [keepEventsAppendOnly] },
    defaultSort: '-at',
    fields: [
      { name: 'item', type: 'relationship', relationTo: cfg.collections as never, required: true, index: true, label: labelOf('fieldItem') },
      ...campaignField(cfg),
      {
        type: 'row',
        fields: [
          { name: 'from', type: 'select', options: stageOptions, label: labelOf('fieldFrom') },
          { name: 'to', type: 'select', options: stageOptions, required: true, label: labelOf('fieldTo') },
        ],
      },
      {
        name: 'action',
        type: 'select',
        required: true,
        index: true,
        options: EVENT_ACTIONS.map((value) => ({ value, label: EVENT_ACTION_LABELS[value] })),
        label: labelOf('fieldAction'),
      },
      { name: 'actor', type: 'relationship', relationTo: cfg.usersCollection as never, label: labelOf('fieldActor') },
      { name: 'systemActor', type: 'text', label: labelOf('fieldSystemActor'), admin: { description: labelOf('fieldSystemActorDescription') } },
      {
        name: 'onBehalfOf',
        type: 'relationship',
        relationTo: cfg.usersCollection as never,
        label: labelOf('fieldOnBehalfOf'),
        admin: { description: labelOf('fieldOnBehalfOfDescription') },
      },
      { name: 'note', type: 'textarea', label: labelOf('fieldNote') },
      { name: 'at', type: 'date', required: true, index: true, label: labelOf('fieldEventAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  }
  const merged = applyCollectionOverrides(base, cfg.eventsCollectionOverrides)
  // The log stays append-only whatever the overrides say.
  return { ...merged, slug: cfg.eventsSlug, access: { ...merged.access, create: nobody, update: nobody, delete: nobody } }
}
