import { Webhook } from 'standardwebhooks'

import type { ChannelAdapter } from './types.js'

import { classifyHttp, sendRequest } from './http.js'

const EVENT_TYPES = { publish: 'content.published', update: 'content.updated', retract: 'content.retracted' } as const

/**
 * Signed JSON per the Standard Webhooks spec. The body and webhook-id stay the same on every
 * retry of one delivery (receivers deduplicate on the id); the signature timestamp is the
 * attempt's, as the spec asks.
 */
export const deliverWebhook: ChannelAdapter = async ({ channel, delivery, previous, resolveHost, timeoutMs }) => {
  if (!channel.endpoint || !channel.secret) return { isOk: false, isRetryable: false, error: 'channel has no endpoint or secret' }
  const remoteId = previous?.remoteId ?? null
  const body = JSON.stringify({
    type: EVENT_TYPES[delivery.action],
    timestamp: new Date(delivery.createdAt).toISOString(),
    data: { ...delivery.snapshot, action: delivery.action, remoteId },
  })
  const signedAt = new Date()
  const signature = new Webhook(channel.secret).sign(delivery.webhookId, signedAt, body)
  const outcome = await sendRequest(
    channel.endpoint,
    {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Loa-Channel-Publishing/1',
        'webhook-id': delivery.webhookId,
        'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
        'webhook-signature': signature,
      },
    },
    { resolveHost, timeoutMs },
  )
  if (!('error' in outcome) && outcome.status === 410) {
    return { isOk: false, isRetryable: false, shouldDisableChannel: true, error: `HTTP 410: the receiver is gone; channel disabled` }
  }
  return classifyHttp(outcome, (json) => {
    const answer = (json && typeof json === 'object' ? json : {}) as { id?: unknown; url?: unknown }
    return {
      isOk: true,
      remoteId: answer.id !== undefined && answer.id !== null ? String(answer.id) : (remoteId ?? undefined),
      remoteUrl: typeof answer.url === 'string' ? answer.url : (previous?.remoteUrl ?? undefined),
    }
  })
}
