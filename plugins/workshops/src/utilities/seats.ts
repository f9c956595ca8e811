/**
 * Seats are decided in the database, so concurrent requests (and several app instances or a
 * worker) can never confirm more registrants than the workshop has seats:
 * - a registrant is confirmed by ONE conditional UPDATE ("… where the confirmed count is
 *   still below capacity"), which SQLite runs atomically (one writer at a time);
 * - on Postgres every request first locks the workshop's row (SELECT … FOR UPDATE) in its
 *   transaction, so the count in that UPDATE cannot be raced by another transaction.
 */
import type { PayloadRequest } from 'payload'

import type { Id, RegistrationStatus, SanitizedWorkshopsConfig } from '../types.js'

import type { SqlAdapter } from '@loa/helpers/sql'

import { connectionOf, executeRaw, idLiteral, rawTableOf, sqlAdapterOf, sqlLiteral as literal } from '@loa/helpers/sql'

import { asCollectionSlug } from './asCollectionSlug.js'
import { REGISTRATION_STATUSES } from '../types.js'
import { SEAT_HOLDING_STATUSES } from '../defaults.js'

const run = async (req: PayloadRequest, adapter: SqlAdapter, raw: string): Promise<Array<Record<string, unknown>>> =>
  executeRaw(adapter, await connectionOf(adapter, req), raw)

const seatCondition = (cfg: SanitizedWorkshopsConfig, adapter: SqlAdapter, workshopId: Id, capacity: null | number): string => {
  if (capacity === null) return '1 = 1'
  const r = rawTableOf(adapter, cfg.registrationsSlug)
  const holding = SEAT_HOLDING_STATUSES.map((s) => literal(s)).join(', ')
  return `(SELECT count(*) FROM ${r.name} WHERE ${r.column('workshop', 'workshop_id')} = ${idLiteral(workshopId)} AND ${r.column('status', 'status')} IN (${holding})) < ${Math.trunc(capacity)}`
}

/**
 * Serialises seat decisions for one workshop until the request's transaction ends. Postgres
 * only: SQLite runs one write statement at a time, which the conditional updates rely on.
 */
export const lockWorkshop = async ({ cfg, req, workshopId }: { cfg: SanitizedWorkshopsConfig; req: PayloadRequest; workshopId: Id }): Promise<void> => {
  const adapter = sqlAdapterOf(req.payload)
  if (!adapter || adapter.name !== 'postgres') return
  const w = rawTableOf(adapter, cfg.workshopsSlug)
  await run(req, adapter, `SELECT ${w.column('id', 'id')} FROM ${w.name} WHERE ${w.column('id', 'id')} = ${idLiteral(workshopId)} FOR UPDATE`)
}

/** Confirms a waitlisted registration if a seat is free at this very moment; true when it did. */
export const confirmIfSeatFree = async ({
  capacity,
  cfg,
  registrationId,
  req,
  workshopId,
}: {
  capacity: null | number
  cfg: SanitizedWorkshopsConfig
  registrationId: Id
  req: PayloadRequest
  workshopId: Id
}): Promise<boolean> => {
  const adapter = sqlAdapterOf(req.payload)
  const now = new Date().toISOString()
  if (!adapter) {
    const counts = await countByStatus({ cfg, req, workshopId })
    if (capacity !== null && counts.confirmed + counts.attended >= capacity) return false
    await req.payload.update({
      collection: asCollectionSlug(cfg.registrationsSlug),
      id: registrationId,
      data: { status: 'confirmed' } as never,
      overrideAccess: true,
      req,
      depth: 0,
    })
    return true
  }
  const r = rawTableOf(adapter, cfg.registrationsSlug)
  const rows = await run(
    req,
    adapter,
    `UPDATE ${r.name} SET ${r.column('status', 'status')} = 'confirmed', ${r.column('updatedAt', 'updated_at')} = ${literal(now)} ` +
      `WHERE ${r.column('id', 'id')} = ${idLiteral(registrationId)} AND ${r.column('status', 'status')} = 'waitlisted' AND ${seatCondition(cfg, adapter, workshopId, capacity)} ` +
      `RETURNING ${r.column('id', 'id')} AS id`,
  )
  return rows.length > 0
}

