import type { Payload } from 'payload'

import type { AdapterResult, ChannelRecord, DeliveryRecord, ResolveHost } from '../types.js'

/** What a channel showed for this item after its last successful delivery. */
export type PreviousRemote = {
  remoteId?: string | null
  remoteUrl?: string | null
  remoteMediaId?: string | null
  heroImageId?: number | string | null
}

export type AdapterArgs = {
  channel: ChannelRecord
  delivery: DeliveryRecord
  payload: Payload
  previous?: PreviousRemote
  /** Resolves the endpoint's host name at send time (checked before connecting). */
  resolveHost: ResolveHost
  timeoutMs: number
}

export type ChannelAdapter = (args: AdapterArgs) => Promise<AdapterResult & { remoteMediaId?: string }>
