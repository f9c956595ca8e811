import type { Field, FieldAccess, SelectField } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

import { canSetScheduleField } from '../access/canSetScheduleField.js'
import {
  PROPOSED_PUBLISH_AT_FIELD,
  PROPOSED_UNPUBLISH_AT_FIELD,
  PUBLISH_AT_FIELD,
  PUBLISH_AT_SET_BY_FIELD,
  SCHEDULE_OVERRIDE_FIELD,
  UNPUBLISH_AT_FIELD,
  UNPUBLISH_AT_SET_BY_FIELD,
} from '../defaults.js'
import { keepScheduleWithSchedulers } from '../hooks/keepScheduleWithSchedulers.js'
import { timeOf } from '../utilities/paths.js'

const zoneLabel = (timeZone: string) => (timeZone === 'Asia/Ho_Chi_Minh' ? 'GMT+7 (Hà Nội)' : timeZone)

const sameTime = (a: unknown, b: unknown) => timeOf(a) === timeOf(b)
const sameFlag = (a: unknown, b: unknown) => Boolean(a) === Boolean(b)

const nobody: FieldAccess = () => false

/**
 * publishAt / unpublishAt, entered and shown in the configured zone (stored in UTC), and the
 * managers' override of the campaign window: set by those `canSchedule` allows, and by no one
 * else on any path (field access, and a hook for version restores). Anyone may propose times
 * in the proposal fields, which decide nothing. Who set each time is recorded by the server.
 * Validated by the validateSchedule hook, since Payload skips field validation on drafts and
 * every edit here is a draft.
 */
export const scheduleFields = (cfg: SanitizedSchedulingConfig): Field[] => {
  // The stored zone beside each time is named after it: Payload names it from the field's name
  // ("Publish At_tz") when the label is given per language.
  const zoneOf = (label: { vi: string; en: string }) => ({
    defaultTimezone: cfg.timeZone,
    supportedTimezones: [{ label: zoneLabel(cfg.timeZone), value: cfg.timeZone }],
    override: ({ baseField }: { baseField: SelectField }): SelectField => ({
      ...baseField,
      label: { vi: `Múi giờ — ${label.vi}`, en: `${label.en} — time zone` },
    }),
  })
  const date = { pickerAppearance: 'dayAndTime' as const, timeIntervals: 15, displayFormat: 'dd/MM/yyyy HH:mm' }
  const schedulersOnly = (name: string, isSame: (a: unknown, b: unknown) => boolean) => {
    const access = canSetScheduleField({ cfg, isSame, name })
    return { access: { create: access, update: access }, hooks: { beforeValidate: [keepScheduleWithSchedulers({ cfg, isSame })] } }
  }
  const staffRead: FieldAccess = ({ doc, req }) => cfg.canReadStaffFields({ doc: doc as Record<string, unknown> | undefined, req })
  const setBy = (name: string, label: { vi: string; en: string }): Field => ({
    name,
    type: 'relationship',
    relationTo: cfg.usersCollection as never,
    label,
    access: { create: nobody, update: nobody, read: staffRead },
    admin: { position: 'sidebar', readOnly: true },
  })
  return [
    {
      name: PUBLISH_AT_FIELD,
      type: 'date',
      index: true,
      timezone: zoneOf({ vi: 'Hẹn giờ xuất bản', en: 'Publish at' }),
      label: { vi: 'Hẹn giờ xuất bản', en: 'Publish at' },
      ...schedulersOnly(PUBLISH_AT_FIELD, sameTime),
      admin: {
        position: 'sidebar',
        date,
        description: {
          vi: `Giờ ${zoneLabel(cfg.timeZone)}. Bài đã duyệt sẽ tự xuất bản vào thời điểm này; để trống để xuất bản thủ công. Chỉ quản lý chiến dịch hoặc quản trị đặt được.`,
          en: `${zoneLabel(cfg.timeZone)}. An approved item goes live at this time; leave empty to publish by hand. Campaign managers and admins only.`,
        },
      },
    },
    {
      name: UNPUBLISH_AT_FIELD,
      type: 'date',
      index: true,
      timezone: zoneOf({ vi: 'Hẹn giờ gỡ bài', en: 'Unpublish at' }),
      label: { vi: 'Hẹn giờ gỡ bài', en: 'Unpublish at' },
      ...schedulersOnly(UNPUBLISH_AT_FIELD, sameTime),
      admin: {
        position: 'sidebar',
        date,
        description: {
          vi: 'Bài sẽ tự gỡ khỏi các kênh vào thời điểm này (phải sau giờ xuất bản). Chỉ quản lý chiến dịch hoặc quản trị đặt được.',
          en: 'The item comes down at this time (must be after publish at). Campaign managers and admins only.',
        },
      },
    },
    {
      name: SCHEDULE_OVERRIDE_FIELD,
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Cho phép ngoài thời gian chiến dịch', en: 'Allow outside the campaign period' },
      ...schedulersOnly(SCHEDULE_OVERRIDE_FIELD, sameFlag),
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Chỉ quản lý chiến dịch hoặc quản trị được chọn; được ghi vào nhật ký duyệt.',
          en: 'Campaign managers and admins only; recorded in the review events.',
        },
      },
    },
    {
      name: PROPOSED_PUBLISH_AT_FIELD,
      type: 'date',
      timezone: zoneOf({ vi: 'Đề xuất giờ xuất bản', en: 'Proposed publish time' }),
      label: { vi: 'Đề xuất giờ xuất bản', en: 'Proposed publish time' },
      access: { read: staffRead },
      admin: {
        position: 'sidebar',
        date,
        description: {
          vi: 'Biên tập viên đề xuất; không tự xuất bản. Quản lý chiến dịch quyết định giờ xuất bản.',
          en: 'A suggestion for the campaign manager; it publishes nothing by itself.',
        },
      },
    },
    {
      name: PROPOSED_UNPUBLISH_AT_FIELD,
      type: 'date',
      timezone: zoneOf({ vi: 'Đề xuất giờ gỡ bài', en: 'Proposed unpublish time' }),
      label: { vi: 'Đề xuất giờ gỡ bài', en: 'Proposed unpublish time' },
      access: { read: staffRead },
      admin: {
        position: 'sidebar',
        date,
        description: {
          vi: 'Biên tập viên đề xuất; không tự gỡ bài. Quản lý chiến dịch quyết định giờ gỡ bài.',
          en: 'A suggestion for the campaign manager; it takes nothing down by itself.',
        },
      },
    },
    setBy(PUBLISH_AT_SET_BY_FIELD, { vi: 'Người đặt giờ xuất bản', en: 'Publish time set by' }),
    setBy(UNPUBLISH_AT_SET_BY_FIELD, { vi: 'Người đặt giờ gỡ bài', en: 'Unpublish time set by' }),
  ]
}
