import type { CollectionConfig } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

import { placeholdersOf } from '../alerts/fillAlertTemplate.js'
import { groupLabel, label } from '../translations/index.js'
import { ALERT_HAZARDS } from '../types.js'

const HAZARD_LABELS = { storm: 'hazardStorm', flood: 'hazardFlood', fire: 'hazardFire', epidemic: 'hazardEpidemic', other: 'hazardOther' } as const

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/

type TemplateData = { titleTemplate?: null | string; scriptTemplate?: null | string; fields?: Array<{ key?: null | string }> | null }

/** Every `{key}` a template's title and script use must be one of its fields: an unknown one would be read out as is. */
const validatePlaceholders = (value: null | string | undefined, { data }: { data?: TemplateData }) => {
  if (typeof value !== 'string' || !value.trim()) return 'Bắt buộc / Required'
  const keys = new Set((data?.fields ?? []).map((field) => field.key))
  const unknown = placeholdersOf(value).filter((key) => !keys.has(key))
  return unknown.length
    ? `Chưa khai báo trường: ${unknown.map((key) => `{${key}}`).join(', ')} / Not a field of this template: ${unknown.map((key) => `{${key}}`).join(', ')}`
    : true
}

const validateKey = (value: null | string | undefined, { data }: { data?: TemplateData }) => {
  if (typeof value !== 'string' || !KEY.test(value)) return 'Chữ cái Latinh và số, bắt đầu bằng chữ, ví dụ tenBao / Latin letters and digits, starting with a letter, e.g. tenBao'
  const uses = (data?.fields ?? []).filter((field) => field.key === value).length
  return uses > 1 ? `Trường "${value}" bị trùng / Field "${value}" appears twice` : true
}

/**
 * Emergency alert templates (storm, flood, fire, epidemic…): a title and a script with `{key}`
 * placeholders, and the fields the issuer fills in. Staff read them to issue an alert; admins
 * write them.
 */
export const createAlertTemplatesCollection = (cfg: SanitizedBroadcastConfig): CollectionConfig => ({
  slug: cfg.alerts!.templatesSlug,
  labels: { singular: label('alertTemplate'), plural: label('alertTemplatesPlural') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'hazard', 'updatedAt'], group: groupLabel('groupBroadcast') },
  access: {
    read: ({ req }) => cfg.isStaff(req),
    create: ({ req }) => cfg.isAdmin(req),
    update: ({ req }) => cfg.isAdmin(req),
    delete: ({ req }) => cfg.isAdmin(req),
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 200, label: label('alertTemplateName') },
    {
      name: 'hazard',
      type: 'select',
      required: true,
      label: label('alertHazard'),
      options: ALERT_HAZARDS.map((value) => ({ value, label: label(HAZARD_LABELS[value]) })),
    },
    { name: 'titleTemplate', type: 'text', required: true, maxLength: 300, label: label('alertTitleTemplate'), validate: validatePlaceholders as never },
    {
      name: 'scriptTemplate',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: label('alertScriptTemplate'),
      admin: { description: label('alertScriptTemplateDescription'), rows: 8 },
      validate: validatePlaceholders as never,
    },
    {
      name: 'fields',
      type: 'array',
      label: label('alertFields'),
      labels: { singular: label('alertField'), plural: label('alertFields') },
      fields: [
        { name: 'key', type: 'text', required: true, label: label('alertFieldKey'), validate: validateKey as never },
        { name: 'label', type: 'text', required: true, maxLength: 200, label: label('alertFieldLabel') },
        { name: 'required', type: 'checkbox', defaultValue: true, label: label('alertFieldRequired') },
      ],
    },
  ],
})
