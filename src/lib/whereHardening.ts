/**
 * Refuses, as a 400 naming the field, a query (`where`) that no field of its kind can answer:
 * an operator the field type does not have (`publishAt near 1,2`, `title within …`, `campaign
 * greater_than 3`), `all` on a SQL database (only MongoDB implements it), or a value of the
 * wrong kind (`publishAt greater_than x`, `id in a,b`). The database adapters otherwise meet
 * these with a TypeError or a driver error, each differently, and the client got a 500.
 *
 * The operators per field type are those of Payload's own filter builder in the admin, plus
 * ordering comparisons on text and matching inside JSON. Paths this check cannot follow
 * (blocks, joins, version metadata) are left to Payload, which refuses unknown paths itself.
 */
import type { Collection, CollectionBeforeOperationHook, FlattenedField, Payload, SanitizedCollectionConfig, Where } from 'payload'

import { APIError } from 'payload'

import { isStorableDate } from './storableDate.js'

type Kind = 'boolean' | 'choice' | 'date' | 'document' | 'jsonPath' | 'number' | 'point' | 'relation' | 'text'

/** What a path leads to: the kind of value it holds, and for relations the kind of id. */
type Target = { kind: Kind; hasMany?: boolean; idKind?: 'number' | 'text' | 'mixed'; isPolymorphic?: boolean }

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDERING = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT_MATCHING = ['like', 'not_like', 'contains']
const GEO = ['near', 'within', 'intersects']

const OPERATORS: Record<Kind, string[]> = {
  boolean: ['equals', 'not_equals', 'exists', 'in', 'not_in'],
  choice: [...EQUALITY],
  date: [...EQUALITY, ...ORDERING],
  // A whole rich-text or JSON document is only ever present or absent.
  document: ['exists'],
  // A value inside a JSON document is compared as text.
  jsonPath: [...EQUALITY, ...TEXT_MATCHING],
  number: [...EQUALITY, ...ORDERING],
  point: ['equals', 'not_equals', 'exists', ...GEO],
  relation: [...EQUALITY],
  text: [...EQUALITY, ...ORDERING, ...TEXT_MATCHING],
}

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

const KIND_OF_FIELD: Partial<Record<FlattenedField['type'], Kind>> = {
  checkbox: 'boolean',
  code: 'text',
  date: 'date',
  email: 'text',
  json: 'document',
  number: 'number',
  point: 'point',
  radio: 'choice',
  relationship: 'relation',
  richText: 'document',
  select: 'choice',
  text: 'text',
  textarea: 'text',
  upload: 'relation',
}

const collectionConfig = (payload: Payload, slug: string): SanitizedCollectionConfig | undefined =>
  (payload.collections as Record<string, Collection | undefined>)[slug]?.config

const idKindOf = (payload: Payload, collection: SanitizedCollectionConfig): 'number' | 'text' => {
  const custom = collection.flattenedFields.find((field) => field.name === 'id')
  if (custom) return custom.type === 'number' ? 'number' : 'text'
  return payload.db.defaultIDType === 'number' ? 'number' : 'text'
}

const localeCodes = (payload: Payload): string[] =>
  payload.config.localization ? payload.config.localization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code)) : []

/** Follows a dotted path through groups, tabs, arrays and single-collection relations; undefined when it cannot. */
const resolvePath = (payload: Payload, collection: SanitizedCollectionConfig, segments: string[]): Target | undefined => {
  const [name, ...rest] = segments
  if (name === undefined) return undefined
  if (name === 'id' && !collection.flattenedFields.some((field) => field.name === 'id')) {
    return rest.length ? undefined : { kind: idKindOf(payload, collection) === 'number' ? 'number' : 'text' }
  }
  return resolveInFields(payload, collection.flattenedFields, [name, ...rest])
}

const resolveInFields = (payload: Payload, fields: FlattenedField[], segments: string[]): Target | undefined => {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return undefined
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
    return rest.length ? resolveInFields(payload, field.flattenedFields, rest) : undefined
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    const isPolymorphic = Array.isArray(field.relationTo)
    const related = isPolymorphic ? undefined : collectionConfig(payload, field.relationTo as string)
    if (!rest.length) {
      const idKind = related ? idKindOf(payload, related) : 'mixed'
      return { kind: 'relation', hasMany: Boolean(field.hasMany), idKind, isPolymorphic }
    }
    if (isPolymorphic) {
      if (rest.length !== 1) return undefined
      if (rest[0] === 'relationTo') return { kind: 'choice' }
      return rest[0] === 'value' ? { kind: 'relation', idKind: 'mixed' } : undefined
    }
    return related ? resolvePath(payload, related, rest) : undefined
  }
  const kind = KIND_OF_FIELD[field.type]
  if (!kind) return undefined
  // `title.vi`: one locale of a localized field.
  if (rest.length === 1 && 'localized' in field && field.localized && localeCodes(payload).includes(rest[0]!))
    return { kind, hasMany: 'hasMany' in field ? Boolean(field.hasMany) : false }
  if (rest.length) return field.type === 'json' ? { kind: 'jsonPath' } : undefined
  return { kind, hasMany: 'hasMany' in field ? Boolean(field.hasMany) : false }
}

