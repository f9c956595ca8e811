/**
 * Writes the outbox rows of one publish in two statements (the rows, then their item links)
 * instead of one Local API create per channel: a burst of scheduled publishes to ten channels
 * spent most of each publish in those ten creates. The deliveries collection has no hooks or
 * access rules a system write would pass through, so the rows are the same as `payload.create`
 * writes; they go into the request's transaction. Other adapters (MongoDB) create them one by one.
 */
import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

import { connectionOf, sqlAdapterOf, tableOf } from '@loa/helpers/sql'

import type { DeliveryAction, ItemSnapshot } from '../types.js'

import { DELIVERIES_SLUG } from '../defaults.js'
import { itemKeyOf } from './ids.js'
import { createDeliveryRow } from './planDeliveries.js'

export type NewDeliveryRow = { action: DeliveryAction; channelId: number | string }

export const insertDeliveryRows = async ({
  campaign,
  collection,
  contentHash,
  id,
  priority,
  req,
  rows,
  snapshot,
}: {
  campaign: number | string | null | undefined
  collection: string
  contentHash: string
  id: number | string
  priority: number
  req: PayloadRequest
  rows: NewDeliveryRow[]
  snapshot: ItemSnapshot
}): Promise<void> => {
  const adapter = sqlAdapterOf(req.payload)
  const table = adapter && tableOf(adapter, DELIVERIES_SLUG)
  const links = adapter?.tables[`${adapter.tableNameMap.get(DELIVERIES_SLUG) ?? DELIVERIES_SLUG}_rels`]
  const linkColumn = `${collection}ID`
  if (!adapter || !table || !links || !(linkColumn in links)) {
    for (const { action, channelId } of rows) await createDeliveryRow({ action, campaign, channelId, collection, contentHash, id, priority, req, snapshot })
    return
  }
  if (rows.length === 0) return
  const db = await connectionOf(adapter, req)
  const now = new Date().toISOString()
  const inserted = (await db
    .insert(table)
    .values(
      rows.map(({ action, channelId }) => ({
        itemKey: itemKeyOf(collection, id),
        campaign: campaign ?? null,
        channel: channelId,
        action,
        status: 'pending',
        attempts: 0,
        priority,
        nextAttemptAt: now,
        webhookId: `msg_${crypto.randomUUID().replace(/-/g, '')}`,
        contentHash,
        snapshot,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning({ id: table.id })) as Array<{ id: number | string }>
  await db.insert(links).values(inserted.map((row) => ({ parent: row.id, path: 'item', [linkColumn]: id })))
}
