import type { BuiltInChannelKind } from '../types.js'
import type { ChannelAdapter } from './types.js'

import { deliverEmail } from './email.js'
import { deliverFeed } from './feed.js'
import { deliverWebhook } from './webhook.js'
import { deliverWordPress } from './wordpress.js'

/** The senders of the kinds the plugin ships. */
export const BUILT_IN_SENDERS: Record<BuiltInChannelKind, ChannelAdapter> = {
  email: deliverEmail,
  feed: deliverFeed,
  webhook: deliverWebhook,
  wordpress: deliverWordPress,
}
