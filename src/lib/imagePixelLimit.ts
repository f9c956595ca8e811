/**
 * How many pixels an uploaded image may decode to. A PNG of under 1 MB can declare
 * 16000 × 16000 px, and decoding it for the image sizes costs seconds and half a gigabyte;
 * sharp's own default (about 268 megapixels) lets that through.
 */
import type { SharpDependency } from 'payload'

export const DEFAULT_MAX_IMAGE_PIXELS = 40_000_000

/** `LOA_MAX_IMAGE_PIXELS` or 40 megapixels; a value that is not a positive whole number stops the start. */
export const maxImagePixels = (): number => {
  const configured = process.env.LOA_MAX_IMAGE_PIXELS
  if (!configured) return DEFAULT_MAX_IMAGE_PIXELS
  const pixels = Number(configured)
  if (!Number.isSafeInteger(pixels) || pixels <= 0) {
    throw new Error(`[loa] LOA_MAX_IMAGE_PIXELS must be a positive whole number of pixels (e.g. 40000000), not "${configured}".`)
  }
  return pixels
}

/** sharp that refuses to decode more pixels than `limit`, for every image Payload processes (upload, sizes, crop). */
export const sharpWithPixelLimit =
  (sharp: SharpDependency, limit: number): SharpDependency =>
  (input, options) =>
    sharp(input, { limitInputPixels: limit, ...options })