/** Confirms the longest-waiting registrant if a seat is free; returns their id. */
export const promoteFirstWaitlisted = async ({
  capacity,
  cfg,
  req,
  workshopId,
}: {
  capacity: null | number
  cfg: SanitizedWorkshopsConfig
  req: PayloadRequest
  workshopId: Id
}): Promise<Id | null> => {
  const adapter = sqlAdapterOf(req.payload)
  if (!adapter) {
    const { docs } = await req.payload.find({
      collection: asCollectionSlug(cfg.registrationsSlug),
      where: { and: [{ workshop: { equals: workshopId } }, { status: { equals: 'waitlisted' } }] },
      sort: ['createdAt', 'id'],
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const first = docs[0] as { id: Id } | undefined
    if (!first) return null
    return (await confirmIfSeatFree({ capacity, cfg, registrationId: first.id, req, workshopId })) ? first.id : null
  }
  const r = rawTableOf(adapter, cfg.registrationsSlug)
  const now = new Date().toISOString()
  const rows = await run(
    req,
    adapter,
    `UPDATE ${r.name} SET ${r.column('status', 'status')} = 'confirmed', ${r.column('updatedAt', 'updated_at')} = ${literal(now)} ` +
      `WHERE ${r.column('id', 'id')} = (SELECT ${r.column('id', 'id')} FROM ${r.name} WHERE ${r.column('workshop', 'workshop_id')} = ${idLiteral(workshopId)} ` +
      `AND ${r.column('status', 'status')} = 'waitlisted' ORDER BY ${r.column('createdAt', 'created_at')} ASC, ${r.column('id', 'id')} ASC LIMIT 1) ` +
      `AND ${seatCondition(cfg, adapter, workshopId, capacity)} RETURNING ${r.column('id', 'id')} AS id`,
  )
  const id = rows[0]?.id
  return id === undefined || id === null ? null : (id as Id)
}

/** What a registrant may cancel by link: a seat or a place on the waiting list. */
const CANCELLABLE_STATUSES: readonly RegistrationStatus[] = ['confirmed', 'waitlisted']

/**
 * Claims the cancellation of one registration: true for exactly one of any number of
 * simultaneous cancels (one conditional UPDATE of its cancellation time), false once it is
 * cancelled or no longer cancellable. The caller then writes the status through Payload,
 * whose hooks give the seat away. Without SQL the check is a read, as for the seats.
 */
export const claimCancellation = async ({
  cfg,
  req,
  registrationId,
}: {
  cfg: SanitizedWorkshopsConfig
  req: PayloadRequest
  registrationId: Id
}): Promise<boolean> => {
  const adapter = sqlAdapterOf(req.payload)
  if (!adapter) {
    const current = (await req.payload.findByID({
      collection: asCollectionSlug(cfg.registrationsSlug),
      id: registrationId,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as {
      status: RegistrationStatus
    }
    return CANCELLABLE_STATUSES.includes(current.status)
  }
  const r = rawTableOf(adapter, cfg.registrationsSlug)
  const cancellable = CANCELLABLE_STATUSES.map((status) => literal(status)).join(', ')
  const rows = await run(
    req,
    adapter,
    `UPDATE ${r.name} SET ${r.column('cancelledAt', 'cancelled_at')} = ${literal(new Date().toISOString())} ` +
      `WHERE ${r.column('id', 'id')} = ${idLiteral(registrationId)} AND ${r.column('cancelledAt', 'cancelled_at')} IS NULL AND ${r.column('status', 'status')} IN (${cancellable}) ` +
      `RETURNING ${r.column('id', 'id')} AS id`,
  )
  return rows.length > 0
}

/** How many registrations of the workshop are in each status. */
export const countByStatus = async ({
  cfg,
  req,
  workshopId,
}: {
  cfg: SanitizedWorkshopsConfig
  req: PayloadRequest
  workshopId: Id
}): Promise<Record<RegistrationStatus, number>> => {
  const entries = await Promise.all(
    REGISTRATION_STATUSES.map(async (status) => {
      const { totalDocs } = await req.payload.count({
        collection: asCollectionSlug(cfg.registrationsSlug),
        where: { and: [{ workshop: { equals: workshopId } }, { status: { equals: status } }] },
        overrideAccess: true,
        req,
      })
      return [status, totalDocs] as const
    }),
  )
  return Object.fromEntries(entries) as Record<RegistrationStatus, number>
}
