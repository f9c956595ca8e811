/**
 * Hostile uploads: a small PNG that decodes to 16000×16000 px (a decompression bomb) is
 * refused before it is decoded, naming the file field and writing nothing; what is stored is
 * served with `X-Content-Type-Options: nosniff`, so no browser reads an upload as another type.
 */
import fs from 'node:fs'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { makeDemoImage } from '../../src/seed/demoImage.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { blankPng } from '../helpers/blankPng.js'
import { createUser, TEST_PASSWORD } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'

const filesInMediaDir = () => fs.readdirSync(process.env.LOA_MEDIA_DIR as string).sort()

const uploadForm = (bytes: Buffer, name: string, type: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Ảnh thử' }))
  return form
}

describe.each(adaptersUnderTest())('hostile uploads on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let token: string

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    await createUser(ctx.payload, 'quantri@uploads.vn', ['admin'])
    token = await api.login('quantri@uploads.vn', TEST_PASSWORD)
  }, 120_000)

  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('refuses a 16000×16000 px PNG at once with 400 naming the file field, and writes nothing', async () => {
    const bomb = await blankPng(16_000, 16_000)
    expect(bomb.length).toBeLessThan(1_000_000)
    const filesBefore = filesInMediaDir()
    const countBefore = (await ctx.payload.count({ collection: 'media' })).totalDocs

    const startedAt = Date.now()
    const response = await api.request('POST', '/api/media', { body: uploadForm(bomb, 'bom-anh.png', 'image/png'), token })
    const seconds = (Date.now() - startedAt) / 1000

    expect(response.status).toBe(400)
    const [fieldError] = response.body.errors[0].data.errors
    expect(fieldError.path).toBe('file')
    expect(fieldError.message).toContain('16000 × 16000')
    expect(fieldError.message).toContain('too many pixels')
    // Decoding it took about 10 s and half a gigabyte; refusing it reads only the header.
    expect(seconds).toBeLessThan(3)
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(countBefore)
    expect(filesInMediaDir()).toEqual(filesBefore)
  })

  it('takes the limit from LOA_MAX_IMAGE_PIXELS', async () => {
    const photo = await makeDemoImage({ caption: 'Ảnh 1600 × 900', hue: 120 })
    process.env.LOA_MAX_IMAGE_PIXELS = '1000000'
    try {
      const response = await api.request('POST', '/api/media', { body: uploadForm(photo, 'anh-lon.jpg', 'image/jpeg'), token })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors).toEqual([
        {
          path: 'file',
          message: 'Ảnh có quá nhiều điểm ảnh (1600 × 900; tối đa 1 triệu) — the image has too many pixels (1600 × 900; at most 1 megapixels)',
        },
      ])
    } finally {
      delete process.env.LOA_MAX_IMAGE_PIXELS
    }
    expect((await api.request('POST', '/api/media', { body: uploadForm(photo, 'anh-lon.jpg', 'image/jpeg'), token })).status).toBe(201)
  })

  it('stores an ordinary photo and serves it and its sizes with nosniff', async () => {
    const photo = await makeDemoImage({ caption: 'Ảnh thường', hue: 200 })
    const response = await api.request('POST', '/api/media', { body: uploadForm(photo, 'anh-thuong.jpg', 'image/jpeg'), token })
    expect(response.status).toBe(201)
    const doc = response.body.doc as { filename: string; sizes: Record<string, { filename: string | null }> }
    const served = [doc.filename, doc.sizes.thumbnail?.filename, doc.sizes.card?.filename]
    expect(served.every(Boolean)).toBe(true)
    for (const filename of served) {
      const file = await api.get(`/api/media/file/${encodeURIComponent(filename as string)}`)
      expect({ filename, status: file.status, type: file.headers.get('content-type'), nosniff: file.headers.get('x-content-type-options') }).toEqual({
        filename,
        status: 200,
        type: 'image/jpeg',
        nosniff: 'nosniff',
      })
    }
  })
})
