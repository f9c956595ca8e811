import type { ChannelAdapter } from './types.js'

/** Nothing to push: the item appears in (or leaves) the channel's feeds on its own. */
export const deliverFeed: ChannelAdapter = async ({ channel, payload }) => ({
  isOk: true,
  remoteUrl: `${(payload.config.serverURL || '').replace(/\/$/, '')}/api/feeds/${channel.slug}/rss.xml`,
})
