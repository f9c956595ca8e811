import { Webhook } from 'standardwebhooks'

import type { BulletinPriority } from '../types.js'
import type { SlotWindow } from './nextProgrammeSlot.js'

export const RADIO_EVENT_TYPES = { publish: 'bulletin.published', update: 'bulletin.updated', retract: 'bulletin.retracted' } as const
export type RadioAction = keyof typeof RADIO_EVENT_TYPES

/**
 * What a commune radio system receives, shaped like the webhook channel's messages
 * (`{ type, timestamp, data }`). `data.bulletin.slot` is null for priority and emergency
 * bulletins: they are played at once.
 */
export type RadioMessage = {
  type: (typeof RADIO_EVENT_TYPES)[RadioAction]
  timestamp: string
  data: {
    collection: string
    id: string
    title: string | null
    bulletin: {
      priority: BulletinPriority
      areas: { code: string; name: string }[]
      slot: SlotWindow | null
      durationSeconds: number | null
      sha256: string | null
      audioUrl: string | null
      script: string | null
    }
  }
}

export const buildRadioMessage = (args: {
  action: RadioAction
  at?: Date
  collection: string
  id: number | string
  title?: string | null
  priority: BulletinPriority
  areas: { code: string; name: string }[]
  slot: SlotWindow | null
  durationSeconds?: number | null
  sha256?: string | null
  audioUrl?: string | null
  script?: string | null
}): RadioMessage => ({
  type: RADIO_EVENT_TYPES[args.action],
  timestamp: (args.at ?? new Date()).toISOString(),
  data: {
    collection: args.collection,
    id: String(args.id),
    title: args.title ?? null,
    bulletin: {
      priority: args.priority,
      areas: args.areas,
      slot: args.priority === 'ordinary' ? args.slot : null,
      durationSeconds: args.durationSeconds ?? null,
      sha256: args.sha256 ?? null,
      audioUrl: args.audioUrl ?? null,
      script: args.script ?? null,
    },
  },
})

/**
 * Standard Webhooks headers for one message: the same `webhookId` on every retry (receivers
 * deduplicate on it), the signing time of this attempt.
 */
export const signRadioMessage = ({
  body,
  secret,
  webhookId,
  at = new Date(),
}: {
  body: string
  secret: string
  webhookId: string
  at?: Date
}): Record<string, string> => ({
  'content-type': 'application/json',
  'webhook-id': webhookId,
  'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
  'webhook-signature': new Webhook(secret).sign(webhookId, at, body),
})

/** Sends one signed message; the answer's status decides whether a queue retries. */
export const sendRadioMessage = async ({
  endpoint,
  message,
  secret,
  webhookId,
  timeoutMs = 10_000,
}: {
  endpoint: string
  message: RadioMessage
  secret: string
  webhookId: string
  timeoutMs?: number
}) => {
  const body = JSON.stringify(message)
  const response = await fetch(endpoint, {
    method: 'POST',
    body,
    headers: signRadioMessage({ body, secret, webhookId }),
    signal: AbortSignal.timeout(timeoutMs),
  })
  return { status: response.status, isOk: response.ok }
}
