import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedChannelPublishingConfig } from '../types.js'

import { mayActOn } from '../access/canSeeDeliveries.js'
import { itemKeyOf } from '../utilities/ids.js'
import { createDeliveryRow, lastActionByChannel } from '../utilities/planDeliveries.js'
import { queueDeliveryJob } from '../utilities/queueDelivery.js'
import { buildSnapshot, contentHashOf } from '../utilities/snapshot.js'

const FORBIDDEN = 'Bạn không có quyền gửi lại — you may not retry or resend this delivery'

const assertMayActOn = async (config: SanitizedChannelPublishingConfig, req: PayloadRequest, doc: { campaign?: unknown; id: number | string }) => {
  if (!(await mayActOn(config, req, doc))) throw new APIError(FORBIDDEN, req.user ? 403 : 401)
}

const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    throw new APIError('Nội dung yêu cầu không phải JSON — request body must be JSON', 400)
  }
}

/** POST /api/deliveries/:id/retry: a failed or dead delivery goes back to the queue, due now. */
export const createRetryEndpoint = (config: SanitizedChannelPublishingConfig): Endpoint => ({
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(FORBIDDEN, 401)
    const id = String(req.routeParams?.id ?? '')
    const delivery = (await req.payload
      .findByID({ collection: config.deliveriesSlug as never, id, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)) as { id: number | string; status: string; campaign?: unknown } | null
    if (!delivery) throw new APIError(`Không tìm thấy lượt phát hành "${id}" — delivery "${id}" not found`, 404)
    await assertMayActOn(config, req, delivery)
    if (delivery.status !== 'failed' && delivery.status !== 'dead') {
      throw new APIError(`Chỉ gửi lại được lượt lỗi (status hiện là "${delivery.status}") — only failed or dead deliveries can be retried`, 409)
    }
    const updated = await req.payload.update({
      collection: config.deliveriesSlug as never,
      id: delivery.id,
      data: { status: 'pending', attempts: 0, nextAttemptAt: new Date().toISOString(), leaseExpiresAt: null, leaseToken: null } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    await queueDeliveryJob({ payload: req.payload, req })
    return Response.json({ message: 'Đã xếp hàng gửi lại — queued for retry', doc: updated })
  },
})

/** POST /api/deliveries/resend { collection, id, channel }: sends a published item to a channel again. */
export const createResendEndpoint = (config: SanitizedChannelPublishingConfig): Endpoint => ({
  path: '/resend',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(FORBIDDEN, 401)
    const body = await readBody(req)
    const collection = String(body.collection ?? '')
    if (!config.collections.includes(collection)) {
      throw new APIError(`Loại nội dung "${collection}" không hợp lệ — field "collection" must be one of ${config.collections.join(', ')}`, 400)
    }
    if (body.id === undefined || body.id === null || body.id === '') throw new APIError('Thiếu mã nội dung — field "id" is required', 400)
    if (body.channel === undefined || body.channel === null || body.channel === '') throw new APIError('Thiếu kênh — field "channel" is required', 400)
    const item = (await req.payload
      .findByID({ collection: collection as never, id: body.id as string, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)) as { id: number | string; _status?: string; campaign?: unknown } | null
    if (!item) throw new APIError(`Không tìm thấy nội dung — field "id": item not found`, 404)
    await assertMayActOn(config, req, item)
    if (item._status !== 'published') throw new APIError('Chỉ gửi lại được nội dung đã xuất bản — field "id": the item is not published', 409)
    const channel = (await req.payload
      .findByID({ collection: config.channelsSlug as never, id: body.channel as string, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)) as { id: number | string; enabled?: boolean } | null
    if (!channel) throw new APIError('Không tìm thấy kênh — field "channel": channel not found', 404)
    if (!channel.enabled) throw new APIError('Kênh đang tắt — field "channel": the channel is disabled', 409)
    const latest = await lastActionByChannel(req, itemKeyOf(collection, item.id))
    const last = latest.get(String(channel.id))
    const snapshot = await buildSnapshot({ collection, config, id: item.id, req })
    const doc = await createDeliveryRow({
      action: last && last.action !== 'retract' ? 'update' : 'publish',
      campaign: item.campaign,
      channelId: channel.id,
      collection,
      contentHash: contentHashOf(snapshot),
      id: item.id,
      // Sent again as urgently as it was first sent: an emergency resent still overtakes the queue.
      priority: await config.deliveryPriority({ collection, id: item.id, req }),
      req,
      snapshot,
    })
    await queueDeliveryJob({ payload: req.payload, req })
    return Response.json({ message: 'Đã xếp hàng gửi lại — queued for delivery', doc }, { status: 201 })
  },
})
