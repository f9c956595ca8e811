/**
 * Checks what a registrant typed before anything is written. Every refusal is a 400 naming
 * the field, in Vietnamese then English.
 */

import { AUDIENCE_TYPES, LIMITS } from '../defaults.js'
import { WorkshopRequestError } from './workshopRequestError.js'

export type RegistrationInput = {
  fullName: string
  email: string
  phone: null | string
  organisation: null | string
  audienceType: null | string
}

const refuse = (field: string, message: string): never => {
  throw new WorkshopRequestError(message, 400, { field })
}

// Practical address check (RFC 5321 lengths, one @, a dotted domain); the mail server has the last word.
const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/

/** Mobile (03x, 05x, 07x, 08x, 09x: 10 digits) or landline (02x: 11 digits), with 0, 84 or +84 in front. */
const VIETNAMESE_PHONE = /^(?:\+84|84|0)(?:[35789]\d{8}|2\d{9})$/

/** The number as dialled inside Vietnam (0…, no spaces or +84), or null when it is not Vietnamese. */
export const normaliseVietnamesePhone = (value: string): null | string => {
  const compact = value.replace(/[\s.\-()]/g, '')
  return VIETNAMESE_PHONE.test(compact) ? compact.replace(/^(?:\+84|84)/, '0') : null
}

const optionalText = (body: Record<string, unknown>, field: keyof typeof LIMITS, label: string): null | string => {
  const value = body[field]
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') return refuse(field, `${label} phải là chuỗi ký tự — ${field} must be a string`)
  const trimmed = value.trim()
  if (trimmed.length > LIMITS[field]) return refuse(field, `${label} dài quá ${LIMITS[field]} ký tự — ${field} is longer than ${LIMITS[field]} characters`)
  return trimmed || null
}

export const validateRegistrationInput = (body: unknown): RegistrationInput => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return refuse('body', 'Nội dung gửi lên phải là JSON với fullName, email — the request body must be a JSON object with fullName and email')
  }
  const data = body as Record<string, unknown>

  const fullName = optionalText(data, 'fullName', 'Họ và tên')
  if (!fullName) return refuse('fullName', 'Vui lòng nhập họ và tên — fullName is required')
  if (/[\u0000-\u001f<>]/.test(fullName)) return refuse('fullName', 'Họ và tên chứa ký tự không hợp lệ — fullName contains characters that are not allowed')

  if (data.email === undefined || data.email === null || data.email === '') return refuse('email', 'Vui lòng nhập thư điện tử — email is required')
  const emailText = optionalText(data, 'email', 'Thư điện tử')
  const email = (emailText ?? '').toLowerCase()
  if (!EMAIL_PATTERN.test(email)) return refuse('email', 'Thư điện tử không đúng định dạng — email is not a valid e-mail address')

  const phoneText = optionalText(data, 'phone', 'Số điện thoại')
  let phone: null | string = null
  if (phoneText) {
    phone = normaliseVietnamesePhone(phoneText)
    if (!phone) return refuse('phone', 'Số điện thoại không đúng định dạng Việt Nam (ví dụ 0912 345 678) — phone is not a Vietnamese phone number')
  }

  const organisation = optionalText(data, 'organisation', 'Cơ quan / đơn vị')

  let audienceType: null | string = null
  if (data.audienceType !== undefined && data.audienceType !== null && data.audienceType !== '') {
    const allowed = AUDIENCE_TYPES.map((a) => a.value as string)
    if (typeof data.audienceType !== 'string' || !allowed.includes(data.audienceType)) {
      return refuse('audienceType', `Đối tượng phải là một trong: ${allowed.join(', ')} — audienceType must be one of ${allowed.join(', ')}`)
    }
    audienceType = data.audienceType
  }

  return { fullName, email, phone, organisation, audienceType }
}
