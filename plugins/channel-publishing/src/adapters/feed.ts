import type { ChannelAdapter } from './types.js'

import { pluginConfigOf } from '../utilities/config.js'
import { siteUrlOf } from '../utilities/siteUrl.js'

/** Nothing to push: the item appears in (or leaves) the channel's feeds on its own. */
export const deliverFeed: ChannelAdapter = async ({ channel, payload }) => ({
  isOk: true,
  remoteUrl: `${siteUrlOf(pluginConfigOf(payload), payload)}/api/feeds/${channel.slug}/rss.xml`,
})
