import fs from 'node:fs/promises'
import path from 'node:path'

import type { AdapterResult } from '../types.js'
import type { AdapterArgs, ChannelAdapter } from './types.js'

import { classifyHttp, sendRequest } from './http.js'

type WordPressPost = { id?: number; link?: string }

const apiBase = (endpoint: string) => `${endpoint.replace(/\/+$/, '')}/wp-json/wp/v2`

/** WordPress wants the GMT date without a zone suffix. */
const wordpressGmt = (iso: string) => new Date(iso).toISOString().slice(0, 19)

const readHeroImage = async ({ delivery, payload, timeoutMs }: AdapterArgs): Promise<Buffer | undefined> => {
  const hero = delivery.snapshot.heroImage
  if (!hero) return undefined
  const staticDir = (payload.collections as Record<string, { config: { upload?: { staticDir?: string } } }>).media?.config.upload?.staticDir
  if (staticDir && hero.filename) {
    const file = path.resolve(staticDir, path.basename(hero.filename))
    const bytes = await fs.readFile(file).catch(() => undefined)
    if (bytes) return bytes
  }
  const response = await fetch(hero.url, { signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined)
  return response?.ok ? Buffer.from(await response.arrayBuffer()) : undefined
}

/**
 * Posts through the WordPress REST API v2 with an application password: creates the post on
 * publish, updates the same remote post on update (never a second one), moves it to the trash
 * on retract. The hero image goes to the media library once and becomes the featured image.
 */
export const deliverWordPress: ChannelAdapter = async (args) => {
  const { channel, delivery, previous, resolveHost, timeoutMs } = args
  const limits = { resolveHost, timeoutMs }
  if (!channel.endpoint || !channel.username || !channel.applicationPassword) {
    return { isOk: false, isRetryable: false, error: 'channel has no endpoint, username or application password' }
  }
  const base = apiBase(channel.endpoint)
  const authorization = `Basic ${Buffer.from(`${channel.username}:${channel.applicationPassword.replace(/\s+/g, '')}`).toString('base64')}`
  const remoteId = previous?.remoteId ?? undefined

  if (delivery.action === 'retract') {
    if (!remoteId) return { isOk: true, note: 'nothing to retract' }
    const outcome = await sendRequest(`${base}/posts/${encodeURIComponent(remoteId)}`, { method: 'DELETE', headers: { authorization } }, limits)
    // Already trashed or already gone both leave the portal without the item.
    if (!('error' in outcome) && (outcome.status === 404 || outcome.status === 410))
      return { isOk: true, remoteId, remoteUrl: previous?.remoteUrl ?? undefined }
    return classifyHttp(outcome, () => ({ isOk: true, remoteId, remoteUrl: previous?.remoteUrl ?? undefined }))
  }

  const item = delivery.snapshot
  let featuredMedia: string | undefined
  if (item.heroImage) {
    if (previous?.remoteMediaId && String(previous.heroImageId) === String(item.heroImage.id)) {
      featuredMedia = previous.remoteMediaId
    } else {
      const bytes = await readHeroImage(args)
      if (bytes) {
        const filename = path.basename(item.heroImage.filename || 'hero.jpg').replace(/[^\w.-]/g, '_')
        const uploaded = await sendRequest(
          `${base}/media`,
          {
            method: 'POST',
            body: new Uint8Array(bytes),
            headers: { authorization, 'content-type': item.heroImage.mimeType, 'content-disposition': `attachment; filename="${filename}"` },
          },
          limits,
        )
        const mediaResult: AdapterResult = classifyHttp(uploaded, (json) => ({ isOk: true, remoteId: String((json as WordPressPost | undefined)?.id ?? '') }))
        if (!mediaResult.isOk) return { ...mediaResult, error: `media upload: ${mediaResult.error}` }
        featuredMedia = mediaResult.remoteId || undefined
        if (featuredMedia) {
          await sendRequest(
            `${base}/media/${featuredMedia}`,
            { method: 'POST', body: JSON.stringify({ alt_text: item.heroImage.alt }), headers: { authorization, 'content-type': 'application/json' } },
            limits,
          )
        }
      }
    }
  }

  const post = {
    title: item.title,
    excerpt: item.summary,
    content: item.html,
    slug: item.slug,
    status: 'publish',
    date_gmt: wordpressGmt(item.publishedAt),
    ...(featuredMedia ? { featured_media: Number(featuredMedia) } : {}),
  }
  const send = (url: string) =>
    sendRequest(url, { method: 'POST', body: JSON.stringify(post), headers: { authorization, 'content-type': 'application/json' } }, limits)
  const toResult = (json: unknown) => {
    const answer = (json ?? {}) as WordPressPost
    return { isOk: true as const, remoteId: answer.id !== undefined ? String(answer.id) : undefined, remoteUrl: answer.link, remoteMediaId: featuredMedia }
  }

  if (remoteId) {
    const updated = await send(`${base}/posts/${encodeURIComponent(remoteId)}`)
    // Deleted for good on the portal: publish it again as a new post.
    if ('error' in updated || updated.status !== 404) return { ...classifyHttp(updated, toResult), remoteMediaId: featuredMedia }
  }
  return { ...classifyHttp(await send(`${base}/posts`), toResult), remoteMediaId: featuredMedia }
}
