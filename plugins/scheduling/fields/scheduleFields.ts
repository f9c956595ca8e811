import type { Field } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

import { canOverrideSchedule } from '../access/canOverrideSchedule.js'
import { PUBLISH_AT_FIELD, SCHEDULE_OVERRIDE_FIELD, UNPUBLISH_AT_FIELD } from '../defaults.js'

const zoneLabel = (timeZone: string) => (timeZone === 'Asia/Ho_Chi_Minh' ? 'GMT+7 (Hà Nội)' : timeZone)

/**
 * publishAt / unpublishAt, entered and shown in the configured zone (stored in UTC), and the
 * managers' override of the campaign window. Validated by the validateSchedule hook, since
 * Payload skips field validation on drafts and every edit here is a draft.
 */
export const scheduleFields = (cfg: SanitizedSchedulingConfig): Field[] => {
  const timezone = {
    defaultTimezone: cfg.timeZone,
    supportedTimezones: [{ label: zoneLabel(cfg.timeZone), value: cfg.timeZone }],
  }
  const date = { pickerAppearance: 'dayAndTime' as const, timeIntervals: 15, displayFormat: 'dd/MM/yyyy HH:mm' }
  return [
    {
      name: PUBLISH_AT_FIELD,
      type: 'date',
      index: true,
      timezone,
      label: { vi: 'Hẹn giờ xuất bản', en: 'Publish at' },
      admin: {
        position: 'sidebar',
        date,
        description: {
          vi: `Giờ ${zoneLabel(cfg.timeZone)}. Bài đã duyệt sẽ tự xuất bản vào thời điểm này; để trống để xuất bản thủ công.`,
          en: `${zoneLabel(cfg.timeZone)}. An approved item goes live at this time; leave empty to publish by hand.`,
        },
      },
    },
    {
      name: UNPUBLISH_AT_FIELD,
      type: 'date',
      index: true,
      timezone,
      label: { vi: 'Hẹn giờ gỡ bài', en: 'Unpublish at' },
      admin: {
        position: 'sidebar',
        date,
        description: {
          vi: 'Bài sẽ tự gỡ khỏi các kênh vào thời điểm này (phải sau giờ xuất bản).',
          en: 'The item comes down at this time (must be after publish at).',
        },
      },
    },
    {
      name: SCHEDULE_OVERRIDE_FIELD,
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Cho phép ngoài thời gian chiến dịch', en: 'Allow outside the campaign period' },
      access: { create: canOverrideSchedule(cfg.campaignField), update: canOverrideSchedule(cfg.campaignField) },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Chỉ quản lý chiến dịch hoặc quản trị được chọn; được ghi vào nhật ký duyệt.',
          en: 'Campaign managers and admins only; recorded in the review events.',
        },
      },
    },
  ]
}
