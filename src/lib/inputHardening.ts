/**
 * Guards that keep bad input a 4xx. Applied last, over every collection, plugins' included.
 *
 * 1. Select and text fields refuse values of the wrong kind. Payload's own validators let a
 *    non-string scalar through a select (`{"kind": false}`) and an array through a single text
 *    (`{"summary": ["a"]}`), which the database then rejects with a 500.
 * 2. A create or update whose body is JSON but not an object (`null`, `[]`, `"text"`) is refused
 *    before any hook reads fields from it.
 * 3. Errors that are the client's fault by nature — a body that is not JSON, a value the
 *    database refuses as a data exception (SQLSTATE class 22), a reference to a row that does
 *    not exist (foreign key: Payload lets an id of 0 through) — answer 400, not 500.
 * 4. A query no field of its kind can answer (`?where[publishAt][near]=1,2`) is refused
 *    before it reaches the database (whereHardening.ts).
 */
import type { AfterErrorHook, CollectionBeforeOperationHook, Config, Field, Validate } from 'payload'

import { APIError } from 'payload'
import { date as payloadDate, select as payloadSelect, text as payloadText, textarea as payloadTextarea } from 'payload/shared'

import { isStorableDate } from './storableDate.js'
import { rejectUnanswerableWhere } from './whereHardening.js'

const INVALID_SELECTION = 'Giá trị không nằm trong danh sách cho phép — this value is not one of the options'

const strictSelect: Validate = (value, args) => {
  const isScalarNonString = value !== null && value !== undefined && typeof value !== 'string' && !Array.isArray(value)
  const hasNonStringItem = Array.isArray(value) && value.some((item) => typeof item !== 'string')
  if (isScalarNonString || hasNonStringItem) return INVALID_SELECTION
  return (payloadSelect as Validate)(value, args)
}

const INVALID_TEXT = 'Giá trị phải là chuỗi ký tự — this value must be text'

// An object is one value per locale only when the request writes all locales at once.
const isWrongKindForText = (value: unknown, locale: unknown) =>
  Array.isArray(value) || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'object' && value !== null && locale !== 'all')

const strictText =
  (validate: Validate): Validate =>
  (value, args) =>
    isWrongKindForText(value, (args as { req?: { locale?: unknown } }).req?.locale) ? INVALID_TEXT : validate(value, args)

const INVALID_DATE = 'Ngày giờ không hợp lệ — this is not a valid date'

const strictDate: Validate = (value, args) => (isStorableDate(value) ? (payloadDate as Validate)(value, args) : INVALID_DATE)

const hardenFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'select' && !field.validate) return { ...field, validate: strictSelect }
    if (field.type === 'text' && !field.hasMany && !field.validate) return { ...field, validate: strictText(payloadText as Validate) }
    if (field.type === 'textarea' && !field.validate) return { ...field, validate: strictText(payloadTextarea as Validate) }
    if (field.type === 'date' && !field.validate) return { ...field, validate: strictDate }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: hardenFields(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: hardenFields(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: hardenFields(block.fields) })) }
    return field
  })

const rejectNonObjectData: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (data === undefined) return args
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new APIError('Nội dung gửi lên phải là một đối tượng JSON — the request body must be a JSON object', 400, null, true)
  }
  // Payload's own timestamps take client values (for imports) without checking them.
  for (const field of ['createdAt', 'updatedAt']) {
    if (field in data && !isStorableDate((data as Record<string, unknown>)[field])) {
      throw new APIError(`${INVALID_DATE}: ${field}`, 400, { field }, true)
    }
  }
  return args
}

const causeChain = (error: unknown): Array<Record<string, unknown>> => {
  const chain: Array<Record<string, unknown>> = []
  let current = error as Record<string, unknown> | undefined
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current)
    current = current.cause as Record<string, unknown> | undefined
  }
  return chain
}

const isClientDataError = (error: Error): boolean => {
  const chain = causeChain(error)
  if (error instanceof SyntaxError || chain.some((e) => e.name === 'SyntaxError' && /JSON/i.test(String(e.message)))) return true
  return chain.some(
    (e) =>
      (typeof e.code === 'string' && (/^22[0-9A-Z]{3}$/.test(e.code) || e.code === '23503' || e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY')) ||
      /FOREIGN KEY constraint failed/.test(String(e.message)),
  )
}

export const clientErrorsAsBadRequest: AfterErrorHook = ({ error, result }) => {
  if ((error as { status?: number }).status && (error as { status?: number }).status! < 500) return
  if (!isClientDataError(error)) return
  return {
    status: 400,
    response: {
      ...result,
      errors: [{ message: 'Dữ liệu gửi lên không hợp lệ — the request body is malformed or holds a value of the wrong kind' }],
    },
  }
}

/** The config transformer: put it last in `plugins` so it sees every plugin's fields. */
export const hardenInput =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: hardenFields(collection.fields),
      hooks: { ...collection.hooks, beforeOperation: [rejectNonObjectData, rejectUnanswerableWhere, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), clientErrorsAsBadRequest] },
  })
