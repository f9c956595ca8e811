import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { PreviousRemote } from '../adapters/types.js'
import type { AdapterResult, ChannelRecord, DeliveryRecord, ResolveHost } from '../types.js'

import type { SanitizedChannelPublishingConfig } from '../types.js'

import { CHANNEL_PUBLISHING_CONTEXT, OPEN_STATUSES } from '../defaults.js'
import { backoffDelayMs } from './backoff.js'
import { pluginConfigOf } from './config.js'
import { claimDeliveries, settleDelivery } from './deliveryStore.js'
import { idOf } from '@loa/helpers'
import { queueDeliveryJob } from './queueDelivery.js'

export type DrainResult = { delivered: number; failed: number; dead: number; skipped: number }

type Row = DeliveryRecord & { leaseExpiresAt?: string | null; nextAttemptAt?: string | null; attempts?: number | null }

const UNSETTLED = [...OPEN_STATUSES]

/** The channel and item a row delivers: rows of one chain go out in the order they were written. */
const chainOf = (row: { channel: unknown; itemKey: unknown }) => `${String(idOf(row.channel))}|${String(row.itemKey)}`

const isEarlier = (a: { createdAt: string; id: number | string }, b: { createdAt: string; id: number | string }) =>
  a.createdAt < b.createdAt || (a.createdAt === b.createdAt && Number(a.id) < Number(b.id))

/**
 * Everything a batch of rows needs to know about the other deliveries of their items, in two
 * queries for the whole batch (instead of two per row): the unsettled rows that may hold a row
 * back, and the last delivered answer (remote id) of each chain.
 */
