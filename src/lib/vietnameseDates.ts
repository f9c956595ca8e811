/**
 * Every date field of every collection and global (Loa's and each plugin's) reads and takes
 * Vietnamese dates in the configured zone, whatever the browser's language and time zone.
 *
 * Payload shows a date field in the browser's zone and in a US order ("Dec 15, 2026 1:00 AM")
 * unless the field names a display format and a time zone. With `timezone: true` the field
 * follows `admin.timezones` (one zone here, Asia/Ho_Chi_Minh): the picker, the list cell and the
 * stored `<name>_tz` all use it, so a workshop at 08:00 GMT+7 reads 08:00 in a UTC browser too,
 * and a date-only field is a calendar day in that zone rather than in the browser's.
 * Applied after every plugin, so their fields are covered; a field's own choices are kept.
 */
import type { Config, DateField, Field, FieldHook, SelectField } from 'payload'

type PickerAppearance = NonNullable<NonNullable<DateField['admin']>['date']>['pickerAppearance']

/** dd/MM/yyyy order for each picker Payload has. */
export const VIETNAMESE_DATE_FORMATS: Record<NonNullable<PickerAppearance>, string> = {
  dayAndTime: 'dd/MM/yyyy HH:mm',
  dayOnly: 'dd/MM/yyyy',
  default: 'dd/MM/yyyy',
  monthOnly: 'MM/yyyy',
  timeOnly: 'HH:mm',
}

/**
 * The stored zone of a date. Never required, written and read as the default zone when none is given:
 * rows written before the field had a zone would otherwise fail their next save, or show in
 * the browser's zone.
 */
/**
 * The zone field's label. Payload names it after the date field only when that label is a plain
 * string; a label per language (Loa's) gave "Publish At_tz" in the lists' column and filter choices.
 */
const zoneLabelOf = (dateLabel: DateField['label']): SelectField['label'] => {
  if (typeof dateLabel === 'string') return { vi: `Múi giờ — ${dateLabel}`, en: `${dateLabel} — time zone` }
  if (dateLabel && typeof dateLabel === 'object') {
    const labels = dateLabel as Record<string, string>
    const any = labels.vi ?? labels.en ?? Object.values(labels)[0] ?? ''
    return { vi: `Múi giờ — ${labels.vi ?? any}`, en: `${labels.en ?? any} — time zone` }
  }
  return { vi: 'Múi giờ', en: 'Time zone' }
}

const zoneField =
  (defaultTimezone: string | undefined, dateLabel: DateField['label']) =>
  ({ baseField }: { baseField: SelectField }): Field => {
    const readAsDefault: FieldHook = ({ value }) => value ?? defaultTimezone
    // Payload refuses a required date without its zone: code that writes a date (a review
    // event's time, a job's stamp) names no zone, and means the configured one.
    return {
      ...baseField,
      label: zoneLabelOf(dateLabel),
      required: false,
      hooks: {
        ...baseField.hooks,
        beforeValidate: [...(baseField.hooks?.beforeValidate ?? []), readAsDefault],
        afterRead: [...(baseField.hooks?.afterRead ?? []), readAsDefault],
      },
    }
  }

const vietnameseDateField = (field: DateField, defaultTimezone: string | undefined): DateField => {
  const pickerAppearance = field.admin?.date?.pickerAppearance ?? 'default'
  return {
    ...field,
    // A time of day alone has no date to place in a zone.
    ...((field.timezone === undefined || field.timezone === true) && pickerAppearance !== 'timeOnly'
      ? { timezone: { defaultTimezone, override: zoneField(defaultTimezone, field.label) } }
      : {}),
    admin: {
      ...field.admin,
      date: { ...field.admin?.date, displayFormat: field.admin?.date?.displayFormat ?? VIETNAMESE_DATE_FORMATS[pickerAppearance] },
    },
  } as DateField
}

export const withVietnameseDates = (fields: Field[], defaultTimezone?: string): Field[] =>
  fields.map((field) => {
    if (field.type === 'date') return vietnameseDateField(field, defaultTimezone)
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withVietnameseDates(field.fields, defaultTimezone) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withVietnameseDates(tab.fields, defaultTimezone) })) }
    if (field.type === 'blocks') {
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withVietnameseDates(block.fields, defaultTimezone) })) }
    }
    return field
  })

export const vietnameseDates =
  () =>
  (config: Config): Config => {
    const zone = config.admin?.timezones?.defaultTimezone
    return {
      ...config,
      collections: config.collections?.map((collection) => ({ ...collection, fields: withVietnameseDates(collection.fields, zone) })),
      globals: config.globals?.map((global) => ({ ...global, fields: withVietnameseDates(global.fields, zone) })),
    }
  }
