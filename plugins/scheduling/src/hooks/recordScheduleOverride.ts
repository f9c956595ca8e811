import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

import { formatVietnameseDateTime } from '@loa/helpers'
import { PUBLISH_AT_FIELD, SCHEDULE_OVERRIDE_FIELD, UNPUBLISH_AT_FIELD } from '../defaults.js'
import { isInsideWindow, loadCampaignWindow } from '../utilities/campaignWindow.js'
import { timeOf } from '../utilities/paths.js'

/**
 * Records (through the host's `recordScheduleOverride`) that a manager let a schedule leave the campaign's period: when
 * the override is switched on, and whenever the times change while it is on.
 */
export const recordScheduleOverride =
  (cfg: SanitizedSchedulingConfig): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    if (!doc?.[SCHEDULE_OVERRIDE_FIELD]) return doc
    const isSwitchedOn = operation === 'create' || !previousDoc?.[SCHEDULE_OVERRIDE_FIELD]
    const isRetimed =
      timeOf(doc[PUBLISH_AT_FIELD]) !== timeOf(previousDoc?.[PUBLISH_AT_FIELD]) || timeOf(doc[UNPUBLISH_AT_FIELD]) !== timeOf(previousDoc?.[UNPUBLISH_AT_FIELD])
    if (!isSwitchedOn && !isRetimed) return doc

    const window = await loadCampaignWindow({ campaign: doc[cfg.campaignField], cfg, req })
    const describe = (label: string, value: unknown) => {
      const ms = timeOf(value)
      if (ms === undefined) return null
      const where = window && !isInsideWindow(ms, window) ? 'ngoài thời gian chiến dịch' : 'trong thời gian chiến dịch'
      return `${label} ${formatVietnameseDateTime(ms, cfg.timeZone)} (${where})`
    }
    const times = [describe('xuất bản', doc[PUBLISH_AT_FIELD]), describe('gỡ bài', doc[UNPUBLISH_AT_FIELD])].filter(Boolean).join('; ')
    await cfg.recordScheduleOverride({
      collection: collection.slug,
      doc,
      note: `Cho phép lịch đăng ngoài thời gian chiến dịch${times ? `: ${times}` : ''} — schedule override set by a campaign manager`,
      req,
    })
    return doc
  }
