/**
 * Every date field of Loa's configuration, plugins' included, is shown and typed as
 * dd/MM/yyyy (HH:mm) in GMT+7: Payload's default is the browser's zone in a US order. The
 * browser-side proof (a UTC en-US browser reads what a GMT+7 one reads) is in
 * tests/e2e/adminExperience.test.ts.
 */
import type { Field, SanitizedConfig } from 'payload'

import os from 'node:os'
import path from 'node:path'

import { VIETNAMESE_DATE_FORMATS, withVietnameseDates } from '../../src/lib/vietnameseDates.js'

process.env.PAYLOAD_SECRET ||= 'loa-test-secret-loa-test-secret-0123456789'

type DateFieldSeen = { path: string; displayFormat?: string; pickerAppearance: string; timezone: unknown }

const dateFieldsOf = (fields: Field[], prefix: string): DateFieldSeen[] =>
  fields.flatMap((field): DateFieldSeen[] => {
    // Payload's own auth bookkeeping (lockUntil, sessions…) is never drawn in the admin.
    const admin = field.admin as { disabled?: boolean; hidden?: boolean } | undefined
    if (('hidden' in field && field.hidden) || admin?.hidden || admin?.disabled) return []
    const name = 'name' in field ? `${prefix}${field.name}` : prefix
    if (field.type === 'date') {
      return [
        {
          path: name,
          displayFormat: field.admin?.date?.displayFormat,
          pickerAppearance: field.admin?.date?.pickerAppearance ?? 'default',
          timezone: field.timezone,
        },
      ]
    }
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFieldsOf(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    if (field.type === 'blocks') return field.blocks.flatMap((block) => dateFieldsOf(block.fields, `${name}.${block.slug}.`))
    if ('fields' in field && Array.isArray(field.fields)) return dateFieldsOf(field.fields, 'name' in field ? `${name}.` : prefix)
    return []
  })

describe('Vietnamese dates in the admin', () => {
  let config: SanitizedConfig

  beforeAll(async () => {
    const { loaConfig } = await import('../../payload.config.js')
    config = await loaConfig({ databaseUri: `file:${path.join(os.tmpdir(), 'loa-vietnamese-dates', 'config.db')}`, isSeededWhenEmpty: false })
  })

  it('gives every date field of every collection a dd/MM/yyyy format and the configured time zone', () => {
    const seen = [
      ...config.collections
        .filter((collection) => !collection.slug.startsWith('payload-'))
        .flatMap((collection) => dateFieldsOf(collection.fields, `${collection.slug}.`)),
      ...config.globals.flatMap((global) => dateFieldsOf(global.fields, `${global.slug}.`)),
    ].filter((field) => !/\.(createdAt|updatedAt)$/.test(field.path))
    // Loa's own and the plugins' date fields are all there (campaign period, workshops, schedule, review, deliveries).
    expect(seen.map((field) => field.path)).toEqual(
      expect.arrayContaining(['campaigns.period.start', 'workshops.startsAt', 'reports.publishAt', 'reports.firstPublishedAt', 'reports.workflow.submittedAt']),
    )
    const wrong = seen.filter(
      (field) =>
        field.displayFormat !== VIETNAMESE_DATE_FORMATS[field.pickerAppearance as keyof typeof VIETNAMESE_DATE_FORMATS] ||
        (field.pickerAppearance !== 'timeOnly' && !field.timezone),
    )
    expect(wrong).toEqual([])
    expect(config.admin.timezones.defaultTimezone).toBe('Asia/Ho_Chi_Minh')
  })

  it('keeps a field’s own format and time zone, and reaches fields inside groups, rows, tabs, arrays and blocks', () => {
    const fields = withVietnameseDates(
      [
        { name: 'own', type: 'date', timezone: { defaultTimezone: 'UTC' }, admin: { date: { displayFormat: 'yyyy' } } },
        { type: 'row', fields: [{ name: 'inRow', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }] },
        { type: 'tabs', tabs: [{ label: 'T', fields: [{ name: 'inTab', type: 'date' }] }] },
        { name: 'rows', type: 'array', fields: [{ name: 'inArray', type: 'date', admin: { date: { pickerAppearance: 'timeOnly' } } }] },
        {
          name: 'blocks',
          type: 'blocks',
          blocks: [{ slug: 'b', fields: [{ name: 'inBlock', type: 'date', admin: { date: { pickerAppearance: 'monthOnly' } } }] }],
        },
      ],
      'Asia/Ho_Chi_Minh',
    )
    const inZone = expect.objectContaining({ defaultTimezone: 'Asia/Ho_Chi_Minh' })
    expect(dateFieldsOf(fields, '')).toEqual([
      { path: 'own', displayFormat: 'yyyy', pickerAppearance: 'default', timezone: { defaultTimezone: 'UTC' } },
      { path: 'inRow', displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime', timezone: inZone },
      { path: 'inTab', displayFormat: 'dd/MM/yyyy', pickerAppearance: 'default', timezone: inZone },
      { path: 'rows.inArray', displayFormat: 'HH:mm', pickerAppearance: 'timeOnly', timezone: undefined },
      { path: 'blocks.b.inBlock', displayFormat: 'MM/yyyy', pickerAppearance: 'monthOnly', timezone: inZone },
    ])
  })
})
