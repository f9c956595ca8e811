import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { PreviousRemote } from '../adapters/types.js'
import type { AdapterResult, ChannelRecord, DeliveryRecord, ResolveHost } from '../types.js'

import type { SanitizedChannelPublishingConfig } from '../types.js'

import { CHANNEL_PUBLISHING_CONTEXT, OPEN_STATUSES } from '../defaults.js'
import { backoffDelayMs } from './backoff.js'
import { pluginConfigOf } from './config.js'
import { claimDelivery, settleDelivery } from './deliveryStore.js'
import { idOf } from '@loa/helpers'
import { queueDeliveryJob } from './queueDelivery.js'

export type DrainResult = { delivered: number; failed: number; dead: number; skipped: number }

type Row = DeliveryRecord & { leaseExpiresAt?: string | null; nextAttemptAt?: string | null; attempts?: number | null }

const UNSETTLED = [...OPEN_STATUSES]

/** An earlier delivery to the same channel for the same item that has not settled yet. */
const hasEarlierUnsettled = async (payload: Payload, config: SanitizedChannelPublishingConfig, row: Row): Promise<boolean> => {
  const { totalDocs } = await payload.count({
    collection: config.deliveriesSlug as never,
    overrideAccess: true,
    where: {
      itemKey: { equals: row.itemKey },
      channel: { equals: idOf(row.channel) },
      status: { in: UNSETTLED },
      id: { not_equals: row.id },
      or: [{ createdAt: { less_than: row.createdAt } }, { and: [{ createdAt: { equals: row.createdAt } }, { id: { less_than: row.id } }] }],
    },
  })
  return totalDocs > 0
}

const previousRemoteOf = async (payload: Payload, config: SanitizedChannelPublishingConfig, row: Row): Promise<PreviousRemote | undefined> => {
  const { docs } = await payload.find({
    collection: config.deliveriesSlug as never,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    sort: '-createdAt',
    where: {
      itemKey: { equals: row.itemKey },
      channel: { equals: idOf(row.channel) },
      status: { equals: 'delivered' },
      remoteId: { exists: true },
      id: { not_equals: row.id },
    },
  })
  const last = docs[0] as (Row & { remoteMediaId?: string | null }) | undefined
  if (!last) return undefined
  return { remoteId: last.remoteId, remoteUrl: last.remoteUrl, remoteMediaId: last.remoteMediaId, heroImageId: last.snapshot?.heroImage?.id ?? null }
}

const readChannel = async (payload: Payload, config: SanitizedChannelPublishingConfig, id: unknown): Promise<ChannelRecord | null> =>
  // The adapter layer reads the stored credentials straight from the database: every API
  // path (and every afterRead) strips them.
  (await payload.db.findOne({ collection: config.channelsSlug as never, where: { id: { equals: idOf(id) } } })) as ChannelRecord | null

const disableChannel = async (payload: Payload, config: SanitizedChannelPublishingConfig, channel: ChannelRecord, reason: string) => {
  await payload.update({
    collection: config.channelsSlug as never,
    id: channel.id,
    context: { [CHANNEL_PUBLISHING_CONTEXT]: true },
    data: { enabled: false, disabledReason: reason } as never,
    depth: 0,
    overrideAccess: true,
  })
}

const attemptDelivery = async (
  payload: Payload,
  config: SanitizedChannelPublishingConfig,
  row: Row,
  { resolveHost, timeoutMs }: { resolveHost: ResolveHost; timeoutMs: number },
): Promise<AdapterResult & { remoteMediaId?: string }> => {
  const channel = await readChannel(payload, config, row.channel)
  if (!channel) return { isOk: false, isRetryable: false, error: 'Kênh đã bị xoá — channel was deleted' }
  if (!channel.enabled) return { isOk: false, isRetryable: false, error: 'Kênh đang tắt — channel is disabled' }
  try {
    const send = config.senders[channel.kind]
    if (!send) return { isOk: false, isRetryable: false, error: `Không có loại kênh "${channel.kind}" — no channel kind "${channel.kind}" is installed` }
    const result = await send({ channel, delivery: row, payload, previous: await previousRemoteOf(payload, config, row), resolveHost, timeoutMs })
    if (!result.isOk && result.shouldDisableChannel) await disableChannel(payload, config, channel, result.error)
    return result
  } catch (err) {
    // An adapter bug or an unexpected answer must not take the worker down with it.
    payload.logger.error({ msg: `[channel-publishing] delivery ${row.id} crashed`, err })
    return { isOk: false, isRetryable: true, error: `unexpected: ${(err as Error).message}` }
  }
}

