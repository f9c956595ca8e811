import type { Payload } from 'payload'

import { loaTimeZone } from '@loa/helpers'

/** The zone the host's admin shows dates in (`admin.timezones.defaultTimezone`), else LOA_TIME_ZONE / Asia/Ho_Chi_Minh. */
export const calendarTimeZone = (payload: Payload): string => payload.config.admin?.timezones?.defaultTimezone || loaTimeZone()
