'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'

import type { ChannelPublishingTranslationKey } from '../translations/index.js'

import { key } from '../translations/index.js'

/**
 * The plugin's strings in the admin's language, and dates in the admin's configured time
 * zone (Payload's `admin.timezones.defaultTimezone`, else the browser's).
 */
export const useChannelText = () => {
  const { i18n, t } = useTranslation()
  const { config } = useConfig()
  const timeZone = config.admin?.timezones?.defaultTimezone
  const text = (name: ChannelPublishingTranslationKey): string => (t as (k: string) => string)(key(name))
  const formatDate = (value: null | string | undefined): string =>
    value ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(value)) : ''
  return { formatDate, text }
}
