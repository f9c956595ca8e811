import type { Endpoint, PayloadRequest } from 'payload'

import crypto from 'node:crypto'
import { Feed } from 'feed'
import { APIError } from 'payload'

import type { ChannelRecord, SanitizedChannelPublishingConfig } from '../types.js'

import { absoluteHttpUrl, escapeHtml, lexicalToSafeHtml } from '@loa/helpers/html'
import { formatVietnameseDateTime, idOf } from '@loa/helpers'
import { readFeedCache, writeFeedCache } from '../utilities/feedCache.js'
import { createKindFeedEndpoints } from './kindFeeds.js'

import { siteUrlOf } from '../utilities/siteUrl.js'

type Loose = Record<string, any>

/** JSON Feed wants `image` as a URL string; the library passes the enclosure object through. */
const jsonFeed = (feed: Feed): string => {
  const parsed = JSON.parse(feed.json1()) as { items: Array<{ image?: unknown }>; language?: string }
  parsed.language = 'vi'
  for (const item of parsed.items) {
    if (item.image && typeof item.image === 'object') item.image = (item.image as { url: string }).url
  }
  return JSON.stringify(parsed, null, 2)
}

/**
 * File names served under each feed root; anything else (e.g. workshops.ics) is not ours.
 * `isItemTextHtml`: readers take the format's item titles and summaries as HTML (RSS by
 * custom, Atom because the library marks them `type="html"`), so Loa's plain-text titles and
 * summaries are escaped for them; JSON Feed's are plain text by its specification.
 */
export const FEED_FORMATS = {
  'rss.xml': { contentType: 'application/rss+xml; charset=utf-8', isItemTextHtml: true, render: (feed: Feed) => feed.rss2() },
  'atom.xml': { contentType: 'application/atom+xml; charset=utf-8', isItemTextHtml: true, render: (feed: Feed) => feed.atom1() },
  'feed.json': { contentType: 'application/feed+json; charset=utf-8', isItemTextHtml: false, render: (feed: Feed) => jsonFeed(feed) },
} as const
type FeedFile = keyof typeof FEED_FORMATS

type Source = { key: string; title: string; description: string; collections: string[]; campaignIds?: Array<number | string>; basePath: string }

const publishedItems = async (req: PayloadRequest, source: Source, size: number): Promise<Loose[]> => {
  const lists = await Promise.all(
    source.collections.map(async (collection) => {
      const { docs } = await req.payload.find({
        collection: collection as never,
        depth: 1,
        draft: false,
        limit: size,
        locale: 'vi',
        overrideAccess: false,
        req,
        sort: '-firstPublishedAt',
        where: {
          _status: { equals: 'published' },
          ...(source.campaignIds?.length ? { campaign: { in: source.campaignIds } } : {}),
        },
      })
      return (docs as Loose[]).map((doc): Loose => ({ ...doc, __collection: collection }))
    }),
  )
  const dateOf = (doc: Loose) => new Date(doc.firstPublishedAt ?? doc.updatedAt).getTime()
  const items = lists
    .flat()
    .sort((a, b) => dateOf(b) - dateOf(a))
    .slice(0, size)
  // Bylines are public; the rest of a user record is not, so only display names are read.
  const authorIds = [...new Set(items.flatMap((doc) => (Array.isArray(doc.authors) ? doc.authors.map(idOf) : [])).filter((id) => id !== undefined))]
  const { docs: users } = authorIds.length
    ? await req.payload.find({
        collection: 'users',
        depth: 0,
        limit: authorIds.length,
        overrideAccess: true,
        req,
        select: { displayName: true },
        where: { id: { in: authorIds } },
      })
    : { docs: [] }
  const names = new Map(users.map((user) => [String(user.id), String((user as Loose).displayName ?? '')]))
  return items.map((doc) => ({
    ...doc,
    __authors: (Array.isArray(doc.authors) ? doc.authors : []).map((author: unknown) => names.get(String(idOf(author)))).filter(Boolean),
  }))
}

type RenderFeedArgs = { config: SanitizedChannelPublishingConfig; file: FeedFile; items: Loose[]; req: PayloadRequest; source: Source; updated: Date }

const renderFeed = ({ config, file, items, req, source, updated }: RenderFeedArgs): Feed => {
  const itemText = (value: unknown) => (FEED_FORMATS[file].isItemTextHtml ? escapeHtml(value) : String(value ?? ''))
  const serverURL = siteUrlOf(config, req.payload)
  const base = `${serverURL}/api/feeds/${source.basePath}`
  const feed = new Feed({
    id: `${base}/`,
    title: source.title,
    description: source.description,
    link: serverURL || base,
    language: 'vi',
    updated,
    generator: 'Loa',
    copyright: source.title,
    feedLinks: { rss: `${base}/rss.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` },
  })
  for (const doc of items) {
    const collection = doc.__collection as string
    const link = config.publicUrl({ collection, serverURL, slug: String(doc.slug ?? doc.id) })
    const published = new Date(doc.firstPublishedAt ?? doc.updatedAt)
    const campaign = doc.campaign && typeof doc.campaign === 'object' ? (doc.campaign as Loose) : undefined
    const hero = doc.heroImage && typeof doc.heroImage === 'object' ? (doc.heroImage as Loose) : undefined
    const heroUrl = hero ? absoluteHttpUrl(hero.url, serverURL || undefined) : undefined
    const authors = (doc.__authors as string[]).map((name) => ({ name }))
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: itemText(doc.title),
      description: itemText(doc.summary),
      content: `<p><em>${escapeHtml(formatVietnameseDateTime(published))}</em></p>${lexicalToSafeHtml(doc.body, { baseUrl: serverURL || undefined })}`,
      date: new Date(doc.updatedAt ?? published),
      published,
      author: authors.length ? authors : undefined,
      category: [
        ...(campaign?.name ? [{ name: String(campaign.name), term: String(campaign.slug ?? ''), domain: 'campaign' }] : []),
        ...(Array.isArray(doc.topics) ? doc.topics.map((topic: unknown) => ({ name: String(topic), term: String(topic) })) : []),
      ],
      ...(heroUrl ? { image: { url: heroUrl, type: String(hero?.mimeType ?? 'image/jpeg'), length: Number(hero?.filesize ?? 0) } } : {}),
    })
  }
  return feed
}

