import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

import { formatVietnameseDateTime, idOf } from '@loa/helpers'
import { PUBLISH_AT_FIELD, SCHEDULE_OVERRIDE_FIELD, UNPUBLISH_AT_FIELD } from '../defaults.js'
import { isInsideWindow, loadCampaignWindow } from '../utilities/campaignWindow.js'
import { timeOf } from '../utilities/paths.js'

type Doc = Record<string, unknown> | undefined

const effective = (data: Doc, originalDoc: Doc, name: string): unknown => (data && name in data ? data[name] : originalDoc?.[name])

const hasChanged = (data: Doc, originalDoc: Doc, name: string, same: (a: unknown, b: unknown) => boolean): boolean =>
  Boolean(data && name in data) && !same(data?.[name], originalDoc?.[name])

const sameTime = (a: unknown, b: unknown) => timeOf(a) === timeOf(b)
const sameId = (a: unknown, b: unknown) => String(idOf(a) ?? '') === String(idOf(b) ?? '')
const sameFlag = (a: unknown, b: unknown) => Boolean(a) === Boolean(b)

/**
 * Refuses an unpublishAt that is not after publishAt, and times outside the campaign's period
 * unless the schedule override is set (only managers and admins can set it: field access). A
 * hook rather than field validators because Payload skips field validation on drafts. Only a
 * change to the schedule (or the campaign, or the override) is checked, so an old item whose
 * campaign was shortened later stays editable.
 */
export const validateSchedule =
  (cfg: SanitizedSchedulingConfig): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const isScheduleChange =
      operation === 'create' ||
      hasChanged(data, originalDoc, PUBLISH_AT_FIELD, sameTime) ||
      hasChanged(data, originalDoc, UNPUBLISH_AT_FIELD, sameTime) ||
      hasChanged(data, originalDoc, cfg.campaignField, sameId) ||
      hasChanged(data, originalDoc, SCHEDULE_OVERRIDE_FIELD, sameFlag)
    if (!isScheduleChange) return data

    const publishAt = timeOf(effective(data, originalDoc, PUBLISH_AT_FIELD))
    const unpublishAt = timeOf(effective(data, originalDoc, UNPUBLISH_AT_FIELD))
    if (publishAt === undefined && unpublishAt === undefined) return data

    const errors: Array<{ message: string; path: string }> = []
    if (publishAt !== undefined && unpublishAt !== undefined && unpublishAt <= publishAt) {
      errors.push({
        path: UNPUBLISH_AT_FIELD,
        message: `Giờ gỡ bài phải sau giờ xuất bản (${formatVietnameseDateTime(publishAt, cfg.timeZone)}) — unpublishAt must be after publishAt`,
      })
    }

    const isOverridden = Boolean(effective(data, originalDoc, SCHEDULE_OVERRIDE_FIELD))
    if (!isOverridden) {
      const window = await loadCampaignWindow({ campaign: effective(data, originalDoc, cfg.campaignField), cfg, req })
      if (window && (window.start !== undefined || window.end !== undefined)) {
        const period = [window.start, window.end].map((ms) => (ms === undefined ? '…' : formatVietnameseDateTime(ms, cfg.timeZone))).join(' → ')
        const outside = (name: string, vi: string, ms: number | undefined) => {
          if (ms === undefined || isInsideWindow(ms, window)) return
          errors.push({
            path: name,
            message:
              `${vi} ${formatVietnameseDateTime(ms, cfg.timeZone)} nằm ngoài thời gian chiến dịch (${period}); ` +
              `chỉ quản lý chiến dịch mới được chọn "Cho phép ngoài thời gian chiến dịch" — ` +
              `${name} must be within the campaign period unless a campaign manager sets scheduleOverride`,
          })
        }
        outside(PUBLISH_AT_FIELD, 'Giờ xuất bản', publishAt)
        outside(UNPUBLISH_AT_FIELD, 'Giờ gỡ bài', unpublishAt)
      }
    }

    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
    return data
  }