/**
 * Works off due deliveries: claims each one with a lease (so two workers never send the same
 * row at once), keeps per-(channel, item) order, sends it through its channel's adapter and
 * records the outcome with back-off or `dead`. Safe to run from any number of workers; used
 * by the `deliverPending` job, tests and benchmarks. `now` moves the clock for due dates;
 * `resolveHost` and `timeoutMs` replace the plugin's options for this call.
 */
export const drainDeliveries = async ({
  limit = 25,
  now = new Date(),
  payload,
  resolveHost,
  timeoutMs,
}: {
  limit?: number
  now?: Date
  payload: Payload
  resolveHost?: ResolveHost
  timeoutMs?: number
}): Promise<DrainResult> => {
  const config = pluginConfigOf(payload)
  const result: DrainResult = { delivered: 0, failed: 0, dead: 0, skipped: 0 }
  const nowIso = now.toISOString()
  const { docs } = await payload.find({
    collection: config.deliveriesSlug as never,
    depth: 0,
    limit: limit * 4,
    overrideAccess: true,
    sort: ['createdAt', 'id'] as never,
    where: {
      status: { in: UNSETTLED },
      nextAttemptAt: { less_than_equal: nowIso },
      or: [{ leaseExpiresAt: { exists: false } }, { leaseExpiresAt: { less_than: nowIso } }],
    },
  })
  // One lane per channel: a lane sends its rows one after another (their order matters to the
  // portal), lanes run side by side up to channelConcurrency, so a portal that is slow or down
  // holds up its own lane only. `budget` caps the sends of this round across lanes; a row
  // reserves its place before it awaits anything and gives it back when it is skipped.
  const lanes = new Map<string, Row[]>()
  for (const row of docs as unknown as Row[]) {
    const key = String(idOf(row.channel))
    const lane = lanes.get(key)
    if (lane) lane.push(row)
    else lanes.set(key, [row])
  }
  let budget = limit

  const sendOne = async (row: Row): Promise<void> => {
    if (budget <= 0) return
    budget -= 1
    if (await hasEarlierUnsettled(payload, config, row)) {
      budget += 1
      result.skipped += 1
      return
    }
    const token = crypto.randomUUID()
    const isClaimed = await claimDelivery({ payload, id: row.id, now, leaseUntil: new Date(now.getTime() + config.leaseMs), token })
    if (!isClaimed) {
      budget += 1
      result.skipped += 1
      return
    }
    const outcome = await attemptDelivery(payload, config, row, { resolveHost: resolveHost ?? config.resolveHost, timeoutMs: timeoutMs ?? config.timeoutMs })
    const attempts = (row.attempts ?? 0) + 1
    const attemptedAt = new Date().toISOString()
    if (outcome.isOk) {
      await settleDelivery({
        payload,
        id: row.id,
        token,
        patch: {
          status: 'delivered',
          attempts,
          lastAttemptAt: attemptedAt,
          deliveredAt: attemptedAt,
          lastError: null,
          remoteId: outcome.remoteId ?? null,
          remoteUrl: outcome.remoteUrl ?? null,
          remoteMediaId: outcome.remoteMediaId ?? null,
        },
      })
      result.delivered += 1
    } else if (outcome.isRetryable && attempts < config.retry.maxAttempts) {
      const nextAttemptAt = new Date(now.getTime() + backoffDelayMs(attempts, config.retry))
      await settleDelivery({
        payload,
        id: row.id,
        token,
        patch: { status: 'failed', attempts, lastAttemptAt: attemptedAt, lastError: outcome.error, nextAttemptAt: nextAttemptAt.toISOString() },
      })
      await queueDeliveryJob({ payload, waitUntil: nextAttemptAt })
      result.failed += 1
    } else {
      await settleDelivery({ payload, id: row.id, token, patch: { status: 'dead', attempts, lastAttemptAt: attemptedAt, lastError: outcome.error } })
      result.dead += 1
    }
  }

  const waiting = [...lanes.values()]
  const runLanes = async () => {
    for (let lane = waiting.shift(); lane; lane = waiting.shift()) {
      for (const row of lane) await sendOne(row)
    }
  }
  await Promise.all(Array.from({ length: Math.min(config.channelConcurrency, waiting.length) }, runLanes))
  return result
}
