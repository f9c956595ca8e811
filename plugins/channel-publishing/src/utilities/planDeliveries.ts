import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

import type { ChannelRecord, DeliveryAction, ItemSnapshot, SanitizedChannelPublishingConfig } from '../types.js'

import { pluginConfigOf } from './config.js'
import { idOf, sameId } from '@loa/helpers'
import { itemKeyOf } from './ids.js'
import { insertDeliveryRows } from './insertDeliveryRows.js'
import { buildSnapshot, contentHashOf } from './snapshot.js'

/** One outbox row, due now; its webhook-id stays with it through every retry. */
export const createDeliveryRow = async ({
  action,
  campaign,
  channelId,
  collection,
  contentHash,
  id,
  priority = 0,
  req,
  snapshot,
}: {
  action: DeliveryAction
  campaign: unknown
  channelId: number | string
  collection: string
  contentHash: string
  id: number | string
  priority?: number
  req: PayloadRequest
  snapshot: ItemSnapshot
}) =>
  req.payload.create({
    collection: pluginConfigOf(req.payload).deliveriesSlug as never,
    data: {
      item: { relationTo: collection, value: id },
      itemKey: itemKeyOf(collection, id),
      ...(pluginConfigOf(req.payload).campaignsSlug ? { campaign: idOf(campaign) ?? null } : {}),
      channel: channelId,
      action,
      status: 'pending',
      attempts: 0,
      priority,
      nextAttemptAt: new Date().toISOString(),
      webhookId: `msg_${crypto.randomUUID().replace(/-/g, '')}`,
      contentHash,
      snapshot,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })

type LedgerRow = { id: number | string; channel: unknown; action: DeliveryAction; contentHash?: string | null }

/** The last action per channel for one item: what each channel currently shows. */
export const lastActionByChannel = async (req: PayloadRequest, itemKey: string): Promise<Map<string, LedgerRow>> => {
  const { docs } = await req.payload.find({
    collection: pluginConfigOf(req.payload).deliveriesSlug as never,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { channel: true, action: true, contentHash: true, createdAt: true } as never,
    sort: ['-createdAt', '-id'] as never,
    where: { itemKey: { equals: itemKey } },
  })
  const latest = new Map<string, LedgerRow>()
  for (const row of docs as unknown as LedgerRow[]) {
    const channelId = String(idOf(row.channel))
    if (!latest.has(channelId)) latest.set(channelId, row)
  }
  return latest
}

const enabledChannels = async (req: PayloadRequest): Promise<ChannelRecord[]> => {
  const { docs } = await req.payload.find({
    collection: pluginConfigOf(req.payload).channelsSlug as never,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { enabled: { equals: true } },
  })
  return docs as unknown as ChannelRecord[]
}

const targetsCampaign = (channel: ChannelRecord, campaign: unknown): boolean =>
  !Array.isArray(channel.campaigns) || !channel.campaigns.length || channel.campaigns.some((entry) => sameId(entry, campaign))

/**
 * Writes the outbox rows for one item after a change of its live (published) state, inside
 * the request's transaction. Live: every matching enabled channel gets `publish` (first time,
 * or after a retraction) or `update` (content changed since the last delivery); channels that
 * show it but no longer match get `retract`. Not live (unpublished, or about to be deleted):
 * channels that show it get `retract`. Returns how many rows were written.
 */
export const planDeliveries = async ({
  collection,
  config,
  id,
  isLive,
  req,
}: {
  collection: string
  config: SanitizedChannelPublishingConfig
  id: number | string
  isLive: boolean
  req: PayloadRequest
}): Promise<number> => {
  const itemKey = itemKeyOf(collection, id)
  const latest = await lastActionByChannel(req, itemKey)
  const isShownOn = (channelId: string) => {
    const last = latest.get(channelId)
    return Boolean(last && last.action !== 'retract')
  }
  if (!isLive && ![...latest.keys()].some(isShownOn)) return 0

  const channels = await enabledChannels(req)
  const snapshot = await buildSnapshot({ collection, config, id, req })
  const contentHash = contentHashOf(snapshot)
  const campaign = snapshot.campaign?.id
  const priority = await config.deliveryPriority({ collection, id, req })
  // An emergency also goes to every channel set to receive emergencies, whatever it shows otherwise.
  const isEmergency = priority >= config.emergencyPriority
  const emergencyKinds = new Set(config.channelKinds.filter((kind) => kind.receivesEmergencies).map((kind) => kind.name))
  const receivesEmergency = (channel: ChannelRecord) => Boolean(channel.emergency) || emergencyKinds.has(channel.kind)
  const planned: Array<{ channel: ChannelRecord; action: DeliveryAction }> = []

  for (const channel of channels) {
    const channelId = String(channel.id)
    const isTarget =
      isLive && ((isEmergency && receivesEmergency(channel)) || ((channel.contentTypes ?? []).includes(collection) && targetsCampaign(channel, campaign)))
    if (isTarget) {
      if (!isShownOn(channelId)) planned.push({ channel, action: 'publish' })
      else if (latest.get(channelId)?.contentHash !== contentHash) planned.push({ channel, action: 'update' })
    } else if (isShownOn(channelId)) {
      planned.push({ channel, action: 'retract' })
    }
  }

  if (planned.length === 0) return 0
  await insertDeliveryRows({
    campaign: idOf(campaign),
    priority,
    collection,
    contentHash,
    id,
    req,
    rows: planned.map(({ action, channel }) => ({ action, channelId: channel.id })),
    snapshot,
  })
  return planned.length
}
