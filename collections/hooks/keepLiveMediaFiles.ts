import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'

import { liveItemsShowing } from '../access/mediaUsage.js'

type Id = number | string
type MediaArgs = { id?: Id; where?: Where; data?: Record<string, unknown>; overrideAccess?: boolean }
type StoredFocus = { id: Id; focalX?: number | null; focalY?: number | null }

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Whether an update makes new image files: a new upload, a crop or resize, or a moved focal point. */
const makesNewFiles = (req: PayloadRequest, data: Record<string, unknown> | undefined, stored: StoredFocus): boolean => {
  if (req.file) return true
  const edits = req.query?.uploadEdits as
    { crop?: unknown; focalPoint?: { x?: unknown; y?: unknown }; heightInPixels?: unknown; widthInPixels?: unknown } | undefined
  if (edits && typeof edits === 'object') {
    if (edits.crop || edits.heightInPixels || edits.widthInPixels) return true
    if (edits.focalPoint && (edits.focalPoint.x !== stored.focalX || edits.focalPoint.y !== stored.focalY)) return true
  }
  const movesFocus = (name: 'focalX' | 'focalY') => Boolean(data && name in data && isNumber(data[name]) && data[name] !== stored[name])
  return movesFocus('focalX') || movesFocus('focalY')
}

const targets = async (req: PayloadRequest, args: MediaArgs): Promise<StoredFocus[]> => {
  const where: Where | undefined = args.id !== undefined && args.id !== null ? { id: { equals: args.id } } : args.where
  if (!where) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { focalX: true, focalY: true },
    where,
  })
  return docs as unknown as StoredFocus[]
}

/** Of the given media, those the request's user may change (update) or delete: Payload answers the others. */
const permitted = async (req: PayloadRequest, operation: 'delete' | 'update', docs: StoredFocus[]): Promise<StoredFocus[]> => {
  if (docs.length === 0) return []
  const access = req.payload.collections.media.config.access[operation]
  const result = await access({ id: docs.length === 1 ? (docs[0]!.id as number) : undefined, req })
  if (result === true) return docs
  if (!result) return []
  const { docs: allowed } = await req.payload.find({
    collection: 'media',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { and: [result, { id: { in: docs.map((doc) => doc.id) } }] },
  })
  const ids = new Set(allowed.map((doc) => String(doc.id)))
  return docs.filter((doc) => ids.has(String(doc.id)))
}

/**
 * What a live item shows changes through review only. A new file (or a crop, a resize, a moved
 * focal point) for media a published item uses is refused before Payload replaces anything on
 * disk, and so is deleting it: upload a new image and put it on the item, whose edit is then
 * reviewed. Runs before Payload deletes the old files (which happens before any later hook);
 * server code acting with overrideAccess is trusted.
 */
export const keepLiveMediaFiles: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const mediaArgs = args as MediaArgs
  if (mediaArgs.overrideAccess) return args
  const stored = await targets(req, mediaArgs)
  const changed = operation === 'delete' ? stored : stored.filter((doc) => makesNewFiles(req, mediaArgs.data, doc))
  // Someone who may not touch the media at all gets Payload's own refusal, not this one.
  const affected = await permitted(req, operation, changed)
  if (affected.length === 0) return args
  const shownBy = await liveItemsShowing(
    req,
    affected.map((doc) => doc.id),
  )
  if (shownBy.length === 0) return args
  const items = shownBy.join(', ')
  throw new APIError(
    operation === 'delete'
      ? `Không thể xoá ảnh đang hiển thị trên nội dung đã xuất bản (${items}); hãy thay ảnh của nội dung đó trước — ` +
          `this file is shown by published items (${items}): change their image first (the change is reviewed)`
      : `Không thể thay tệp của ảnh đang hiển thị trên nội dung đã xuất bản (${items}); hãy tải ảnh mới lên rồi đổi ảnh của nội dung đó để được duyệt — ` +
          `this file is shown by published items (${items}): upload a new image and change the item, which goes through review`,
    409,
    { items: shownBy },
    true,
  )
}
