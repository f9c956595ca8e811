/**
 * Every repeating field (array) of Loa's admin, its own and each plugin's, names its rows in
 * Vietnamese: "Thêm Diễn giả", "Chỉ tiêu 01". Without `labels`, Payload makes them from the
 * field name in English ("Thêm: Speaker", "Kpi 01").
 */
import type { Field, SanitizedConfig } from 'payload'

import os from 'node:os'
import path from 'node:path'

type Found = { path: string; singular: unknown }

const arraysIn = (fields: Field[], prefix: string): Found[] =>
  fields.flatMap((field): Found[] => {
    const here = 'name' in field && field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    const next = 'name' in field && field.name ? `${here}.` : prefix
    // Never drawn in the admin (Payload's own login sessions, for one): no row to label.
    const isDrawn =
      !('hidden' in field && field.hidden) &&
      !(field.admin as { hidden?: boolean; disabled?: boolean } | undefined)?.hidden &&
      !(field.admin as { disabled?: boolean } | undefined)?.disabled
    const own: Found[] = field.type === 'array' && isDrawn ? [{ path: here, singular: (field.labels as { singular?: unknown } | undefined)?.singular }] : []
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => arraysIn(tab.fields, 'name' in tab && tab.name ? `${next}${tab.name}.` : next))
    if (field.type === 'blocks') return field.blocks.flatMap((block) => arraysIn(block.fields, `${next}${block.slug}.`))
    if ('fields' in field && Array.isArray(field.fields)) return [...own, ...arraysIn(field.fields, next)]
    return own
  })

/**
 * A label read in Vietnamese. A plain string is what Payload makes from the field name when
 * none is given ("Speaker"), the same in every language: it counts as none.
 */
const vietnameseOf = (label: unknown): string | undefined => {
  if (label && typeof label === 'object') return (label as Record<string, string>).vi
  if (typeof label === 'function') return String(label({ i18n: { language: 'vi' }, t: (key: string) => `t:${key}` }))
  return undefined
}

describe('row labels of repeating fields', () => {
  let config: SanitizedConfig

  beforeAll(async () => {
    const { loaConfig } = await import('../../payload.config.js')
    config = await loaConfig({ databaseUri: `file:${path.join(os.tmpdir(), 'loa-array-row-labels', 'config.db')}`, isSeededWhenEmpty: false })
  })

  it('gives every array field of every collection and global a Vietnamese row label', () => {
    const found = [
      ...config.collections
        .filter((collection) => !collection.slug.startsWith('payload-'))
        .flatMap((collection) => arraysIn(collection.fields, `${collection.slug}.`)),
      ...config.globals.flatMap((global) => arraysIn(global.fields, `${global.slug}.`)),
    ]
    expect(found.map((each) => each.path)).toEqual(expect.arrayContaining(['workshops.speakers', 'campaigns.kpis', 'campaigns.members']))
    const unlabelled = found.filter((each) => !vietnameseOf(each.singular)).map((each) => each.path)
    expect(unlabelled).toEqual([])
  })
})
