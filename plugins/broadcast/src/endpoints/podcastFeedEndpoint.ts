import type { Endpoint, PayloadRequest, Where } from 'payload'

import { formatVietnameseDateTime } from '@loa/helpers'

import type { BulletinValue, Id, SanitizedBroadcastConfig } from '../types.js'

import { signedAudioUrl } from '../contract/signedAudioLink.js'
import { publicBaseUrl } from '../contract/radioMessageFor.js'
import { BULLETIN_FIELD_NAME } from '../fields/bulletinField.js'
import { escapeXml } from '../utilities/escapeXml.js'
import { findAudio } from '../utilities/findAudio.js'
import { relationId } from '../utilities/relationId.js'

export const PODCAST_FEED_PATH = '/broadcast/podcast.xml'

/** How many bulletins the feed lists, newest first. */
const FEED_SIZE = 50

const PRIORITY_WORDS = { ordinary: 'Thường', priority: 'Ưu tiên', emergency: 'Khẩn cấp' } as const

type ItemDoc = { id: Id; title?: string | null; updatedAt: string; [BULLETIN_FIELD_NAME]?: BulletinValue }
type AudioDoc = { id: Id; mimeType?: string | null; filesize?: number | null; durationSeconds?: number | null; sha256?: string | null }

const clock = (seconds: number): string => {
  const whole = Math.max(0, Math.round(seconds))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`
}

/**
 * Which bulletins a feed lists: per collection, a host's own condition (a channel's content
 * types and campaigns, say), or `false` to leave the collection out.
 */
export type PodcastScope = { whereFor?: (collection: string) => false | Where | undefined }

const publishedItems = async (cfg: SanitizedBroadcastConfig, req: PayloadRequest, scope: PodcastScope) => {
  const items: { collection: string; doc: ItemDoc }[] = []
  for (const slug of cfg.collections) {
    const scoped = scope.whereFor ? scope.whereFor(slug) : undefined
    if (scoped === false) continue
    const hasDrafts = Boolean(req.payload.collections[slug]?.config.versions?.drafts)
    const { docs } = await req.payload.find({
      collection: slug,
      where: {
        and: [
          { [`${BULLETIN_FIELD_NAME}.audio`]: { exists: true } },
          ...(hasDrafts ? [{ _status: { equals: 'published' } }] : []),
          ...(scoped ? [scoped] : []),
        ],
      },
      sort: '-updatedAt',
      limit: FEED_SIZE,
      depth: 0,
      req,
      overrideAccess: true,
    })
    items.push(...(docs as unknown as ItemDoc[]).map((doc) => ({ collection: slug, doc })))
  }
  return items.sort((a, b) => b.doc.updatedAt.localeCompare(a.doc.updatedAt)).slice(0, FEED_SIZE)
}

/**
 * The published bulletins as a podcast (RSS 2.0 with iTunes tags) for radio systems that poll:
 * an enclosure per bulletin with its byte length and a signed audio link, `itunes:duration`,
 * and the date as Vietnamese portals print it. A host serves one per radio channel with the
 * channel's scope; the plugin's own endpoint serves every bulletin.
 */
export const renderPodcastFeed = async ({
  cfg,
  req,
  scope = {},
  title = 'Bản tin phát thanh',
}: {
  cfg: SanitizedBroadcastConfig
  req: PayloadRequest
  scope?: PodcastScope
  title?: string
}): Promise<Response> => {
  const baseUrl = publicBaseUrl(cfg, req)
  const entries: string[] = []
  for (const { collection, doc } of await publishedItems(cfg, req, scope)) {
    const bulletin = doc[BULLETIN_FIELD_NAME] ?? {}
    const audioId = relationId(bulletin.audio)
    if (audioId === null) continue
    const audio = await findAudio<AudioDoc>({ cfg, id: audioId, req })
    if (!audio) continue
    const url = signedAudioUrl({ baseUrl, id: audio.id, secret: req.payload.secret, ttlSeconds: cfg.feedLinkTtlSeconds })
    const priority = PRIORITY_WORDS[bulletin.priority ?? 'ordinary']
    entries.push(
      [
        '<item>',
        `<title>${escapeXml(doc.title ?? `${collection} ${doc.id}`)}</title>`,
        `<guid isPermaLink="false">${escapeXml(`${collection}:${doc.id}:${audio.sha256 ?? audio.id}`)}</guid>`,
        `<pubDate>${new Date(doc.updatedAt).toUTCString()}</pubDate>`,
        `<description>${escapeXml(`${formatVietnameseDateTime(doc.updatedAt)} · Mức ưu tiên: ${priority}`)}</description>`,
        `<enclosure url="${escapeXml(url)}" length="${audio.filesize ?? 0}" type="${escapeXml(audio.mimeType ?? 'audio/mpeg')}"/>`,
        `<itunes:duration>${clock(audio.durationSeconds ?? 0)}</itunes:duration>`,
        '</item>',
      ].join(''),
    )
  }
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">',
    '<channel>',
    `<title>${escapeXml(title)}</title>`,
    `<link>${escapeXml(baseUrl || '/')}</link>`,
    '<description>Bản tin cho hệ thống truyền thanh cơ sở / Bulletins for commune radio</description>',
    '<language>vi</language>',
    ...entries,
    '</channel>',
    '</rss>',
  ].join('\n')
  return new Response(xml, { status: 200, headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' } })
}

/** GET /api/broadcast/podcast.xml — every published bulletin (see `renderPodcastFeed`). */
export const podcastFeedEndpoint = (cfg: SanitizedBroadcastConfig): Endpoint => ({
  path: PODCAST_FEED_PATH,
  method: 'get',
  handler: (req) => renderPodcastFeed({ cfg, req }),
})
