/**
 * State changes of deliveries that must be atomic across workers: a conditional UPDATE
 * (SQLite, Postgres) or findOneAndUpdate-style update (MongoDB) whose match count says who
 * won. They run outside any request transaction so a claim is visible to other workers at
 * once and no database lock is held while an outside system answers.
 */
import type { Payload } from 'payload'

import type { SqlAdapter } from '@loa/helpers/sql'

import { sqlAdapterOf, tableOf } from '@loa/helpers/sql'

import { OPEN_STATUSES } from '../defaults.js'
import { pluginConfigOf } from './config.js'

type DeliveryPatch = Record<string, boolean | number | string | null>

type MongoLike = { collections: Record<string, { updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }> }> }

const isMongo = (payload: Payload) => payload.db.name === 'mongoose'

// The adapter's own drizzle operators build the conditions: dialect-neutral, one drizzle copy.
const sqlOf = (payload: Payload) => {
  const adapter = sqlAdapterOf(payload) as SqlAdapter
  const table = tableOf(adapter, pluginConfigOf(payload).deliveriesSlug)!
  const { and, equals: eq, in: inArray, isNull, less_than: lt, less_than_equal: lte, or } = adapter.operators
  return { db: adapter.drizzle, table, and, eq, inArray, isNull, lt, lte, or }
}

const numericOr = (id: number | string) => (typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id)

/**
 * Takes a delivery for one worker until `leaseUntil`: only when it is still open, due and
 * not leased by a live worker. Returns false when another worker got there first.
 */
export const claimDelivery = async ({
  payload,
  id,
  now,
  leaseUntil,
  token,
}: {
  payload: Payload
  id: number | string
  now: Date
  leaseUntil: Date
  token: string
}): Promise<boolean> => {
  if (isMongo(payload)) {
    const model = (payload.db as unknown as MongoLike).collections[pluginConfigOf(payload).deliveriesSlug]!
    const result = await model.updateOne(
      {
        _id: id,
        status: { $in: OPEN_STATUSES },
        nextAttemptAt: { $lte: now },
        $or: [{ leaseExpiresAt: null }, { leaseExpiresAt: { $exists: false } }, { leaseExpiresAt: { $lt: now } }],
      },
      { $set: { status: 'delivering', leaseExpiresAt: leaseUntil, leaseToken: token } },
    )
    return result.modifiedCount === 1
  }
  const { db, table, and, eq, inArray, isNull, lt, lte, or } = sqlOf(payload)
  const nowIso = now.toISOString()
  const rows = await db
    .update(table)
    .set({ status: 'delivering', leaseExpiresAt: leaseUntil.toISOString(), leaseToken: token })
    .where(
      and(
        eq(table.id, numericOr(id)),
        inArray(table.status, [...OPEN_STATUSES]),
        lte(table.nextAttemptAt, nowIso),
        or(isNull(table.leaseExpiresAt), lt(table.leaseExpiresAt, nowIso)),
      ),
    )
    .returning({ id: table.id })
  return rows.length === 1
}

type MongoManyLike = {
  collections: Record<
    string,
    {
      updateMany: (filter: object, update: object) => Promise<unknown>
      find: (filter: object, projection: object) => { lean: () => Promise<Array<{ _id: unknown }>> }
    }
  >
}

/**
 * Takes several deliveries at once for one worker until `leaseUntil`, with one statement: each
 * only when it is still open, due and not leased by a live worker (as claimDelivery). Returns
 * the ids this worker got; the others went to another worker first.
 */
export const claimDeliveries = async ({
  payload,
  ids,
  now,
  leaseUntil,
  token,
}: {
  payload: Payload
  ids: Array<number | string>
  now: Date
  leaseUntil: Date
  token: string
}): Promise<Set<string>> => {
  if (ids.length === 0) return new Set()
  if (isMongo(payload)) {
    const model = (payload.db as unknown as MongoManyLike).collections[pluginConfigOf(payload).deliveriesSlug]!
    await model.updateMany(
      {
        _id: { $in: ids },
        status: { $in: OPEN_STATUSES },
        nextAttemptAt: { $lte: now },
        $or: [{ leaseExpiresAt: null }, { leaseExpiresAt: { $exists: false } }, { leaseExpiresAt: { $lt: now } }],
      },
      { $set: { status: 'delivering', leaseExpiresAt: leaseUntil, leaseToken: token } },
    )
    const claimed = await model.find({ _id: { $in: ids }, leaseToken: token }, { _id: 1 }).lean()
    return new Set(claimed.map((doc) => String(doc._id)))
  }
  const { db, table, and, eq, inArray, isNull, lt, lte, or } = sqlOf(payload)
  const nowIso = now.toISOString()
  const rows = await db
    .update(table)
    .set({ status: 'delivering', leaseExpiresAt: leaseUntil.toISOString(), leaseToken: token })
    .where(
      and(
        inArray(table.id, ids.map(numericOr)),
        inArray(table.status, [...OPEN_STATUSES]),
        lte(table.nextAttemptAt, nowIso),
        or(isNull(table.leaseExpiresAt), lt(table.leaseExpiresAt, nowIso)),
      ),
    )
    .returning({ id: table.id })
  return new Set((rows as Array<{ id: unknown }>).map((row) => String(row.id)))
}

/** Records the outcome, only while the lease is still this worker's. */
export const settleDelivery = async ({
  payload,
  id,
  token,
  patch,
}: {
  payload: Payload
  id: number | string
  token: string
  patch: DeliveryPatch
}): Promise<boolean> => {
  const data = { ...patch, leaseExpiresAt: null, leaseToken: null, updatedAt: new Date().toISOString() }
  if (isMongo(payload)) {
    const model = (payload.db as unknown as MongoLike).collections[pluginConfigOf(payload).deliveriesSlug]!
    const mongoData = Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, typeof value === 'string' && /At$/.test(key) ? new Date(value) : value]),
    )
    const result = await model.updateOne({ _id: id, leaseToken: token }, { $set: mongoData })
    return result.modifiedCount === 1
  }
  const { db, table, and, eq } = sqlOf(payload)
  const rows = await db
    .update(table)
    .set(data)
    .where(and(eq(table.id, numericOr(id)), eq(table.leaseToken, token)))
    .returning({ id: table.id })
  return rows.length === 1
}
