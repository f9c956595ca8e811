import type { CollectionConfig, Field } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { SanitizedCitizenConfig } from '../types.js'

import { adminAccess, contactAccess, staffAccess } from '../access/fromDecision.js'
import { LIMITS } from '../defaults.js'
import { QUESTION_STATUSES } from '../types.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { label, staticLabel } from '../utilities/label.js'
import { STATUS_LABEL_KEYS } from '../utilities/statusLabels.js'

/** The sidebar panel of a question, from the package's client entry (resolves in any host that installs it). */
export const QUESTION_WORKFLOW_PANEL = '@loa/plugin-citizen-interaction/client#QuestionWorkflowPanel'

const nobody = () => false

/** Fields only the workflow endpoint writes (with overrideAccess): the admin shows them read-only. */
const workflowOwned = { access: { create: nobody, update: nobody } }

/**
 * Citizens' questions. Nobody creates them through the collection API (only the public ask
 * endpoint does, with its checks and limits); status, answer and the people involved change
 * only through the workflow endpoint, so every change leaves an event. Contacts are personal
 * data: staff only, never in a public answer.
 */
export const createQuestionsCollection = (cfg: SanitizedCitizenConfig): CollectionConfig => {
  const relatedFields: Field[] = []
  if (cfg.campaignsSlug) {
    relatedFields.push({
      name: 'campaign',
      type: 'relationship',
      relationTo: asCollectionSlug(cfg.campaignsSlug),
      index: true,
      label: label('campaign'),
      admin: { position: 'sidebar' },
    })
  }
  if (cfg.itemCollections.length) {
    relatedFields.push({
      name: 'item',
      type: 'relationship',
      relationTo: cfg.itemCollections.map(asCollectionSlug),
      label: label('item'),
      admin: { position: 'sidebar' },
    })
  }

  const base: CollectionConfig = {
    slug: cfg.questionsSlug,
    labels: { singular: label('question'), plural: label('questions') },
    admin: {
      useAsTitle: 'code',
      defaultColumns: ['code', 'name', 'status', 'dueDate', 'assignee', 'createdAt'],
      group: staticLabel('groupCitizens'),
      description: staticLabel('personalDataNotice'),
    },
    access: {
      create: nobody,
      read: staffAccess(cfg),
      update: adminAccess(cfg),
      delete: adminAccess(cfg),
    },
    timestamps: true,
    fields: [
      {
        name: 'code',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: label('code'),
        ...workflowOwned,
        admin: { readOnly: true },
      },
      { name: 'name', type: 'text', required: true, maxLength: LIMITS.name, label: label('name'), access: { read: contactAccess(cfg) } },
      {
        name: 'publicName',
        type: 'text',
        maxLength: LIMITS.name,
        label: label('publicName'),
        ...workflowOwned,
        admin: { readOnly: true, position: 'sidebar' },
      },
      // The workflow's buttons, under the status: every step through the workflow endpoint.
      {
        name: 'workflowPanel',
        type: 'ui',
        admin: { position: 'sidebar', components: { Field: QUESTION_WORKFLOW_PANEL } },
      },
      { name: 'email', type: 'email', index: true, label: label('email'), access: { read: contactAccess(cfg) } },
      { name: 'phone', type: 'text', index: true, maxLength: LIMITS.phone, label: label('phone'), access: { read: contactAccess(cfg) } },
      { name: 'question', type: 'textarea', required: true, maxLength: LIMITS.question, label: label('questionText') },
      { name: 'topic', type: 'text', maxLength: LIMITS.topic, label: label('topic') },
      ...relatedFields,
      { name: 'consent', type: 'checkbox', required: true, label: label('consent'), ...workflowOwned, admin: { readOnly: true } },
      { name: 'consentAt', type: 'date', label: label('consentAt'), ...workflowOwned, admin: { readOnly: true, position: 'sidebar' } },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'received',
        index: true,
        label: label('status'),
        options: QUESTION_STATUSES.map((value) => ({ value, label: label(STATUS_LABEL_KEYS[value]) })),
        ...workflowOwned,
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'dueDate',
        type: 'date',
        required: true,
        index: true,
        label: label('dueDate'),
        ...workflowOwned,
        admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
      { name: 'workingDays', type: 'number', required: true, label: label('workingDays'), ...workflowOwned, admin: { readOnly: true, position: 'sidebar' } },
      {
        name: 'assignee',
        type: 'relationship',
        relationTo: asCollectionSlug(cfg.usersSlug),
        index: true,
        label: label('assignee'),
        ...workflowOwned,
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'assignedUnit',
        type: 'text',
        maxLength: LIMITS.unit,
        label: label('assignedUnit'),
        ...workflowOwned,
        admin: { readOnly: true, position: 'sidebar' },
      },
      { name: 'answer', type: 'textarea', maxLength: LIMITS.answer, label: label('answer'), ...workflowOwned, admin: { readOnly: true } },
      {
        name: 'answeredBy',
        type: 'relationship',
        relationTo: asCollectionSlug(cfg.usersSlug),
        label: label('answeredBy'),
        ...workflowOwned,
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'approvedBy',
        type: 'relationship',
        relationTo: asCollectionSlug(cfg.usersSlug),
        label: label('approvedBy'),
        ...workflowOwned,
        admin: { readOnly: true, position: 'sidebar' },
      },
      { name: 'publishedAt', type: 'date', index: true, label: label('publishedAt'), ...workflowOwned, admin: { readOnly: true, position: 'sidebar' } },
      {
        name: 'answeredInWorkingDays',
        type: 'number',
        label: label('answeredInWorkingDays'),
        ...workflowOwned,
        admin: { readOnly: true, position: 'sidebar', description: label('answeredInWorkingDaysDescription') },
      },
      { name: 'closedReason', type: 'textarea', maxLength: LIMITS.note, label: label('closedReason'), ...workflowOwned, admin: { readOnly: true } },
      { name: 'receiptSentAt', type: 'date', label: label('receiptSentAt'), ...workflowOwned, admin: { readOnly: true, position: 'sidebar' } },
      { name: 'answerSentAt', type: 'date', label: label('answerSentAt'), ...workflowOwned, admin: { readOnly: true, position: 'sidebar' } },
      { name: 'dueSoonSentAt', type: 'date', label: label('dueSoonSentAt'), ...workflowOwned, admin: { readOnly: true, position: 'sidebar' } },
      { name: 'anonymisedAt', type: 'date', index: true, label: label('anonymisedAt'), ...workflowOwned, admin: { readOnly: true, position: 'sidebar' } },
      { name: 'overdueSentAt', type: 'date', label: label('overdueSentAt'), ...workflowOwned, admin: { readOnly: true, position: 'sidebar' } },
    ],
  }
  return applyCollectionOverrides(base, cfg.questionsOverrides)
}
