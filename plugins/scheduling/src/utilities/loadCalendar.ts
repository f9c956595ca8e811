import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { Id, SanitizedSchedulingConfig } from '../types.js'

import { PUBLISH_AT_FIELD, UNPUBLISH_AT_FIELD } from '../defaults.js'
import { idOf } from '@loa/helpers'
import { readPath, timeOf } from './paths.js'

/**
 * What one calendar line is about:
 * - `scheduled`: an approved item that goes live at `at` (staff only);
 * - `published`: a live item, when it went public (`publishedAtFields`, then publishAt, then
 *   when it was last changed if it has none of them);
 * - `unpublish`: a live or scheduled item that comes down at `at`;
 * - `workshop`: a workshop session, from `at` to `end`.
 */
export type CalendarEntryKind = 'published' | 'scheduled' | 'unpublish' | 'workshop'

export type CalendarEntry = {
  /** Stable within a response: `{collection}:{id}:{kind}`. */
  key: string
  kind: CalendarEntryKind
  collection: string
  id: Id
  title: string
  /** ISO instant (UTC). */
  at: string
  /** ISO instant (UTC), workshops only. */
  end?: string
  campaign?: { id: Id; name?: string }
  /** Workflow stage of the version the entry was read from (staff only). */
  stage?: string
  /** Where staff edit the item in the admin. */
  adminUrl: string
  /** Where the public reads it, for live items. */
  publicUrl?: string
}

export type CalendarData = {
  from: string
  to: string
  timeZone: string
  campaign?: Id
  /** Whether scheduled (not yet public) items were included: only for signed-in staff. */
  includesScheduled: boolean
  entries: CalendarEntry[]
}

type Doc = Record<string, unknown> & { id: Id; updatedAt?: string; slug?: string; title?: string }

const inRange = (field: string, from: Date, to: Date): Where => ({
  and: [{ [field]: { greater_than_equal: from.toISOString() } }, { [field]: { less_than: to.toISOString() } }],
})

/**
 * The calendar between `from` (inclusive) and `to` (exclusive), read as the request's user:
 * anonymous readers get live items and published workshops only (the collections' own read
 * access says so too); campaign members, managers and admins also get the scheduled items of
 * the campaigns they may read. Shared by GET /api/calendar and the admin calendar view.
 */