const loadChains = async (payload: Payload, config: SanitizedChannelPublishingConfig, rows: Row[]) => {
  const itemKeys = [...new Set(rows.map((row) => row.itemKey))]
  const [unsettled, delivered] = await Promise.all([
    payload.find({
      collection: config.deliveriesSlug as never,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { itemKey: true, channel: true, createdAt: true } as never,
      where: { itemKey: { in: itemKeys }, status: { in: UNSETTLED } },
    }),
    payload.find({
      collection: config.deliveriesSlug as never,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { itemKey: true, channel: true, createdAt: true, remoteId: true, remoteUrl: true, remoteMediaId: true, snapshot: true } as never,
      sort: '-createdAt',
      where: { itemKey: { in: itemKeys }, status: { equals: 'delivered' }, remoteId: { exists: true } },
    }),
  ])
  const unsettledByChain = new Map<string, Row[]>()
  for (const row of unsettled.docs as unknown as Row[]) {
    const chain = chainOf(row)
    unsettledByChain.set(chain, [...(unsettledByChain.get(chain) ?? []), row])
  }
  const previousByChain = new Map<string, PreviousRemote>()
  for (const row of delivered.docs as unknown as Array<Row & { remoteMediaId?: string | null }>) {
    const chain = chainOf(row)
    if (previousByChain.has(chain)) continue
    previousByChain.set(chain, {
      remoteId: row.remoteId,
      remoteUrl: row.remoteUrl,
      remoteMediaId: row.remoteMediaId,
      heroImageId: row.snapshot?.heroImage?.id ?? null,
    })
  }
  return { unsettledByChain, previousByChain }
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

const attemptDelivery = async ({
  channel,
  config,
  payload,
  previous,
  row,
  resolveHost,
  timeoutMs,
}: {
  channel: ChannelRecord | null
  config: SanitizedChannelPublishingConfig
  payload: Payload
  previous: PreviousRemote | undefined
  row: Row
  resolveHost: ResolveHost
  timeoutMs: number
}): Promise<AdapterResult & { remoteMediaId?: string }> => {
  if (!channel) return { isOk: false, isRetryable: false, error: 'Kênh đã bị xoá — channel was deleted' }
  if (!channel.enabled) return { isOk: false, isRetryable: false, error: 'Kênh đang tắt — channel is disabled' }
  try {
    const send = config.senders[channel.kind]
    if (!send) return { isOk: false, isRetryable: false, error: `Không có loại kênh "${channel.kind}" — no channel kind "${channel.kind}" is installed` }
    const result = await send({ channel, delivery: row, payload, previous, resolveHost, timeoutMs })
    if (!result.isOk && result.shouldDisableChannel) {
      await disableChannel(payload, config, channel, result.error)
      channel.enabled = false
    }
    return result
  } catch (err) {
    // An adapter bug or an unexpected answer must not take the worker down with it.
    payload.logger.error({ msg: `[channel-publishing] delivery ${row.id} crashed`, err })
    return { isOk: false, isRetryable: true, error: `unexpected: ${(err as Error).message}` }
  }
}

/**
 * Works off due deliveries: claims them with a lease (so two workers never send the same row
 * at once), keeps per-(channel, item) order, sends each through its channel's adapter and
 * records the outcome with back-off or `dead`. Safe to run from any number of workers; used
 * by the `deliverPending` job, tests and benchmarks. `now` moves the clock for due dates;
 * `resolveHost` and `timeoutMs` replace the plugin's options for this call.
 *
 * Per round the database sees a constant number of statements (the due rows, the other rows
 * of their chains, one claim for all that may go) plus one settle per row; channels are read
 * once per round, and each channel's connections are kept alive between rows (see http.ts).
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
    // The most urgent first (an emergency overtakes the backlog), then the oldest.
    sort: ['-priority', 'createdAt', 'id'] as never,
    where: {
      status: { in: UNSETTLED },
      nextAttemptAt: { less_than_equal: nowIso },
      or: [{ leaseExpiresAt: { exists: false } }, { leaseExpiresAt: { less_than: nowIso } }],
    },
  })
  const due = docs as unknown as Row[]
  if (due.length === 0) return result
  const { unsettledByChain, previousByChain } = await loadChains(payload, config, due)

  // One lane per channel: a lane sends its rows one after another (their order matters to the
  // portal), lanes run side by side up to channelConcurrency, so a portal that is slow or down
  // holds up its own lane only.
  const lanes = new Map<string, Row[]>()
  for (const row of due) {
    const key = String(idOf(row.channel))
    const lane = lanes.get(key)
    if (lane) lane.push(row)
    else lanes.set(key, [row])
  }

  // Which rows go this round, taken from the lanes in turn up to `limit`: a row goes only when
  // every earlier unsettled row of its chain goes before it in this round (in its lane).
  const chosen = new Set<string>()
  const laneRows = [...lanes.values()]
  const isChosenAfterEarlier = (row: Row) =>
    (unsettledByChain.get(chainOf(row)) ?? []).every((other) => String(other.id) === String(row.id) || !isEarlier(other, row) || chosen.has(String(other.id)))
  for (let depth = 0, isLeft = true; isLeft && chosen.size < limit; depth += 1) {
    isLeft = false
    for (const lane of laneRows) {
      const row = lane[depth]
      if (!row) continue
      isLeft = true
      if (chosen.size >= limit) break
      if (isChosenAfterEarlier(row)) chosen.add(String(row.id))
      else result.skipped += 1
    }
  }

  const token = crypto.randomUUID()
  const claimed = await claimDeliveries({
    payload,
    ids: due.filter((row) => chosen.has(String(row.id))).map((row) => row.id),
    now,
    leaseUntil: new Date(now.getTime() + config.leaseMs),
    token,
  })
  result.skipped += chosen.size - claimed.size

  const channels = new Map<string, Promise<ChannelRecord | null>>()
  const channelOf = (id: unknown) => {
    const key = String(idOf(id))
    let channel = channels.get(key)
    if (!channel) {
      channel = readChannel(payload, config, id)
      channels.set(key, channel)
    }
    return channel
  }
  // Rows of this round that left the unsettled statuses: a later row of their chain may follow.
  const settled = new Set<string>()
  const mayGoNow = (row: Row) =>
    (unsettledByChain.get(chainOf(row)) ?? []).every((other) => String(other.id) === String(row.id) || !isEarlier(other, row) || settled.has(String(other.id)))

  const sendOne = async (row: Row): Promise<void> => {
    if (!claimed.has(String(row.id))) return
    if (!mayGoNow(row)) {
      // An earlier row of its chain is still open (it failed this round): hand the claim back.
      await settleDelivery({ payload, id: row.id, token, patch: { status: row.status } })
      result.skipped += 1
      return
    }
    const chain = chainOf(row)
    const outcome = await attemptDelivery({
      channel: await channelOf(row.channel),
      config,
      payload,
      previous: previousByChain.get(chain),
      row,
      resolveHost: resolveHost ?? config.resolveHost,
      timeoutMs: timeoutMs ?? config.timeoutMs,
    })
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
      settled.add(String(row.id))
      if (outcome.remoteId) {
        previousByChain.set(chain, {
          remoteId: outcome.remoteId,
          remoteUrl: outcome.remoteUrl ?? null,
          remoteMediaId: outcome.remoteMediaId ?? null,
          heroImageId: row.snapshot?.heroImage?.id ?? null,
        })
      }
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
      settled.add(String(row.id))
      result.dead += 1
    }
  }

  const waiting = [...laneRows]
  const runLanes = async () => {
    for (let lane = waiting.shift(); lane; lane = waiting.shift()) {
      for (const row of lane) await sendOne(row)
    }
  }
  await Promise.all(Array.from({ length: Math.min(config.channelConcurrency, waiting.length) }, runLanes))
  return result
}
