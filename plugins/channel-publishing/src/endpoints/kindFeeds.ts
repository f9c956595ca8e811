import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import type { ChannelRecord, SanitizedChannelPublishingConfig } from '../types.js'

/**
 * The feeds contributed channel kinds serve at `/api/feeds/{channel-slug}/{file}` (a radio
 * channel's podcast, say): one endpoint per file name, answering for enabled channels of a kind
 * that declares that file. The kind renders the answer; the channel is read from the stored row.
 */
export const createKindFeedEndpoints = (config: SanitizedChannelPublishingConfig): Endpoint[] => {
  const kindsByFile = new Map<string, string[]>()
  for (const kind of config.channelKinds) {
    for (const file of Object.keys(kind.feeds ?? {})) kindsByFile.set(file, [...(kindsByFile.get(file) ?? []), kind.name])
  }
  return [...kindsByFile].map(([file, kinds]) => ({
    path: `/feeds/:channel/${file}`,
    method: 'get',
    handler: async (req) => {
      const slug = String(req.routeParams?.channel ?? '')
      const { docs } = await req.payload.find({
        collection: config.channelsSlug as never,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
        where: { slug: { equals: slug }, kind: { in: kinds }, enabled: { equals: true } },
      })
      const channel = docs[0] as unknown as ChannelRecord | undefined
      if (!channel) throw new APIError(`Không tìm thấy nguồn tin "${slug}" — feed "${slug}" not found`, 404)
      const render = config.channelKinds.find((kind) => kind.name === channel.kind)?.feeds?.[file]
      if (!render) throw new APIError(`Không tìm thấy nguồn tin "${slug}" — feed "${slug}" not found`, 404)
      return render({ channel, req })
    },
  }))
}
