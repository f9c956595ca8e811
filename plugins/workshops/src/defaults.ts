import type { RegistrationStatus, WorkshopsRateLimits } from './types.js'

export const PLUGIN_NAME = 'workshops'

export const DEFAULT_RETENTION_DAYS = 180

/** 03:17 every night: anonymisation is not urgent and should not meet the morning traffic. */
export const DEFAULT_RETENTION_SCHEDULE = '17 3 * * *'

/**
 * perIp: a commune's officials registering together from one office (one NAT address) are a
 * few dozen in minutes; 60 in ten minutes lets them through, retries included, and still
 * stops a flood from one address. perEmail: one person, a few workshops an hour.
 */
export const DEFAULT_RATE_LIMITS: WorkshopsRateLimits = {
  perIp: { max: 60, windowMs: 10 * 60 * 1000 },
  perEmail: { max: 5, windowMs: 60 * 60 * 1000 },
}

/** Key on the registrations collection's `custom` holding the runtime settings. */
export const SETTINGS_KEY = 'loaWorkshops'

export const TASK_SEND_REGISTRATION_EMAIL = 'sendRegistrationEmail'
export const TASK_ANONYMISE_OLD_REGISTRATIONS = 'anonymiseOldRegistrations'

/** Statuses that hold a seat. */
export const SEAT_HOLDING_STATUSES: readonly RegistrationStatus[] = ['confirmed', 'attended']

/** Statuses that block a second registration with the same e-mail. */
export const ACTIVE_STATUSES: readonly RegistrationStatus[] = ['confirmed', 'waitlisted', 'attended']

export const STATUS_LABELS: Record<RegistrationStatus, { vi: string; en: string }> = {
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  waitlisted: { vi: 'Danh sách chờ', en: 'Waitlisted' },
  cancelled: { vi: 'Đã huỷ', en: 'Cancelled' },
  attended: { vi: 'Đã tham dự', en: 'Attended' },
}

/** Who registers: the audiences of the province's plan, plus "other". */
export const AUDIENCE_TYPES = [
  { value: 'officials', label: { vi: 'Cán bộ, công chức, viên chức', en: 'Officials and civil servants' } },
  { value: 'citizens', label: { vi: 'Người dân', en: 'Citizens' } },
  { value: 'businesses', label: { vi: 'Doanh nghiệp', en: 'Businesses' } },
  { value: 'students', label: { vi: 'Học sinh, sinh viên', en: 'Students' } },
  { value: 'other', label: { vi: 'Khác', en: 'Other' } },
] as const

/** Longest accepted values, checked by the endpoint and by the fields. */
export const LIMITS = { fullName: 120, email: 254, phone: 20, organisation: 200 } as const

/** A user whose `roles` include 'admin'. */
export const defaultIsAdmin = (user: unknown): boolean => Boolean((user as { roles?: readonly string[] | null } | null | undefined)?.roles?.includes('admin'))