const notFound = (what: string) => new APIError(`Không tìm thấy nguồn tin ${what} — feed ${what} not found`, 404)

const serve = async (config: SanitizedChannelPublishingConfig, req: PayloadRequest, source: Source, file: FeedFile): Promise<Response> => {
  const format = FEED_FORMATS[file]
  const cacheKey = `${source.key}/${file}`
  const entry = readFeedCache(cacheKey, config.feedCacheSeconds) ?? (await renderEntry())
  async function renderEntry() {
    const items = await publishedItems(req, source, config.feedSize)
    const stamps = items.map((doc) => `${doc.__collection}:${doc.id}:${doc.updatedAt}`).join('|')
    const lastModified = new Date(Math.max(0, ...items.map((doc) => new Date(doc.updatedAt).getTime())))
    lastModified.setMilliseconds(0)
    const etag = `"${crypto.createHash('sha256').update(`${source.key}|${file}|${stamps}`).digest('base64url').slice(0, 32)}"`
    const body = format.render(renderFeed({ config, file, items, req, source, updated: lastModified }))
    const rendered = { body, contentType: format.contentType as string, etag, lastModified }
    writeFeedCache(cacheKey, rendered, config.feedCacheSeconds)
    return rendered
  }
  const headers = {
    'Cache-Control': 'public, max-age=0, must-revalidate',
    ETag: entry.etag,
    'Last-Modified': entry.lastModified.toUTCString(),
  }
  const ifNoneMatch = req.headers.get('if-none-match')
  const ifModifiedSince = req.headers.get('if-modified-since')
  const isEtagMatch = ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)
  const isNotModifiedSince = !ifNoneMatch && ifModifiedSince && new Date(ifModifiedSince).getTime() >= entry.lastModified.getTime()
  if (isEtagMatch || isNotModifiedSince) return new Response(null, { status: 304, headers })
  return new Response(entry.body, { status: 200, headers: { ...headers, 'Content-Type': entry.contentType } })
}

const channelFeed = (config: SanitizedChannelPublishingConfig, file: FeedFile): Endpoint => ({
  path: `/feeds/:channel/${file}`,
  method: 'get',
  handler: async (req) => {
    if (!config.isEnabled) throw notFound('')
    const slug = String(req.routeParams?.channel ?? '')
    const { docs } = await req.payload.find({
      collection: config.channelsSlug as never,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: { slug: { equals: slug }, kind: { equals: 'feed' }, enabled: { equals: true } },
    })
    const channel = docs[0] as unknown as (ChannelRecord & { updatedAt: string }) | undefined
    if (!channel) throw notFound(`"${slug}"`)
    return serve(
      config,
      req,
      {
        key: `channel:${channel.id}:${channel.updatedAt}`,
        title: channel.name,
        description: `Loa — ${channel.name}`,
        collections: (channel.contentTypes ?? []).filter((collection) => config.collections.includes(collection)),
        campaignIds: (Array.isArray(channel.campaigns) ? channel.campaigns : []).map((campaign) => idOf(campaign) as number | string),
        basePath: encodeURIComponent(channel.slug),
      },
      file,
    )
  },
})

const campaignFeed = (config: SanitizedChannelPublishingConfig, file: FeedFile): Endpoint => ({
  path: `/feeds/campaigns/:campaign/${file}`,
  method: 'get',
  handler: async (req) => {
    if (!config.isEnabled) throw notFound('')
    const slug = String(req.routeParams?.campaign ?? '')
    if (!config.campaignsSlug) throw notFound('')
    const { docs } = await req.payload.find({
      collection: config.campaignsSlug as never,
      depth: 0,
      limit: 1,
      locale: 'vi',
      overrideAccess: false,
      req,
      where: { slug: { equals: slug } },
    })
    const campaign = docs[0] as Loose | undefined
    if (!campaign) throw notFound(`"campaigns/${slug}"`)
    return serve(
      config,
      req,
      {
        key: `campaign:${campaign.id}:${campaign.updatedAt}`,
        title: String(campaign.name ?? slug),
        description: String(campaign.objectives ?? campaign.name ?? ''),
        collections: config.collections,
        campaignIds: [campaign.id],
        basePath: `campaigns/${encodeURIComponent(String(campaign.slug))}`,
      },
      file,
    )
  },
})

/** The campaign routes come first; each path names its file, so other /feeds/* paths pass by. */
export const createFeedEndpoints = (config: SanitizedChannelPublishingConfig): Endpoint[] => {
  const files = Object.keys(FEED_FORMATS) as FeedFile[]
  return [
    ...(config.campaignsSlug ? files.map((file) => campaignFeed(config, file)) : []),
    ...files.map((file) => channelFeed(config, file)),
    ...createKindFeedEndpoints(config),
  ]
}
