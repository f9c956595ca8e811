/**
 * Turns the campaign's KPI rows (metric text, target, unit) into measurable ones: `metric`
 * becomes a choice of computed metrics or "manual", the old free text lives on as `label`,
 * and each KPI gains a period (periodStart/periodEnd), a content-type filter and, for manual metrics, dated entries
 * stamped with who entered them and when.
 */
import type { ArrayField, CollectionConfig, CollectionSlug, Field } from 'payload'

import type { SanitizedInsightsConfig } from '../types.js'

import { PLUGIN_NAME, typeLabelOf } from '../defaults.js'
import { MANUAL_METRIC_LABEL } from '../metrics/index.js'

const isNamed = (field: Field, name: string): boolean => 'name' in field && field.name === name

/** Replaces `metric` wherever it sits (directly or inside a row) and drops fields we redefine. */
const withoutOwnFields = (fields: Field[], own: Set<string>): Field[] =>
  fields.flatMap((field): Field[] => {
    if (field.type === 'row') return [{ ...field, fields: withoutOwnFields(field.fields, own) }]
    return 'name' in field && own.has(field.name) ? [] : [field]
  })

type Bilingual = { vi: string; en: string }

/** One end of a KPI's period: a whole day, shown dd/MM/yyyy; empty means the campaign's own. */
const periodDayField = (name: 'periodEnd' | 'periodStart', label: Bilingual, description: Bilingual): Field => ({
  name,
  type: 'date',
  label,
  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' }, description },
})

const hasNamed = (fields: Field[], name: string): boolean =>
  fields.some((field) => isNamed(field, name) || (field.type === 'row' && hasNamed(field.fields, name)))

export const kpiFields = (cfg: SanitizedInsightsConfig, existing: Field[]): Field[] => {
  const metricOptions = [
    ...Object.values(cfg.metricsByKey).map((metric) => ({ label: metric.label, value: metric.key })),
    { label: MANUAL_METRIC_LABEL, value: 'manual' },
  ]
  const own = new Set(['metric', 'label', 'contentTypes', 'periodStart', 'periodEnd', 'manualValues'])
  const kept = withoutOwnFields(existing, own)
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'metric',
          type: 'select',
          required: true,
          defaultValue: 'manual',
          options: metricOptions,
          label: { vi: 'Chỉ số', en: 'Metric' },
          admin: { width: '40%' },
        },
        {
          name: 'label',
          type: 'text',
          required: true,
          label: { vi: 'Tên chỉ tiêu', en: 'Label' },
          admin: { width: '60%', description: { vi: 'Ví dụ: Tin bài được xuất bản', en: 'For example: items published' } },
        },
      ],
    },
    ...kept,
    {
      name: 'contentTypes',
      type: 'select',
      hasMany: true,
      options: cfg.contentCollections.map((slug) => ({
        label: { vi: typeLabelOf(cfg.contentLabels, slug, 'vi'), en: typeLabelOf(cfg.contentLabels, slug, 'en') },
        value: slug,
      })),
      label: { vi: 'Loại nội dung được tính', en: 'Content types counted' },
      admin: {
        condition: (_data, sibling) => sibling?.metric === 'publishedItems',
        description: { vi: 'Để trống: tính mọi loại.', en: 'Empty: every type counts.' },
      },
    },
    {
      type: 'row',
      fields: [
        periodDayField(
          'periodStart',
          { vi: 'Tính từ ngày', en: 'Counted from' },
          { vi: 'Để trống: từ đầu chiến dịch.', en: "Empty: from the campaign's start." },
        ),
        periodDayField(
          'periodEnd',
          { vi: 'Đến hết ngày', en: 'Counted through' },
          { vi: 'Để trống: đến hết chiến dịch.', en: "Empty: to the campaign's end." },
        ),
      ],
    },
    {
      name: 'manualValues',
      type: 'array',
      label: { vi: 'Số liệu nhập tay', en: 'Manual values' },
      labels: { singular: { vi: 'Số liệu', en: 'Value' }, plural: { vi: 'Số liệu', en: 'Values' } },
      admin: {
        condition: (_data, sibling) => sibling?.metric === 'manual',
        description: {
          vi: 'Mỗi dòng là số phát sinh trong ngày ghi; thực hiện = tổng các dòng trong kỳ.',
          en: 'Each row is an increment on its date; the actual is the sum of rows in the period.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', required: true, label: { vi: 'Giá trị', en: 'Value' } },
            {
              name: 'at',
              type: 'date',
              required: true,
              defaultValue: () => new Date().toISOString(),
              label: { vi: 'Ngày ghi nhận', en: 'Date' },
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
            },
            { name: 'note', type: 'text', label: { vi: 'Ghi chú / nguồn', en: 'Note / source' } },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'enteredBy',
              type: 'relationship',
              relationTo: cfg.usersSlug as CollectionSlug,
              label: { vi: 'Người nhập', en: 'Entered by' },
              admin: { readOnly: true },
            },
            {
              name: 'enteredAt',
              type: 'date',
              label: { vi: 'Thời điểm nhập', en: 'Entered at' },
              admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
      ],
    },
  ]
}

/** A KPI list for a collection that has none: a target and a unit, made measurable below. */
const plainKpis: ArrayField = {
  name: 'kpis',
  type: 'array',
  label: { vi: 'Chỉ tiêu (KPI)', en: 'KPIs' },
  labels: { singular: { vi: 'Chỉ tiêu', en: 'KPI' }, plural: { vi: 'Chỉ tiêu', en: 'KPIs' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'target', type: 'number', min: 0, label: { vi: 'Mục tiêu', en: 'Target' }, admin: { width: '50%' } },
        { name: 'unit', type: 'text', label: { vi: 'Đơn vị', en: 'Unit' }, admin: { width: '50%' } },
      ],
    },
  ],
}

/** The campaigns collection with its KPI array made measurable (one is added when it has none). */
export const withMeasurableKpis = (cfg: SanitizedInsightsConfig, incoming: CollectionConfig): CollectionConfig => {
  const hasKpis = incoming.fields.some((field) => field.type === 'array' && field.name === 'kpis')
  const collection = hasKpis ? incoming : { ...incoming, fields: [...incoming.fields, plainKpis] }
  const kpis = collection.fields.find((field): field is ArrayField => field.type === 'array' && field.name === 'kpis')
  if (!kpis) throw new Error(`[${PLUGIN_NAME}] collection "${collection.slug}" has no "kpis" array field to extend`)
  if (!hasNamed(kpis.fields, 'target')) throw new Error(`[${PLUGIN_NAME}] "${collection.slug}.kpis" has no "target" field`)
  return {
    ...collection,
    fields: collection.fields.map((field) => (field === kpis ? { ...kpis, fields: kpiFields(cfg, kpis.fields) } : field)),
  }
}
