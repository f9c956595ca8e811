/**
 * The `radio` channel kind Loa adds to channel publishing: a commune IP radio system (the
 * provincial source-information system of Circular 39/2020/TT-BTTTT) reached at the channel's
 * endpoint. Each publish, update and retract of an item delivers the broadcast plugin's signed
 * radio message (its bulletin, the next programme slot, an expiring audio link); the channel's
 * own programme slots, in GMT+7, replace the plugin's default ones. Wired in src/plugins.ts: the
 * two plugins know nothing of each other.
 */
import type { PodcastScope } from '@loa/plugin-broadcast'
import type { AdapterResult, ChannelAdapter, ChannelKindDefinition, ChannelRecord } from '@loa/plugin-channel-publishing'
import type { PayloadRequest } from 'payload'

import { broadcastConfigOf, buildRadioMessage, radioMessageFor, renderPodcastFeed, signRadioMessage } from '@loa/plugin-broadcast'
import { sendRequest } from '@loa/plugin-channel-publishing'
import { createLocalReq } from 'payload'

export const RADIO_CHANNEL_KIND = 'radio'

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/

type Slot = { start: string; end: string }
type RadioSettings = { programmeSlots?: Array<{ start?: null | string; end?: null | string }> | null }

const validateClockTime = (value: unknown) =>
  (typeof value === 'string' && CLOCK_TIME.test(value)) || 'Giờ theo dạng HH:mm, ví dụ 06:00 — a time as HH:mm, e.g. 06:00'

/** The channel's slots, those written as HH:mm only; none means the plugin's defaults. */
const slotsOf = (settings: RadioSettings | undefined): Slot[] =>
  (settings?.programmeSlots ?? []).filter((slot): slot is Slot => CLOCK_TIME.test(slot.start ?? '') && CLOCK_TIME.test(slot.end ?? ''))

/** What the HTTP answer means for the queue: 2xx delivered; 408, 429 and 5xx retried; any other 4xx is final. */
const outcomeOf = (status: number): AdapterResult =>
  status >= 200 && status < 300
    ? { isOk: true }
    : { isOk: false, isRetryable: status >= 500 || status === 408 || status === 429, error: `HTTP ${status} from the radio system` }

/**
 * What a radio channel's podcast lists, as its deliveries would: the content types and
 * campaigns it carries, and every emergency (a loudspeaker carries all of them).
 */
const radioChannelScope = (channel: ChannelRecord): PodcastScope => {
  const campaigns = (channel.campaigns ?? []).map((campaign) => (typeof campaign === 'object' ? campaign.id : campaign))
  const emergency = { 'bulletin.priority': { equals: 'emergency' } }
  return {
    whereFor: (collection) => {
      if (!(channel.contentTypes ?? []).includes(collection)) return emergency
      return campaigns.length ? { or: [emergency, { campaign: { in: campaigns } }] } : undefined
    },
  }
}

const sendRadio: ChannelAdapter = async ({ channel, delivery, payload, resolveHost, timeoutMs }) => {
  if (!channel.endpoint || !channel.secret) return { isOk: false, isRetryable: false, error: 'channel has no endpoint or secret' }
  const broadcast = broadcastConfigOf(payload)
  const slots = slotsOf((channel as unknown as Record<string, unknown>)[RADIO_CHANNEL_KIND] as RadioSettings | undefined)
  const cfg = slots.length ? { ...broadcast, programmeSlots: slots } : broadcast
  const { collection, id, title } = delivery.snapshot
  // The delivery job has no request of its own: the reads below share one local request.
  const req: PayloadRequest = await createLocalReq({}, payload)
  const message = await radioMessageFor({ action: delivery.action, cfg, collection, id, req }).catch((error: unknown) => {
    // A retraction of an item that is gone still tells the radio to drop it.
    if (delivery.action === 'retract') return buildRadioMessage({ action: 'retract', areas: [], collection, id, priority: 'ordinary', slot: null, title })
    throw error
  })
  const { audioUrl, script } = message.data.bulletin
  if (delivery.action !== 'retract' && !audioUrl && !script?.trim()) return { isOk: true, note: 'no bulletin to read out' }
  const body = JSON.stringify(message)
  const outcome = await sendRequest(
    channel.endpoint,
    { method: 'POST', body, headers: { ...signRadioMessage({ body, secret: channel.secret, webhookId: delivery.webhookId }), 'user-agent': 'Loa-Broadcast/1' } },
    { resolveHost, timeoutMs },
  )
  return 'error' in outcome ? { isOk: false, isRetryable: true, error: outcome.error } : outcomeOf(outcome.status)
}

export const radioChannelKind: ChannelKindDefinition = {
  name: RADIO_CHANNEL_KIND,
  label: { vi: 'Đài truyền thanh cơ sở (IP)', en: 'Commune IP radio' },
  usesEndpoint: true,
  usesSecret: true,
  // Every commune loudspeaker carries an emergency alert, whatever it is set to play otherwise.
  receivesEmergencies: true,
  fields: [
    {
      name: 'programmeSlots',
      type: 'array',
      label: { vi: 'Khung giờ phát (GMT+7)', en: 'Programme slots (GMT+7)' },
      labels: { singular: { vi: 'Khung giờ', en: 'Slot' }, plural: { vi: 'Khung giờ', en: 'Slots' } },
      admin: {
        description: {
          vi: 'Bản tin thường được phát vào khung giờ kế tiếp; để trống để dùng 06:00–06:30 và 17:00–17:30.',
          en: 'Ordinary bulletins go out in the next slot; leave empty for 06:00–06:30 and 17:00–17:30.',
        },
      },
      fields: [
        { name: 'start', type: 'text', required: true, label: { vi: 'Bắt đầu (HH:mm)', en: 'Start (HH:mm)' }, validate: validateClockTime as never },
        { name: 'end', type: 'text', required: true, label: { vi: 'Kết thúc (HH:mm)', en: 'End (HH:mm)' }, validate: validateClockTime as never },
      ],
    },
  ],
  send: sendRadio,
  // For radio systems that poll: /api/feeds/{channel-slug}/podcast.xml, this channel's bulletins.
  feeds: { 'podcast.xml': ({ channel, req }) => renderPodcastFeed({ cfg: broadcastConfigOf(req.payload), req, scope: radioChannelScope(channel), title: channel.name }) },
}

/**
 * The secrets airing receipts may be signed with: one per enabled radio channel. Read from the
 * stored rows, as the delivery job reads them: the API strips credentials from every answer.
 */
export const radioReceiptSecrets = async (req: PayloadRequest): Promise<Array<{ channel: string; secret: string }>> => {
  const { docs } = await req.payload.db.find({
    collection: 'channels',
    limit: 0,
    pagination: false,
    req,
    where: { and: [{ kind: { equals: RADIO_CHANNEL_KIND } }, { enabled: { equals: true } }] },
  })
  return (docs as Array<{ slug?: string; secret?: null | string }>)
    .filter((doc): doc is { slug: string; secret: string } => Boolean(doc.slug && doc.secret))
    .map((doc) => ({ channel: doc.slug, secret: doc.secret }))
}
