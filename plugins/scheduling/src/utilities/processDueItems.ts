import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Id, SanitizedSchedulingConfig, ScheduledAction } from '../types.js'

import { formatVietnameseDateTime, idOf } from '@loa/helpers'
import { PUBLISH_AT_FIELD, PUBLISH_AT_SET_BY_FIELD, UNPUBLISH_AT_FIELD, UNPUBLISH_AT_SET_BY_FIELD } from '../defaults.js'
import { cachedSetterLoader, confirmScheduleAuthority } from './confirmScheduleAuthority.js'
import { readPath, timeOf } from './paths.js'
import { claimedKeysAmong, claimKeyFor, releaseClaim, writeRun } from './scheduleRuns.js'

/** Set on the scheduler's writes, so hooks can tell them from a person's. */
export const SCHEDULER_CONTEXT = 'schedulingRun'

export type ItemRef = { collection: string; id: Id }

export type ProcessDueItemsResult = {
  published: ItemRef[]
  unpublished: ItemRef[]
  /** Refused by the review gate (approvals no longer stand…) or skipped because their window had passed. */
  refused: Array<ItemRef & { reason: string }>
  /** Left to another worker that claimed them first. */
  claimedElsewhere: number
  /** Failed for a passing reason (database, network); tried again on the next run. */
  failed: number
}

type Due = ItemRef & {
  action: ScheduledAction
  dueAt: Date
  unpublishAt?: number
  /** The item as found (its latest version to publish, its live one to unpublish). */
  doc: Record<string, unknown>
  /** Who set the time that fell due. */
  setBy?: Id
}

/** A refusal the gate decided (bad transition, four-eyes, approvals missing, gone), not a passing failure. */
const isRefusal = (err: unknown): err is APIError => err instanceof APIError && [400, 403, 404, 409].includes((err as APIError & { status: number }).status)

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err))

/** What waits to go live: with a review stage, items at `scheduled`; without one, any latest version still a draft. */
const waitingToPublish = (cfg: SanitizedSchedulingConfig): Where =>
  cfg.stagePath ? { [cfg.stagePath]: { equals: 'scheduled' } } : { _status: { equals: 'draft' } }

/** Due items fetched per query: a burst is read a page at a time, never all at once. */
const DUE_BATCH_SIZE = 100

const findDue = async ({ cfg, limit, now, payload }: { cfg: SanitizedSchedulingConfig; limit: number; now: Date; payload: Payload }): Promise<Due[]> => {
  const due: Due[] = []
  const nowIso = now.toISOString()
  for (const collection of cfg.collections) {
    // The stage lives on the latest version (a draft), so the publish side reads drafts…
    const toPublish = await payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      draft: true,
      limit,
      overrideAccess: true,
      pagination: false,
      sort: PUBLISH_AT_FIELD,
      where: { and: [waitingToPublish(cfg), { [PUBLISH_AT_FIELD]: { less_than_equal: nowIso } }] } as Where,
    })
    for (const doc of toPublish.docs as unknown as Array<Record<string, unknown> & { id: Id }>) {
      const publishAt = timeOf(doc[PUBLISH_AT_FIELD])
      if (publishAt === undefined || (cfg.stagePath && readPath(doc, cfg.stagePath) !== 'scheduled')) continue
      due.push({
        action: 'publish',
        collection,
        doc,
        dueAt: new Date(publishAt),
        id: doc.id,
        setBy: idOf(doc[PUBLISH_AT_SET_BY_FIELD]),
        unpublishAt: timeOf(doc[UNPUBLISH_AT_FIELD]),
      })
    }
    // …while the unpublish side reads the live documents: a pending draft does not keep a live item up.
    const toUnpublish = await payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      draft: false,
      limit,
      overrideAccess: true,
      pagination: false,
      sort: UNPUBLISH_AT_FIELD,
      where: { and: [{ _status: { equals: 'published' } }, { [UNPUBLISH_AT_FIELD]: { less_than_equal: nowIso } }] },
    })
    for (const doc of toUnpublish.docs as unknown as Array<Record<string, unknown> & { id: Id }>) {
      const unpublishAt = timeOf(doc[UNPUBLISH_AT_FIELD])
      if (unpublishAt === undefined) continue
      due.push({ action: 'unpublish', collection, doc, dueAt: new Date(unpublishAt), id: doc.id, setBy: idOf(doc[UNPUBLISH_AT_SET_BY_FIELD]) })
    }
  }
  // Publishes before unpublishes, each in the order they fell due.
  return due.sort((a, b) => (a.action === b.action ? a.dueAt.getTime() - b.dueAt.getTime() : a.action === 'publish' ? -1 : 1))
}

