import type { Payload } from 'payload'

import type { SanitizedChannelPublishingConfig } from '../types.js'

/** The site's absolute address without a trailing slash: the plugin's `serverURL`, else Payload's; '' when neither is set. */
export const siteUrlOf = (config: SanitizedChannelPublishingConfig, payload: Pick<Payload, 'config'>): string =>
  (config.serverURL || payload.config.serverURL || '').replace(/\/$/, '')