// Payload reads an empty value as "none" for every kind.
const isNullish = (value: unknown) => value === null || value === 'null' || value === ''

const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const isIntegerId = (value: unknown) =>
  (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim()))

const isScalar = (value: unknown) => ['boolean', 'number', 'string'].includes(typeof value) || value instanceof Date

const isPolymorphicValue = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { relationTo?: unknown }).relationTo === 'string' && 'value' in value

/**
 * Whether one value (or one item of a list) is something the field can be compared with. In a
 * list only a real null means "none" for numbers and ids: Payload reads "null" there as a number.
 */
const isValidItem = (target: Target, value: unknown, isListItem = false): boolean => {
  const isNumberLike = target.kind === 'number' || (target.kind === 'relation' && target.idKind === 'number')
  if (value === null || (isNullish(value) && !(isListItem && isNumberLike))) return true
  switch (target.kind) {
    case 'number':
      return isNumeric(value)
    case 'date':
      return (typeof value === 'string' || typeof value === 'number' || value instanceof Date) && isStorableDate(value)
    case 'boolean':
      return typeof value === 'boolean' || (typeof value === 'string' && ['true', 'false'].includes(value.toLowerCase()))
    case 'relation':
      if (target.isPolymorphic && isPolymorphicValue(value))
        return isValidItem({ ...target, isPolymorphic: false, idKind: 'mixed' }, (value as { value: unknown }).value)
      if (target.idKind === 'number') return isIntegerId(value)
      return typeof value === 'string' || typeof value === 'number'
    default:
      return isScalar(value)
  }
}

const listItems = (value: unknown): unknown[] => (typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value])

const isValidValue = (target: Target, operator: string, value: unknown): boolean => {
  if (operator === 'exists' || target.kind === 'point') return true
  if (LIST_OPERATORS.has(operator)) return listItems(value).every((item) => isValidItem(target, item, true))
  if (Array.isArray(value)) return false
  if (TEXT_MATCHING.includes(operator) && !target.hasMany) return isScalar(value)
  return isValidItem(target, value)
}

const allowedOperators = (payload: Payload, target: Target): string[] => {
  const all = payload.db.name === 'mongoose' && target.hasMany ? ['all'] : []
  // A list of relations or options is searched one item at a time: "contains" asks for one of them.
  const contains = target.hasMany && (target.kind === 'relation' || target.kind === 'choice') ? ['contains'] : []
  const polymorphic = target.isPolymorphic ? ['equals', 'not_equals', 'exists', 'in', 'not_in'] : undefined
  return [...(polymorphic ?? OPERATORS[target.kind]), ...contains, ...all]
}

const refuse = (path: string, message: string): never => {
  throw new APIError(message, 400, [{ path }], true)
}

const checkCondition = (payload: Payload, collection: SanitizedCollectionConfig, path: string, condition: unknown) => {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return
  const segments = path.replace(/^version\./, '').split('.')
  const target = resolvePath(payload, collection, segments)
  if (!target) return
  for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
    if (!allowedOperators(payload, target).includes(operator)) {
      // Operators Payload does not know at all are its own to refuse.
      if (![...EQUALITY, ...ORDERING, ...TEXT_MATCHING, ...GEO, 'all'].includes(operator)) continue
      refuse(path, `Không thể lọc trường "${path}" bằng toán tử "${operator}" — the field "${path}" cannot be filtered with "${operator}"`)
    }
    if (!isValidValue(target, operator, value)) {
      refuse(path, `Giá trị lọc không hợp lệ cho trường "${path}" với toán tử "${operator}" — not a valid value to filter "${path}" with "${operator}"`)
    }
  }
}

const checkWhere = (payload: Payload, collection: SanitizedCollectionConfig, where: unknown, depth = 0) => {
  if (!where || typeof where !== 'object' || depth > 20) return
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (['and', 'or'].includes(key.toLowerCase())) {
      for (const nested of Array.isArray(value) ? value : Object.values(value ?? {})) checkWhere(payload, collection, nested, depth + 1)
      continue
    }
    checkCondition(payload, collection, key, value)
  }
}

export const rejectUnanswerableWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: Where }).where
  if (where) checkWhere(req.payload, collection, where)
  return args
}
