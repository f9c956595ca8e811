import type { Endpoint, PayloadRequest, Where } from 'payload'

import { idOf } from '@loa/helpers'

import type { Id, SanitizedCitizenConfig } from '../types.js'

import { HONEYPOT_FIELD, LIMITS } from '../defaults.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { CitizenRequestError } from '../utilities/citizenRequestError.js'
import { addressKeyOf } from '../utilities/rateLimitKeys.js'
import { readJsonBody } from '../utilities/readJsonBody.js'

const refuse = (field: string, message: string, status = 400): never => {
  throw new CitizenRequestError(message, status, field)
}

const idFrom = (value: unknown, field: string): Id => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value
  if (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value)) return value
  return refuse(field, `Mã "${field}" không hợp lệ — "${field}" is not a valid id`)
}

const collectionFrom = (cfg: SanitizedCitizenConfig, value: unknown): string => {
  if (typeof value !== 'string' || !cfg.itemCollections.includes(value))
    refuse('collection', `Không nhận phản hồi cho loại nội dung này — "collection" must be one of: ${cfg.itemCollections.join(', ')}`)
  return value as string
}

const itemKeyOf = (collection: string, id: Id) => `${collection}:${id}`

/** The item a reader rates, if it exists and is published (for collections with drafts). */
const loadPublishedItem = async ({ collection, id, req }: { collection: string; id: Id; req: PayloadRequest }) => {
  const item = (await req.payload.findByID({
    collection: asCollectionSlug(collection),
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as null | Record<string, unknown>
  const hasDrafts = Boolean(req.payload.collections[asCollectionSlug(collection)]?.config.versions?.drafts)
  if (!item || (hasDrafts && item._status !== 'published')) refuse('id', 'Không tìm thấy nội dung đã đăng này — no published item with this id', 404)
  return item as Record<string, unknown>
}

const tooManyRequests = (retryAfterSeconds: number): Response =>
  Response.json(
    {
      errors: [
        {
          message: `Quá nhiều phản hồi từ địa chỉ này, vui lòng thử lại sau ${retryAfterSeconds} giây — too many feedback messages from this address, try again in ${retryAfterSeconds} s`,
          data: { field: 'address', retryAfterSeconds },
        },
      ],
    },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  )

/**
 * POST /api/{feedback} — anyone says whether a published item helped (`helpful`), with an
 * optional comment that waits for moderation. Answers 201.
 */
export const giveFeedbackEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/',
  method: 'post',
  handler: async (req) => {
    const address = cfg.clientAddress(req)
    const addressKey = address === null ? null : addressKeyOf(address)
    if (addressKey !== null) {
      const verdict = await cfg.rateLimitStore.hit({ key: `feedback:${addressKey}`, limit: cfg.rateLimits.feedbackPerAddress, now: Date.now() })
      if (!verdict.isAllowed) return tooManyRequests(verdict.retryAfterSeconds)
    }

    const body = await readJsonBody(req)
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return refuse('body', 'Nội dung gửi lên phải là một đối tượng JSON — the request body must be a JSON object')
    const input = body as Record<string, unknown>
    const honeypot = input[HONEYPOT_FIELD]
    if (honeypot !== undefined && honeypot !== null && honeypot !== '')
      refuse(HONEYPOT_FIELD, `Trường "${HONEYPOT_FIELD}" phải để trống — "${HONEYPOT_FIELD}" must be left empty`)
    const collection = collectionFrom(cfg, input.collection)
    const id = idFrom(input.id, 'id')
    if (typeof input.helpful !== 'boolean') refuse('helpful', 'Cần cho biết nội dung có hữu ích không (true/false) — "helpful" must be true or false')
    let comment: null | string = null
    if (input.comment !== undefined && input.comment !== null) {
      if (typeof input.comment !== 'string') refuse('comment', 'Góp ý phải là chuỗi ký tự — "comment" must be a string')
      comment = (input.comment as string).normalize('NFC').trim() || null
      if (comment && comment.length > LIMITS.comment)
        refuse('comment', `Góp ý dài quá ${LIMITS.comment} ký tự — "comment" is longer than ${LIMITS.comment} characters`)
    }

    const item = await loadPublishedItem({ collection, id, req })
    const campaign = cfg.campaignsSlug ? (idOf(item.campaign) ?? null) : undefined
    await req.payload.create({
      collection: asCollectionSlug(cfg.feedbackSlug),
      data: {
        item: { relationTo: collection, value: item.id },
        itemKey: itemKeyOf(collection, item.id as Id),
        ...(campaign === undefined ? {} : { campaign }),
        helpful: input.helpful,
        comment,
        commentStatus: comment ? 'pending' : 'none',
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Response.json(
      {
        helpful: input.helpful,
        commentStatus: comment ? 'pending' : 'none',
        message: comment
          ? 'Cảm ơn phản hồi của anh/chị; góp ý sẽ hiển thị sau khi được duyệt. — Thank you; your comment will appear once approved.'
          : 'Cảm ơn phản hồi của anh/chị. — Thank you for your feedback.',
      },
      { status: 201 },
    )
  },
})

/** Which feedback a public read is about: one item (`collection` + `id`) or one campaign (`campaign`). */
const scopeOf = (cfg: SanitizedCitizenConfig, req: PayloadRequest): Where => {
  const params = new URL(req.url ?? 'http://localhost/').searchParams
  const campaign = params.get('campaign')
  if (campaign !== null) {
    if (!cfg.campaignsSlug) refuse('campaign', 'Không có chiến dịch trên trang này — this site has no campaigns')
    return { campaign: { equals: idFrom(campaign, 'campaign') } }
  }
  const collection = collectionFrom(cfg, params.get('collection'))
  return { itemKey: { equals: itemKeyOf(collection, idFrom(params.get('id'), 'id')) } }
}

/** GET /api/{feedback}/counts?collection=&id= (or ?campaign=) — helpful / not helpful counts and approved comments, public. */
export const feedbackCountsEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/counts',
  method: 'get',
  handler: async (req) => {
    const scope = scopeOf(cfg, req)
    const count = async (where: Where) =>
      (await req.payload.count({ collection: asCollectionSlug(cfg.feedbackSlug), where: { and: [scope, where] }, overrideAccess: true, req })).totalDocs
    const [helpful, notHelpful, comments] = await Promise.all([
      count({ helpful: { equals: true } }),
      count({ helpful: { equals: false } }),
      count({ commentStatus: { equals: 'approved' } }),
    ])
    return Response.json({ helpful, notHelpful, total: helpful + notHelpful, comments })
  },
})

/** GET /api/{feedback}/comments?collection=&id= (or ?campaign=) — the approved comments, newest first; no one's identity. */
export const feedbackCommentsEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/comments',
  method: 'get',
  handler: async (req) => {
    const scope = scopeOf(cfg, req)
    const { docs } = await req.payload.find({
      collection: asCollectionSlug(cfg.feedbackSlug),
      where: { and: [scope, { commentStatus: { equals: 'approved' } }] },
      sort: '-createdAt',
      limit: 50,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Response.json({
      docs: (docs as unknown as Array<{ comment: string; helpful: boolean; createdAt: string }>).map(({ comment, createdAt, helpful }) => ({
        comment,
        helpful,
        createdAt,
      })),
    })
  },
})
