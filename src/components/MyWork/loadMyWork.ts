/**
 * What waits for the signed-in user, by role, read as that user (their access decides what
 * they see, so each count is what the REST API would answer them):
 * - a reviewer: items in review, oldest first;
 * - an editor: their drafts and the items sent back to them;
 * - a manager: approved items awaiting publication, and this week's scheduled ones;
 * - a manager or an admin: deliveries that failed or gave up.
 * Admins see every section.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

export const REVIEWED_COLLECTIONS = ['reports', 'features', 'workshops'] as const

export type WorkItem = {
  collection: string
  id: number | string
  title: string
  stage: string
  /** When the item reached its stage (ISO), for "waiting since". */
  since?: string
  /** The scheduled publication time (ISO), for the week's schedule. */
  publishAt?: string
  /** Where the item opens in the admin. */
  href: string
}

export type WorkSection = {
  key: 'changesRequested' | 'drafts' | 'failedDeliveries' | 'inReview' | 'readyToPublish' | 'scheduledThisWeek'
  items: WorkItem[]
  totalDocs: number
}

type Doc = Record<string, unknown> & { id: number | string; title?: string; workflow?: { stage?: string; stageChangedAt?: string; submittedAt?: string } }

const SECTION_LIMIT = 10
const WEEK_MS = 7 * 24 * 60 * 60 * 1000

const rolesOf = (req: PayloadRequest): string[] => ((req.user as { roles?: string[] } | null)?.roles ?? []).map(String)

const readItems = async ({ req, sort, where }: { req: PayloadRequest; sort: string; where: Where }) => {
  const adminRoute = req.payload.config.routes.admin
  let totalDocs = 0
  const items: WorkItem[] = []
  for (const collection of REVIEWED_COLLECTIONS) {
    if (!req.payload.collections[collection as CollectionSlug]) continue
    const result = await req.payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      draft: true,
      limit: SECTION_LIMIT,
      overrideAccess: false,
      req,
      sort,
      user: req.user,
      where,
    })
    totalDocs += result.totalDocs
    for (const doc of result.docs as unknown as Doc[]) {
      items.push({
        collection,
        id: doc.id,
        title: typeof doc.title === 'string' && doc.title ? doc.title : `#${doc.id}`,
        stage: doc.workflow?.stage ?? 'draft',
        since: doc.workflow?.stageChangedAt ?? doc.workflow?.submittedAt ?? (doc.updatedAt as string | undefined),
        publishAt: typeof doc.publishAt === 'string' ? doc.publishAt : undefined,
        href: `${adminRoute}/collections/${collection}/${doc.id}`,
      })
    }
  }
  return { items, totalDocs }
}

const byTime =
  (pick: (item: WorkItem) => string | undefined, direction: 1 | -1) =>
  (a: WorkItem, b: WorkItem): number =>
    direction * (new Date(pick(a) ?? 0).getTime() - new Date(pick(b) ?? 0).getTime())

export const loadMyWork = async (req: PayloadRequest, now = new Date()): Promise<WorkSection[]> => {
  if (!req.user) return []
  const roles = rolesOf(req)
  const isAdmin = roles.includes('admin')
  const has = (role: string) => isAdmin || roles.includes(role)
  const sections: WorkSection[] = []

  if (has('reviewer')) {
    const { items, totalDocs } = await readItems({ req, sort: 'workflow.stageChangedAt', where: { 'workflow.stage': { equals: 'in_review' } } })
    sections.push({ key: 'inReview', items: items.sort(byTime((item) => item.since, 1)), totalDocs })
  }
  if (has('editor')) {
    const mine: Where = { authors: { contains: req.user.id } }
    const sentBack = await readItems({ req, sort: '-updatedAt', where: { and: [mine, { 'workflow.stage': { equals: 'changes_requested' } }] } })
    sections.push({ key: 'changesRequested', items: sentBack.items.sort(byTime((item) => item.since, 1)), totalDocs: sentBack.totalDocs })
    const drafts = await readItems({ req, sort: '-updatedAt', where: { and: [mine, { 'workflow.stage': { equals: 'draft' } }] } })
    sections.push({ key: 'drafts', items: drafts.items.sort(byTime((item) => item.since, -1)), totalDocs: drafts.totalDocs })
  }
  if (has('manager')) {
    const ready = await readItems({ req, sort: 'workflow.stageChangedAt', where: { 'workflow.stage': { equals: 'approved' } } })
    sections.push({ key: 'readyToPublish', items: ready.items.sort(byTime((item) => item.since, 1)), totalDocs: ready.totalDocs })
    const week = await readItems({
      req,
      sort: 'publishAt',
      where: {
        and: [
          { 'workflow.stage': { equals: 'scheduled' } },
          { publishAt: { greater_than_equal: now.toISOString() } },
          { publishAt: { less_than: new Date(now.getTime() + WEEK_MS).toISOString() } },
        ],
      },
    })
    sections.push({ key: 'scheduledThisWeek', items: week.items.sort(byTime((item) => item.publishAt, 1)), totalDocs: week.totalDocs })
  }
  if (has('manager') && req.payload.collections['deliveries' as CollectionSlug]) {
    const failed = await req.payload
      .find({
        collection: 'deliveries' as CollectionSlug,
        depth: 0,
        limit: SECTION_LIMIT,
        overrideAccess: false,
        req,
        sort: '-updatedAt',
        user: req.user,
        where: { status: { in: ['failed', 'dead'] } },
      })
      // A manager whom the deliveries log is closed to simply has no such section.
      .catch(() => undefined)
    if (!failed) return sections
    const adminRoute = req.payload.config.routes.admin
    sections.push({
      key: 'failedDeliveries',
      items: (failed.docs as unknown as Array<Doc & { itemKey?: string; status?: string; updatedAt?: string }>).map((doc) => ({
        collection: 'deliveries',
        id: doc.id,
        title: doc.itemKey ?? `#${doc.id}`,
        stage: doc.status ?? 'failed',
        since: doc.updatedAt,
        href: `${adminRoute}/collections/deliveries/${doc.id}`,
      })),
      totalDocs: failed.totalDocs,
    })
  }
  return sections
}
