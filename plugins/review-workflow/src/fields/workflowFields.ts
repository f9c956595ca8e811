import type { Field, FieldAccess } from 'payload'

import type { SanitizedReviewWorkflowConfig } from '../types.js'

import { WORKFLOW_FIELD } from '../defaults.js'
import { WAITING_FOR, WORKFLOW_STAGES } from '../types.js'
import { STAGE_LABELS, WAITING_LABELS } from '../utilities/labels.js'

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
    label: { vi: 'Quy trình duyệt', en: 'Review workflow' },
    admin: { position: 'sidebar', components: { Field: WORKFLOW_PANEL_COMPONENT } },
  },
  {
    name: WORKFLOW_FIELD,
    type: 'group',
    label: { vi: 'Trạng thái duyệt', en: 'Workflow' },
    access: { create: noOne, update: noOne },
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      {
        name: 'stage',
        type: 'select',
        index: true,
        defaultValue: 'draft',
        options: WORKFLOW_STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
        label: { vi: 'Giai đoạn', en: 'Stage' },
      },
      {
        name: 'waitingFor',
        type: 'select',
        options: WAITING_FOR.map((value) => ({ value, label: WAITING_LABELS[value] })),
        label: { vi: 'Đang chờ', en: 'Waiting for' },
      },
      {
        name: 'approvals',
        type: 'array',
        access: { read: staffOnly(cfg) },
        label: { vi: 'Lượt duyệt', en: 'Approvals' },
        fields: [
          { name: 'reviewer', type: 'relationship', relationTo: 'users', required: true, label: { vi: 'Người duyệt', en: 'Reviewer' } },
          { name: 'at', type: 'date', required: true, label: { vi: 'Lúc', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
      {
        name: 'lastEditedBy',
        type: 'relationship',
        relationTo: 'users',
        access: { read: staffOnly(cfg) },
        label: { vi: 'Người sửa gần nhất', en: 'Last edited by' },
      },
      { name: 'submittedAt', type: 'date', label: { vi: 'Gửi duyệt lúc', en: 'Submitted at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      {
        name: 'stageChangedAt',
        type: 'date',
        index: true,
        label: { vi: 'Đổi giai đoạn lúc', en: 'Stage changed at' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]