/** A pass following the clock waits for an item falling due this soon rather than leave it to the next run. */
const LOOKAHEAD_MS = 1000
/**
 * A pass following the clock takes no new page after this long: the job runner starts nothing
 * else (deliveries, e-mails) until a pass ends, so a long burst is worked in passes of this size.
 */
const MAX_PASS_MS = 10_000

/** When the next scheduled action after `after` falls due, if any. */
const nextDueAt = async ({ after, cfg, payload }: { after: Date; cfg: SanitizedSchedulingConfig; payload: Payload }): Promise<number | undefined> => {
  const afterIso = after.toISOString()
  const times: number[] = []
  for (const collection of cfg.collections) {
    const [toPublish, toUnpublish] = await Promise.all([
      payload.find({
        collection: collection as CollectionSlug,
        depth: 0,
        draft: true,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        select: { [PUBLISH_AT_FIELD]: true } as never,
        sort: PUBLISH_AT_FIELD,
        where: { and: [waitingToPublish(cfg), { [PUBLISH_AT_FIELD]: { greater_than: afterIso } }] } as Where,
      }),
      payload.find({
        collection: collection as CollectionSlug,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        select: { [UNPUBLISH_AT_FIELD]: true } as never,
        sort: UNPUBLISH_AT_FIELD,
        where: { and: [{ _status: { equals: 'published' } }, { [UNPUBLISH_AT_FIELD]: { greater_than: afterIso } }] },
      }),
    ])
    for (const doc of [...toPublish.docs, ...toUnpublish.docs] as unknown as Array<Record<string, unknown>>) {
      const at = timeOf(doc[PUBLISH_AT_FIELD]) ?? timeOf(doc[UNPUBLISH_AT_FIELD])
      if (at !== undefined) times.push(at)
    }
  }
  return times.length ? Math.min(...times) : undefined
}

/**
 * Claim keys some sweep of this process is working on right now. A sweep started while an
 * earlier one still runs (the worker's next second, the web server's in-process runner) leaves
 * them to it instead of racing it for the same claims.
 */
const inFlightByPayload = new WeakMap<Payload, Set<string>>()
const inFlightOf = (payload: Payload): Set<string> => {
  let keys = inFlightByPayload.get(payload)
  if (!keys) {
    keys = new Set()
    inFlightByPayload.set(payload, keys)
  }
  return keys
}

const newItemRequest = async (payload: Payload, parent?: PayloadRequest): Promise<PayloadRequest> =>
  createLocalReq({ context: { ...(parent?.context ?? {}), [SCHEDULER_CONTEXT]: true } }, payload)

/** Records a refusal under the claim key so the same due time is not tried again every second. */
const recordRefusal = async ({
  cfg,
  claimKey,
  item,
  now,
  payload,
  reason,
}: {
  cfg: SanitizedSchedulingConfig
  claimKey: string
  item: Due
  now: Date
  payload: Payload
  reason: string
}) => {
  const req = await newItemRequest(payload)
  const shouldCommit = await initTransaction(req)
  try {
    await writeRun({ cfg, record: { ...item, claimKey, note: reason, ranAt: now, status: 'refused' }, req })
    if (shouldCommit) await commitTransaction(req)
  } catch {
    // Another worker recorded the same outcome first.
    await killTransaction(req)
  }
}

type Taken = { claimKey: string; item: Due }

/**
 * Publishes every scheduled item whose publishAt has come and unpublishes every live item whose
 * unpublishAt has come, each exactly once however many workers run this at the same time, and
 * only when the time was set by someone who may (still) schedule the item.
 *
 * Each item gets its own transaction that first inserts the run row with a unique claim key and
 * then acts through the review gate. A second worker's insert of the same key waits for the
 * first transaction and fails once it commits (or succeeds if it rolled back), so one publish
 * is never done twice and never lost. After downtime everything that fell due meanwhile is
 * found by the same query: catch-up needs no special case.
 *
 * Under a burst: due items are read a page at a time with one look at the runs log per page
 * (claimed elsewhere or not), setters are read once per pass, and a pass that follows the
 * clock (no `now`) looks again for what fell due while it worked before it ends, and waits for
 * what falls due within the next second, so an item due during a long pass is started then,
 * not after the pass and the next cron tick. Items
 * are worked one after another: on SQLite every write transaction waits for the one before it
 * anyway, and two transactions open at once in one task's request scope would be pinned to or
 * refused by the host's transaction tracking; more throughput comes from more workers, which
 * share the burst through the claims. A sweep that starts while another in this process is
 * still running skips the items that one holds.
 */
