import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { maxImagePixels } from '../../src/lib/imagePixelLimit.js'

// Payload reads every frame of these (sharp's `animated`), so every frame counts.
const ALL_FRAMES_DECODED = new Set(['gif', 'tiff', 'webp'])

const megapixels = (pixels: number) => `${Math.round(pixels / 100_000) / 10}`

/**
 * Refuses an uploaded image that would decode to more pixels than the limit, before Payload
 * decodes it: only the header is read. (The pixel limit on the configured sharp stops every
 * other decode too, but Payload reports that as an unexplained upload failure.)
 */
export const rejectOversizedImage: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file || !req.payload.config.sharp) return args
  const header = await req.payload.config
    .sharp(file.tempFilePath || file.data, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined)
  // Not an image sharp can read: Payload's own type checks answer for it.
  if (!header?.width || !header.height) return args
  const frameHeight = header.pageHeight ?? header.height
  const frames = ALL_FRAMES_DECODED.has(header.format) ? (header.pages ?? 1) : 1
  const pixels = header.width * frameHeight * frames
  const limit = maxImagePixels()
  if (pixels <= limit) return args
  const size = `${header.width} × ${frameHeight}${frames > 1 ? ` × ${frames} khung/frames` : ''}`
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'file',
        message: `Ảnh có quá nhiều điểm ảnh (${size}; tối đa ${megapixels(limit)} triệu) — the image has too many pixels (${size}; at most ${megapixels(limit)} megapixels)`,
      },
    ],
    req,
  })
}
