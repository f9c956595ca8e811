/**
 * Workshops of the campaign that start inside the window, and their registrations (the
 * workshops plugin's ledger): held, registered, attended, fill.
 */
import type { Where } from 'payload'

import type { ComputedMetric, Id, MetricContext, WorkshopLine } from '../types.js'

import { countWhere, forEachMatching, groupCount, idOf } from '../utilities/aggregate.js'
import { hasCollection } from '../utilities/schema.js'
import { inCampaign, within } from '../utilities/where.js'

const ID_CHUNK = 500

const publishedWorkshopsStartingInWindow = (ctx: MetricContext): Where => ({
  and: [inCampaign(ctx.campaignId), { _status: { equals: 'published' } }, ...within('startsAt', ctx.window)],
})

const heldBy = (ctx: MetricContext, startsAt: unknown): boolean => typeof startsAt === 'string' && new Date(startsAt).getTime() <= ctx.now.getTime()

const workshopIdsCache = new WeakMap<MetricContext, Promise<Id[]>>()

/** Ids of the published workshops starting in the window (a campaign holds tens of them). */
const workshopIds = (ctx: MetricContext): Promise<Id[]> => {
  let ids = workshopIdsCache.get(ctx)
  if (!ids) {
    ids = (async () => {
      const found: Id[] = []
      await forEachMatching(
        { collection: ctx.cfg.workshopsSlug, req: ctx.req, select: { updatedAt: true }, where: publishedWorkshopsStartingInWindow(ctx) },
        (doc) => {
          const id = idOf(doc.id)
          if (id !== undefined) found.push(id)
        },
      )
      return found
    })()
    workshopIdsCache.set(ctx, ids)
  }
  return ids
}

/** Registrations of those workshops with one of `statuses`. */
const countRegistrations = async (ctx: MetricContext, statuses: string[]): Promise<number> => {
  if (!hasCollection(ctx.req.payload, ctx.cfg.registrationsSlug)) return 0
  const ids = await workshopIds(ctx)
  let total = 0
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    total += await countWhere({
      collection: ctx.cfg.registrationsSlug,
      req: ctx.req,
      where: { and: [{ workshop: { in: ids.slice(start, start + ID_CHUNK) } }, { status: { in: statuses } }] },
    })
  }
  return total
}

export const workshopsHeld: ComputedMetric = {
  key: 'workshopsHeld',
  label: { vi: 'Hội thảo, tập huấn đã tổ chức', en: 'Workshops held' },
  compute: (ctx) =>
    countWhere({
      collection: ctx.cfg.workshopsSlug,
      req: ctx.req,
      where: { and: [publishedWorkshopsStartingInWindow(ctx), { startsAt: { less_than_equal: ctx.now.toISOString() } }] },
    }),
}

export const registrations: ComputedMetric = {
  key: 'registrations',
  label: { vi: 'Lượt đăng ký tham dự (đã xác nhận)', en: 'Registrations (confirmed)' },
  compute: (ctx) => countRegistrations(ctx, ['confirmed', 'attended']),
}

export const attendance: ComputedMetric = {
  key: 'attendance',
  label: { vi: 'Người tham dự thực tế', en: 'Attendance' },
  compute: (ctx) => countRegistrations(ctx, ['attended']),
}

/** One line per workshop with its registrations by status, and the totals and rates. */
export const workshopSummary = async (ctx: MetricContext) => {
  const lines: WorkshopLine[] = []
  await forEachMatching(
    {
      collection: ctx.cfg.workshopsSlug,
      req: ctx.req,
      select: { title: true, startsAt: true, endsAt: true, venue: true, capacity: true },
      sort: 'startsAt',
      where: publishedWorkshopsStartingInWindow(ctx),
    },
    (doc) => {
      const id = idOf(doc.id)
      if (id === undefined) return
      lines.push({
        attended: 0,
        cancelled: 0,
        capacity: typeof doc.capacity === 'number' ? doc.capacity : null,
        confirmed: 0,
        endsAt: typeof doc.endsAt === 'string' ? doc.endsAt : null,
        id,
        isHeld: heldBy(ctx, doc.startsAt),
        isPublished: true,
        startsAt: String(doc.startsAt),
        title: String(doc.title ?? ''),
        venue: String(doc.venue ?? ''),
        waitlisted: 0,
      })
    },
  )
  if (hasCollection(ctx.req.payload, ctx.cfg.registrationsSlug)) {
    const byId = new Map(lines.map((line) => [String(line.id), line]))
    const ids = lines.map((line) => line.id)
    for (let start = 0; start < ids.length; start += ID_CHUNK) {
      const tally = await groupCount({
        collection: ctx.cfg.registrationsSlug,
        groupBy: [{ path: 'workshop' }, { path: 'status' }],
        req: ctx.req,
        where: { workshop: { in: ids.slice(start, start + ID_CHUNK) } },
      })
      for (const [key, count] of tally) {
        const [workshopId, status] = key.split('|')
        const line = byId.get(workshopId)
        if (line && (status === 'confirmed' || status === 'waitlisted' || status === 'cancelled' || status === 'attended')) line[status] += count
      }
    }
  }
  const sum = (pick: (line: WorkshopLine) => number) => lines.reduce((total, line) => total + pick(line), 0)
  const withCapacity = lines.filter((line) => line.capacity)
  const capacity = sum((line) => line.capacity ?? 0)
  const seatsTaken = withCapacity.reduce((total, line) => total + line.confirmed + line.attended, 0)
  const held = lines.filter((line) => line.isHeld)
  const expectedAtHeld = held.reduce((total, line) => total + line.confirmed + line.attended, 0)
  const attendedAtHeld = held.reduce((total, line) => total + line.attended, 0)
  const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0)
  return {
    attendanceRate: percent(attendedAtHeld, expectedAtHeld),
    attended: sum((line) => line.attended),
    capacity,
    count: lines.length,
    fillRate: percent(seatsTaken, capacity),
    held: held.length,
    lines,
    registered: sum((line) => line.confirmed + line.attended),
    waitlisted: sum((line) => line.waitlisted),
  }
}
