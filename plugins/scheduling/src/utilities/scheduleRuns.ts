import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import os from 'node:os'

import type { Id, RecordScheduleOverride, SanitizedSchedulingConfig, ScheduledAction, ScheduleRunStatus } from '../types.js'

import { SCHEDULING_CUSTOM_KEY } from '../defaults.js'

/** Names this process in the runs log (which worker acted). */
export const workerName = (): string => `${os.hostname()}:${process.pid}`

/**
 * The claim key of one scheduled action: the item, what is done to it and when it fell due.
 * A new time is a new key, so a rescheduled item can be acted on again.
 */
export const claimKeyFor = ({ action, collection, dueAt, id }: { action: ScheduledAction; collection: string; dueAt: Date; id: Id }): string =>
  `${collection}:${id}:${action}:${dueAt.toISOString()}`

/**
 * Which of these claim keys already have a run (a cheap look before trying to claim): one
 * query for a whole batch of due items rather than one per item.
 */
export const claimedKeysAmong = async ({
  cfg,
  claimKeys,
  payload,
}: {
  cfg: SanitizedSchedulingConfig
  claimKeys: string[]
  payload: Payload
}): Promise<Set<string>> => {
  if (claimKeys.length === 0) return new Set()
  const { docs } = await payload.find({
    collection: cfg.runsCollection as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { claimKey: true } as never,
    where: { claimKey: { in: claimKeys } },
  })
  return new Set((docs as Array<{ claimKey?: string | null }>).map((doc) => doc.claimKey).filter((key): key is string => Boolean(key)))
}

export type RunRecord = {
  action: ScheduledAction
  claimKey?: string | null
  collection: string
  dueAt?: Date | null
  id: Id
  note?: string | null
  ranAt: Date
  status: ScheduleRunStatus
}

/** Writes one run row inside `req`'s transaction; throws when the claim key is taken. */
export const writeRun = async ({ cfg, record, req }: { cfg: SanitizedSchedulingConfig; record: RunRecord; req: PayloadRequest }) =>
  req.payload.create({
    collection: cfg.runsCollection as CollectionSlug,
    data: {
      action: record.action,
      claimKey: record.claimKey ?? null,
      dueAt: record.dueAt?.toISOString() ?? null,
      itemCollection: record.collection,
      itemId: String(record.id),
      note: record.note ?? null,
      ranAt: record.ranAt.toISOString(),
      status: record.status,
      worker: workerName(),
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })

/** Deletes a claim whose action failed where no transaction could roll it back. */
export const releaseClaim = async ({ cfg, id, payload }: { cfg: SanitizedSchedulingConfig; id: Id; payload: Payload }) => {
  await payload.delete({ collection: cfg.runsCollection as CollectionSlug, id, overrideAccess: true }).catch(() => undefined)
}

/** The default record of a schedule override: a row in the plugin's own runs log. */
export const recordOverrideAsRun: RecordScheduleOverride = async ({ collection, doc, note, req }) => {
  const cfg = req.payload.collections[collection as CollectionSlug]?.config.custom?.[SCHEDULING_CUSTOM_KEY] as SanitizedSchedulingConfig
  return writeRun({ cfg, record: { action: 'publish', collection, id: doc.id, note, ranAt: new Date(), status: 'override' }, req })
}
