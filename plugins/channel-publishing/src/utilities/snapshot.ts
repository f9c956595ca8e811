import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

import type { ItemSnapshot, SanitizedChannelPublishingConfig } from '../types.js'

import { absoluteHttpUrl, lexicalToSafeHtml } from '@loa/helpers/html'
import { idOf } from '@loa/helpers'
import { siteUrlOf } from './siteUrl.js'

type Loose = Record<string, any>

/**
 * The item as channels receive it, read in Vietnamese at depth 1 inside the request's
 * transaction: body as safe HTML, absolute image URL, campaign, topics, audiences, authors.
 */
export const buildSnapshot = async ({
  collection,
  config,
  id,
  req,
}: {
  collection: string
  config: SanitizedChannelPublishingConfig
  id: number | string
  req: PayloadRequest
}): Promise<ItemSnapshot> => {
  const serverURL = siteUrlOf(config, req.payload)
  const doc = (await req.payload.findByID({
    collection: collection as never,
    id,
    depth: 1,
    draft: false,
    locale: 'vi',
    overrideAccess: true,
    req,
  })) as Loose
  const hero = doc.heroImage && typeof doc.heroImage === 'object' ? (doc.heroImage as Loose) : null
  const campaign = doc.campaign && typeof doc.campaign === 'object' ? (doc.campaign as Loose) : null
  const heroUrl = hero ? absoluteHttpUrl(hero.url, serverURL || undefined) : undefined
  return {
    collection,
    id: doc.id,
    title: String(doc.title ?? ''),
    slug: String(doc.slug ?? ''),
    summary: String(doc.summary ?? ''),
    html: lexicalToSafeHtml(doc.body, { baseUrl: serverURL || undefined }),
    publicUrl: config.publicUrl({ collection, serverURL, slug: String(doc.slug ?? doc.id) }),
    publishedAt: String(doc.firstPublishedAt ?? doc.updatedAt ?? doc.createdAt),
    updatedAt: String(doc.updatedAt),
    heroImage:
      hero && heroUrl
        ? {
            id: hero.id,
            url: heroUrl,
            alt: String(hero.alt ?? ''),
            filename: String(hero.filename ?? ''),
            mimeType: String(hero.mimeType ?? 'application/octet-stream'),
            filesize: typeof hero.filesize === 'number' ? hero.filesize : undefined,
          }
        : null,
    campaign: campaign
      ? { id: campaign.id, name: String(campaign.name ?? ''), slug: String(campaign.slug ?? ''), code: String(campaign.code ?? '') }
      : doc.campaign !== undefined && doc.campaign !== null
        ? { id: idOf(doc.campaign) as number | string, name: '', slug: '', code: '' }
        : null,
    topics: Array.isArray(doc.topics) ? doc.topics.map(String) : [],
    audiences: Array.isArray(doc.audiences) ? doc.audiences.map(String) : [],
    authors: Array.isArray(doc.authors)
      ? doc.authors.filter((author: unknown) => author && typeof author === 'object').map((author: Loose) => ({ name: String(author.displayName ?? '') }))
      : [],
  }
}

/** What "changed" means for an update: anything a channel would show, not the save time. */
export const contentHashOf = (snapshot: ItemSnapshot): string => {
  const { updatedAt: _updatedAt, ...content } = snapshot
  return crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex')
}