export const loadCalendar = async ({
  campaign,
  cfg,
  from,
  req,
  to,
}: {
  campaign?: Id
  cfg: SanitizedSchedulingConfig
  from: Date
  req: PayloadRequest
  to: Date
}): Promise<CalendarData> => {
  const { payload } = req
  const includesScheduled = Boolean(req.user)
  const adminRoute = payload.config.routes.admin
  const serverURL = payload.config.serverURL?.replace(/\/$/, '') ?? ''
  const byCampaign: Where[] = campaign === undefined || !cfg.campaignsCollection ? [] : [{ [cfg.campaignField]: { equals: campaign } }]
  const entries = new Map<string, CalendarEntry>()

  const add = (collection: string, doc: Doc, kind: CalendarEntryKind, at: number | undefined, extra: Partial<CalendarEntry> = {}) => {
    if (at === undefined) return
    const key = `${collection}:${doc.id}:${kind}`
    if (entries.has(key)) return
    const campaignId = idOf(doc[cfg.campaignField])
    entries.set(key, {
      key,
      kind,
      collection,
      id: doc.id,
      title: typeof doc.title === 'string' ? doc.title : String(doc.id),
      at: new Date(at).toISOString(),
      campaign: campaignId === undefined ? undefined : { id: campaignId },
      adminUrl: `${adminRoute}/collections/${collection}/${doc.id}`,
      ...extra,
    })
  }

  const read = (collection: string, where: Where, draft: boolean) =>
    payload
      .find({
        collection: collection as CollectionSlug,
        depth: 0,
        draft,
        limit: 500,
        overrideAccess: false,
        req,
        sort: '-updatedAt',
        user: req.user,
        where: { and: [...byCampaign, where] },
      })
      .then(({ docs }) => docs as unknown as Doc[])

  const isWorkshops = (collection: string) => collection === cfg.workshopsCollection
  const publicUrlOf = (collection: string, doc: Doc) => (serverURL ? `${serverURL}/${collection}/${doc.slug ?? doc.id}` : undefined)

  // When a live item went public: the first of these it has (updatedAt when it has none).
  const publishedAtFields = [...cfg.publishedAtFields, PUBLISH_AT_FIELD]
  const isMissing = (field: string): Where => ({ [field]: { exists: false } })
  const publishedInRange: Where[] = [
    ...publishedAtFields.map((field, index) => ({ and: [...publishedAtFields.slice(0, index).map(isMissing), inRange(field, from, to)] })),
    { and: [...publishedAtFields.map(isMissing), inRange('updatedAt', from, to)] },
  ]
  const publishedAtOf = (doc: Doc) => publishedAtFields.map((field) => timeOf(doc[field])).find((time) => time !== undefined) ?? timeOf(doc.updatedAt)

  for (const collection of cfg.collections) {
    const live = await read(
      collection,
      {
        and: [
          { _status: { equals: 'published' } },
          {
            or: [...publishedInRange, inRange(UNPUBLISH_AT_FIELD, from, to), ...(isWorkshops(collection) ? [inRange('startsAt', from, to)] : [])],
          },
        ],
      },
      false,
    )
    for (const doc of live) {
      const publishedAt = publishedAtOf(doc)
      const stage = includesScheduled && cfg.stagePath ? (readPath(doc, cfg.stagePath) as string | undefined) : undefined
      const extra = { publicUrl: publicUrlOf(collection, doc), stage }
      if (publishedAt !== undefined && publishedAt >= from.getTime() && publishedAt < to.getTime()) add(collection, doc, 'published', publishedAt, extra)
      const unpublishAt = timeOf(doc[UNPUBLISH_AT_FIELD])
      if (unpublishAt !== undefined && unpublishAt >= from.getTime() && unpublishAt < to.getTime()) add(collection, doc, 'unpublish', unpublishAt, extra)
      const startsAt = timeOf(doc.startsAt)
      if (isWorkshops(collection) && startsAt !== undefined && startsAt >= from.getTime() && startsAt < to.getTime()) {
        const endsAt = timeOf(doc.endsAt)
        add(collection, doc, 'workshop', startsAt, { ...extra, end: endsAt === undefined ? undefined : new Date(endsAt).toISOString() })
      }
    }

    if (!includesScheduled) continue
    // Scheduled items: the stage lives on the latest version, read with drafts.
    const scheduled = await read(
      collection,
      {
        and: [
          cfg.stagePath ? { [cfg.stagePath]: { equals: 'scheduled' } } : { _status: { equals: 'draft' } },
          {
            or: [
              inRange(PUBLISH_AT_FIELD, from, to),
              inRange(UNPUBLISH_AT_FIELD, from, to),
              ...(isWorkshops(collection) ? [inRange('startsAt', from, to)] : []),
            ],
          },
        ],
      },
      true,
    )
    for (const doc of scheduled) {
      const extra = { stage: 'scheduled' }
      const publishAt = timeOf(doc[PUBLISH_AT_FIELD])
      if (publishAt !== undefined && publishAt >= from.getTime() && publishAt < to.getTime()) add(collection, doc, 'scheduled', publishAt, extra)
      const unpublishAt = timeOf(doc[UNPUBLISH_AT_FIELD])
      if (unpublishAt !== undefined && unpublishAt >= from.getTime() && unpublishAt < to.getTime()) add(collection, doc, 'unpublish', unpublishAt, extra)
      const startsAt = timeOf(doc.startsAt)
      if (isWorkshops(collection) && startsAt !== undefined && startsAt >= from.getTime() && startsAt < to.getTime()) {
        const endsAt = timeOf(doc.endsAt)
        add(collection, doc, 'workshop', startsAt, { ...extra, end: endsAt === undefined ? undefined : new Date(endsAt).toISOString() })
      }
    }
  }

  const list = [...entries.values()].sort((a, b) => a.at.localeCompare(b.at) || a.title.localeCompare(b.title, 'vi'))
  const campaignIds = [
    ...new Set(
      list
        .map((entry) => entry.campaign?.id)
        .filter((id): id is Id => id !== undefined)
        .map(String),
    ),
  ]
  if (campaignIds.length && cfg.campaignsCollection) {
    // Names only, of campaigns whose items the reader may see anyway.
    const { docs } = await payload.find({
      collection: cfg.campaignsCollection as CollectionSlug,
      depth: 0,
      limit: campaignIds.length,
      overrideAccess: true,
      req,
      select: { name: true },
      where: { id: { in: campaignIds } },
    })
    const names = new Map((docs as Array<{ id: Id; name?: string }>).map((doc) => [String(doc.id), doc.name]))
    for (const entry of list) if (entry.campaign) entry.campaign.name = names.get(String(entry.campaign.id))
  }

  return {
    campaign,
    entries: list,
    from: from.toISOString(),
    includesScheduled,
    timeZone: cfg.timeZone,
    to: to.toISOString(),
  }
}
