import type { Endpoint, PayloadRequest } from 'payload'

import { Webhook } from 'standardwebhooks'

import type { SanitizedBroadcastConfig } from '../types.js'

import { problem } from '../utilities/problem.js'

export const RECEIPTS_ENDPOINT_PATH = '/broadcast/receipts'

/** The longest airing a receipt may report: a day. */
const MAX_SECONDS = 24 * 60 * 60

/** The channel whose secret signed this body, or null: every configured secret is tried. */
const signingChannel = async (cfg: SanitizedBroadcastConfig, req: PayloadRequest, body: string): Promise<null | string> => {
  const headers = {
    'webhook-id': req.headers.get('webhook-id') ?? '',
    'webhook-timestamp': req.headers.get('webhook-timestamp') ?? '',
    'webhook-signature': req.headers.get('webhook-signature') ?? '',
  }
  if (!headers['webhook-id'] || !headers['webhook-timestamp'] || !headers['webhook-signature']) return null
  for (const { channel, secret } of await cfg.receiptSecrets(req)) {
    try {
      new Webhook(secret).verify(body, headers)
      return channel
    } catch {
      // not this channel's secret; try the next
    }
  }
  return null
}

type ReceiptData = { receiptId?: unknown; collection?: unknown; id?: unknown; areaCode?: unknown; playedAt?: unknown; seconds?: unknown }

/**
 * POST /api/broadcast/receipts — a radio system reports "played in area X at time T for D
 * seconds", signed the Standard Webhooks way with its channel's secret. 401 when no channel's
 * secret verifies it, 400 naming the field when it is malformed or names an unknown item or
 * area, 200 once per receipt id (a repeated receipt changes nothing).
 */
export const receiptsEndpoint = (cfg: SanitizedBroadcastConfig): Endpoint => ({
  path: RECEIPTS_ENDPOINT_PATH,
  method: 'post',
  handler: async (req) => {
    const body = req.text ? await req.text() : ''
    const channel = await signingChannel(cfg, req, body)
    if (!channel) return problem(401, null, 'Chữ ký biên nhận không hợp lệ', 'The receipt signature does not verify')

    let data: ReceiptData
    try {
      data = ((JSON.parse(body) as { data?: ReceiptData }).data ?? {}) as ReceiptData
    } catch {
      return problem(400, 'data', 'Biên nhận phải là JSON', 'The receipt must be JSON')
    }
    if (typeof data.receiptId !== 'string' || !data.receiptId.trim() || data.receiptId.length > 200)
      return problem(400, 'data.receiptId', 'Thiếu mã biên nhận', 'data.receiptId must be a non-empty string')
    if (typeof data.collection !== 'string' || !cfg.collections.includes(data.collection as never))
      return problem(400, 'data.collection', 'Loại nội dung không phát thanh', 'data.collection is not a collection with bulletins')
    if ((typeof data.id !== 'string' && typeof data.id !== 'number') || String(data.id).length === 0)
      return problem(400, 'data.id', 'Thiếu mã nội dung', 'data.id must be the item id')
    const playedAt = typeof data.playedAt === 'string' ? new Date(data.playedAt) : null
    if (!playedAt || Number.isNaN(playedAt.getTime()))
      return problem(400, 'data.playedAt', 'Thời điểm phát không hợp lệ', 'data.playedAt must be an ISO date-time')
    if (typeof data.seconds !== 'number' || !Number.isFinite(data.seconds) || data.seconds < 0 || data.seconds > MAX_SECONDS)
      return problem(400, 'data.seconds', 'Thời lượng phát không hợp lệ', `data.seconds must be a number from 0 to ${MAX_SECONDS}`)
    if (typeof data.areaCode !== 'string') return problem(400, 'data.areaCode', 'Thiếu mã địa bàn', 'data.areaCode must be an official area code')

    const receiptId = data.receiptId.trim()
    const existing = await req.payload.find({
      collection: cfg.airingsSlug as never,
      where: { receiptId: { equals: receiptId } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (existing.docs.length) return Response.json({ id: (existing.docs[0] as { id: unknown }).id, duplicate: true })

    const area = (
      await req.payload.find({ collection: cfg.areasSlug as never, where: { code: { equals: data.areaCode } }, limit: 1, depth: 0, req, overrideAccess: true })
    ).docs[0] as { id: number | string } | undefined
    if (!area) return problem(400, 'data.areaCode', `Mã địa bàn không tồn tại: ${data.areaCode}`, `Unknown area code: ${data.areaCode}`)
    const item = await req.payload.findByID({ collection: data.collection as never, id: data.id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!item) return problem(400, 'data.id', 'Không có nội dung này', 'No such item')

    const airing = await req.payload.create({
      collection: cfg.airingsSlug as never,
      data: {
        receiptId,
        channel,
        itemCollection: data.collection,
        itemId: String(data.id),
        area: area.id,
        playedAt: playedAt.toISOString(),
        seconds: data.seconds,
      } as never,
      depth: 0,
      req,
      overrideAccess: true,
    })
    return Response.json({ id: (airing as { id: unknown }).id, duplicate: false }, { status: 201 })
  },
})