export const processDueItems = async ({
  cfg,
  now,
  payload,
  req: parentReq,
}: {
  cfg: SanitizedSchedulingConfig
  /** The moment to act as of (tests inject it); without it the pass follows the clock. */
  now?: Date
  payload: Payload
  req?: PayloadRequest
}): Promise<ProcessDueItemsResult> => {
  const result: ProcessDueItemsResult = { claimedElsewhere: 0, failed: 0, published: [], refused: [], unpublished: [] }
  if (cfg.disabled) return result

  const inFlight = inFlightOf(payload)
  // Claim keys this pass has dealt with in any way (done, refused, failed, claimed elsewhere):
  // a failed item waits for the next pass rather than being retried in a loop.
  const seen = new Set<string>()
  const loadSetter = cachedSetterLoader({ cfg, req: await newItemRequest(payload, parentReq) })

  /** The next page of due items no one in this process holds; empty when there is none. */
  const takeDue = async (): Promise<Taken[]> => {
    const asOf = now ?? new Date()
    // Past the items this pass has already seen (still due when they failed or were refused).
    const found = await findDue({ cfg, limit: DUE_BATCH_SIZE + seen.size, now: asOf, payload })
    const fresh = found.map((item) => ({ claimKey: claimKeyFor(item), item })).filter(({ claimKey }) => !seen.has(claimKey) && !inFlight.has(claimKey))
    const claimed = await claimedKeysAmong({ cfg, claimKeys: fresh.map(({ claimKey }) => claimKey), payload })
    const taken: Taken[] = []
    for (const entry of fresh) {
      seen.add(entry.claimKey)
      if (claimed.has(entry.claimKey)) {
        result.claimedElsewhere += 1
        continue
      }
      inFlight.add(entry.claimKey)
      taken.push(entry)
    }
    return taken
  }

  const processOne = async ({ claimKey, item }: Taken): Promise<void> => {
    const ref = { collection: item.collection, id: item.id }
    const asOf = now ?? new Date()
    // An item whose unpublish time passed while it waited (downtime) is not put up for nothing.
    if (item.action === 'publish' && item.unpublishAt !== undefined && item.unpublishAt <= asOf.getTime()) {
      const reason =
        `Không xuất bản: giờ gỡ bài ${formatVietnameseDateTime(item.unpublishAt, cfg.timeZone)} đã qua — ` + 'not published: its unpublishAt has already passed'
      await recordRefusal({ cfg, claimKey, item, now: asOf, payload, reason })
      result.refused.push({ ...ref, reason })
      return
    }

    const req = await newItemRequest(payload, parentReq)
    const shouldCommit = await initTransaction(req)
    let claimId: Id
    try {
      claimId = (await writeRun({ cfg, record: { ...item, claimKey, ranAt: asOf, status: 'done' }, req })).id as Id
    } catch {
      await killTransaction(req)
      result.claimedElsewhere += 1
      return
    }

    try {
      const scheduledBy = await confirmScheduleAuthority({ action: item.action, cfg, doc: item.doc, loadSetter, req, setBy: item.setBy })
      await cfg.performAction({ action: item.action, collection: item.collection, id: item.id, req, scheduledBy })
      if (shouldCommit) await commitTransaction(req)
      result[item.action === 'publish' ? 'published' : 'unpublished'].push(ref)
    } catch (err) {
      await killTransaction(req)
      // Without a transaction (standalone MongoDB) the claim outlived the failed action: give it back.
      if (!shouldCommit) await releaseClaim({ cfg, id: claimId, payload })
      if (isRefusal(err)) {
        const reason = messageOf(err)
        await recordRefusal({ cfg, claimKey, item, now: asOf, payload, reason })
        result.refused.push({ ...ref, reason })
        payload.logger.warn({ msg: `[scheduling] ${item.action} of ${item.collection}/${item.id} refused by the review gate`, reason })
      } else {
        result.failed += 1
        payload.logger.error({ err, msg: `[scheduling] ${item.action} of ${item.collection}/${item.id} failed; retried on the next run` })
      }
    }
  }

  // Items that fall due while a page is worked on are due later than all of it (the page is
  // what was due when it was read, in due order): the next page picks them up. Following the
  // clock, an item due within the next second is waited for, so a burst is worked through as
  // it falls due instead of a second at a time.
  const startedAt = Date.now()
  const isPassOver = () => now === undefined && Date.now() - startedAt > MAX_PASS_MS
  while (!isPassOver()) {
    const page = await takeDue()
    if (page.length === 0) {
      if (now !== undefined) break
      const next = await nextDueAt({ after: new Date(), cfg, payload })
      if (next === undefined || next - Date.now() > LOOKAHEAD_MS) break
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())))
      continue
    }
    try {
      for (const taken of page) {
        if (isPassOver()) break
        await processOne(taken)
        inFlight.delete(taken.claimKey)
      }
    } finally {
      // Whatever ended the page, what it did not reach is free for the next pass.
      for (const taken of page) inFlight.delete(taken.claimKey)
    }
  }
  return result
}
