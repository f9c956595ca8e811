import type { Field, FieldAccess } from 'payload'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

import { WORKFLOW_FIELD } from '../defaults.js'
import { WAITING_FOR, WORKFLOW_STAGES } from '../types.js'
import { labelOf, STAGE_LABELS, WAITING_LABELS } from '../utilities/labels.js'

/** Only the workflow writes these (with overrideAccess); everyone's input is dropped. */
const noOne: FieldAccess = () => false

/** Who reviewed and who edited is staff business: everyone else sees the stage only. */
const staffOnly =
  (cfg: SanitizedReviewWorkflowConfig): FieldAccess =>
  ({ doc, req }) =>
    cfg.canReadStaffFields({ doc: doc as Record<string, unknown> | undefined, req })

export const WORKFLOW_PANEL_COMPONENT = '@loa/plugin-review-workflow/client#WorkflowPanel'

/** The `workflow` group every reviewed document carries, and the panel with its buttons and history. */
export const workflowFields = (cfg: SanitizedReviewWorkflowConfig): Field[] => [
  {
    name: 'workflowPanel',
    type: 'ui',
    label: labelOf('fieldWorkflowPanel'),
    admin: { position: 'sidebar', components: { Field: WORKFLOW_PANEL_COMPONENT } },
  },
  {
    name: WORKFLOW_FIELD,
    type: 'group',
    label: labelOf('fieldWorkflow'),
    access: { create: noOne, update: noOne },
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      {
        name: 'stage',
        type: 'select',
        index: true,
        defaultValue: 'draft',
        options: WORKFLOW_STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
        label: labelOf('fieldStage'),
      },
      {
        name: 'waitingFor',
        type: 'select',
        options: WAITING_FOR.map((value) => ({ value, label: WAITING_LABELS[value] })),
        label: labelOf('fieldWaitingFor'),
      },
      {
        name: 'approvals',
        type: 'array',
        access: { read: staffOnly(cfg) },
        label: labelOf('fieldApprovals'),
        labels: { singular: labelOf('fieldApproval'), plural: labelOf('fieldApprovals') },
        fields: [
          { name: 'reviewer', type: 'relationship', relationTo: cfg.usersCollection as never, required: true, label: labelOf('fieldReviewer') },
          { name: 'at', type: 'date', required: true, label: labelOf('fieldAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
      {
        name: 'lastEditedBy',
        type: 'relationship',
        relationTo: cfg.usersCollection as never,
        access: { read: staffOnly(cfg) },
        label: labelOf('fieldLastEditedBy'),
      },
      { name: 'submittedAt', type: 'date', label: labelOf('fieldSubmittedAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
      {
        name: 'stageChangedAt',
        type: 'date',
        index: true,
        label: labelOf('fieldStageChangedAt'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]
