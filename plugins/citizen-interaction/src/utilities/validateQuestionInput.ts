/**
 * What the public ask form may send, checked before anything is written. Each refusal is a
 * 400 naming the field, in Vietnamese and English.
 */
import type { Id } from '../types.js'

import { HONEYPOT_FIELD, LIMITS } from '../defaults.js'
import { CitizenRequestError } from './citizenRequestError.js'

export type QuestionInput = {
  name: string
  email: null | string
  phone: null | string
  question: string
  topic: null | string
  campaign: Id | null
  item: null | { collection: string; id: Id }
  consent: true
}

/** Shortest question worth an officer's time: a few words. */
const MIN_QUESTION_LENGTH = 10

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/u

const refuse = (field: string, vi: string, en: string): never => {
  throw new CitizenRequestError(`${vi} — ${en}`, 400, field)
}

const optionalText = (body: Record<string, unknown>, field: string, max: number, viName: string): null | string => {
  const value = body[field]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') return refuse(field, `Trường "${field}" (${viName}) phải là chuỗi ký tự`, `"${field}" must be a string`)
  const text = value.normalize('NFC').trim()
  if (text.length > max) refuse(field, `${viName} dài quá ${max} ký tự`, `"${field}" is longer than ${max} characters`)
  return text || null
}

const requiredText = (body: Record<string, unknown>, field: string, max: number, viName: string): string => {
  const text = optionalText(body, field, max, viName)
  if (!text) return refuse(field, `Vui lòng nhập ${viName.toLowerCase()} (trường "${field}")`, `"${field}" is required`)
  return text
}

/** Vietnamese numbers as people write them ("0912 345 678", "+84 912.345.678") to one form: 0912345678. */
export const normaliseVietnamesePhone = (value: string): null | string => {
  const compact = value.replace(/[\s.\-()]/g, '')
  const local = compact.startsWith('+84') ? `0${compact.slice(3)}` : compact.startsWith('84') && compact.length === 11 ? `0${compact.slice(2)}` : compact
  return /^0\d{9,10}$/.test(local) ? local : null
}

const idValue = (value: unknown, field: string): Id => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value
  if (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value)) return value
  return refuse(field, `Mã tham chiếu "${field}" không hợp lệ`, `"${field}" is not a valid id`)
}

export const validateQuestionInput = (body: unknown, itemCollections: readonly string[]): QuestionInput => {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return refuse('body', 'Nội dung gửi lên phải là một đối tượng JSON', 'the request body must be a JSON object')
  const input = body as Record<string, unknown>

  // People never see this field; only a form-filling robot writes in it.
  const honeypot = input[HONEYPOT_FIELD]
  if (honeypot !== undefined && honeypot !== null && honeypot !== '')
    refuse(HONEYPOT_FIELD, `Trường "${HONEYPOT_FIELD}" phải để trống`, `"${HONEYPOT_FIELD}" must be left empty`)

  const name = requiredText(input, 'name', LIMITS.name, 'Họ và tên')
  const question = requiredText(input, 'question', LIMITS.question, 'Nội dung câu hỏi')
  if (question.length < MIN_QUESTION_LENGTH)
    refuse('question', `Câu hỏi quá ngắn (ít nhất ${MIN_QUESTION_LENGTH} ký tự)`, `"question" is shorter than ${MIN_QUESTION_LENGTH} characters`)
  const topic = optionalText(input, 'topic', LIMITS.topic, 'Chủ đề')

  const rawEmail = optionalText(input, 'email', LIMITS.email, 'Thư điện tử')
  const email = rawEmail === null ? null : rawEmail.toLowerCase()
  if (email !== null && !EMAIL.test(email)) refuse('email', 'Địa chỉ thư điện tử không hợp lệ', '"email" is not a valid e-mail address')

  const rawPhone = optionalText(input, 'phone', 40, 'Số điện thoại')
  const phone = rawPhone === null ? null : normaliseVietnamesePhone(rawPhone)
  if (rawPhone !== null && phone === null)
    refuse('phone', 'Số điện thoại không hợp lệ (ví dụ 0912 345 678)', '"phone" is not a valid Vietnamese phone number (e.g. 0912 345 678)')

  // Decree 13/2023 on personal data: processing needs the person's explicit, recorded consent.
  if (input.consent !== true)
    refuse(
      'consent',
      'Cần đồng ý cho cơ quan xử lý dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP (trường "consent" = true)',
      '"consent" must be true: consent to processing personal data (Decree 13/2023) is required',
    )

  const campaign = input.campaign === undefined || input.campaign === null ? null : idValue(input.campaign, 'campaign')

  let item: QuestionInput['item'] = null
  if (input.item !== undefined && input.item !== null) {
    const raw = input.item as Record<string, unknown>
    if (typeof raw !== 'object' || Array.isArray(raw) || typeof raw.collection !== 'string')
      refuse('item', 'Trường "item" phải có dạng { "collection": "...", "id": ... }', '"item" must read { "collection": "...", "id": ... }')
    if (!itemCollections.includes(raw.collection as string))
      refuse(
        'item',
        `Không nhận câu hỏi về loại nội dung "${String(raw.collection)}"`,
        `"item.collection" must be one of: ${itemCollections.join(', ') || '(none)'}`,
      )
    item = { collection: raw.collection as string, id: idValue(raw.id, 'item') }
  }

  return { name, email, phone, question, topic, campaign, item, consent: true }
}
