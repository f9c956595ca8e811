import sharp from 'sharp'

import { DEFAULT_MAX_IMAGE_PIXELS, maxImagePixels, sharpWithPixelLimit } from '../../src/lib/imagePixelLimit.js'

describe('the image pixel limit', () => {
  afterEach(() => {
    delete process.env.LOA_MAX_IMAGE_PIXELS
  })

  it('is 40 megapixels unless LOA_MAX_IMAGE_PIXELS says otherwise', () => {
    expect(maxImagePixels()).toBe(DEFAULT_MAX_IMAGE_PIXELS)
    expect(DEFAULT_MAX_IMAGE_PIXELS).toBe(40_000_000)
    process.env.LOA_MAX_IMAGE_PIXELS = '25000000'
    expect(maxImagePixels()).toBe(25_000_000)
  })

  it.each(['40MP', '-1', '0', '1.5', 'Infinity'])('stops the start on LOA_MAX_IMAGE_PIXELS=%s, naming the setting', (value) => {
    process.env.LOA_MAX_IMAGE_PIXELS = value
    expect(() => maxImagePixels()).toThrow(`LOA_MAX_IMAGE_PIXELS must be a positive whole number of pixels (e.g. 40000000), not "${value}"`)
  })

  it('makes the configured sharp refuse to decode an image over the limit, and decode one within it', async () => {
    const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0a6' } })
      .png()
      .toBuffer()
    await expect(sharpWithPixelLimit(sharp, 1_000)(image).resize(10).toBuffer()).rejects.toThrow('exceeds pixel limit')
    const resized = await sharpWithPixelLimit(sharp, 1_200)(image).resize(10).toBuffer({ resolveWithObject: true })
    expect([resized.info.width, resized.info.height]).toEqual([10, 8])
  })
})
