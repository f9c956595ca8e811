import type { ChannelKind } from '../types.js'
import type { ChannelAdapter } from './types.js'

import { deliverEmail } from './email.js'
import { deliverFeed } from './feed.js'
import { deliverWebhook } from './webhook.js'
import { deliverWordPress } from './wordpress.js'

export const ADAPTERS: Record<ChannelKind, ChannelAdapter> = {
  email: deliverEmail,
  feed: deliverFeed,
  webhook: deliverWebhook,
  wordpress: deliverWordPress,
}
