/**
 * @loa/plugin-broadcast booted alone (plugins/broadcast/dev/config.ts: users without roles +
 * posts) on each SQL adapter, with the real espeak-ng and lame, through Payload's own REST
 * handler for the endpoints.
 */
import type { Payload } from 'payload'

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseBuffer } from 'music-metadata'
import crypto from 'node:crypto'
import { createLocalReq, handleEndpoints } from 'payload'
import Parser from 'rss-parser'
import { Webhook } from 'standardwebhooks'

import type { Synthesize } from '@loa/plugin-broadcast'

import {
  broadcastConfigOf,
  missingSynthesisPrograms,
  radioMessageFor,
  sendRadioMessage,
  signedAudioUrl,
  synthesizeWithEspeak,
  THANH_HOA_AREAS,
} from '@loa/plugin-broadcast'

import type { StandalonePayload } from '../helpers/standalonePayload.js'

import { broadcastDevConfig } from '../../plugins/broadcast/dev/config.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createStandalonePayload } from '../helpers/standalonePayload.js'
import { newWebhookSecret, startWebhookReceiver } from '../helpers/webhookReceiver.js'

const adapters = adaptersUnderTest().filter((adapter) => adapter === 'sqlite' || adapter === 'postgres')

const missingPrograms = missingSynthesisPrograms()
if (missingPrograms.length) throw new Error(`[broadcast tests] install the Debian packages espeak-ng and lame: missing ${missingPrograms.join(', ')}`)

/** A PCM WAV of `seconds` of silence, 8 kHz 8-bit mono: real audio of a known length. */
const silentWav = (seconds: number): Buffer => {
  const rate = 8000
  const dataSize = Math.round(seconds * rate)
  const wav = Buffer.alloc(44 + dataSize, 0x80)
  wav.write('RIFF', 0)
  wav.writeUInt32LE(36 + dataSize, 4)
  wav.write('WAVE', 8)
  wav.write('fmt ', 12)
  wav.writeUInt32LE(16, 16)
  wav.writeUInt16LE(1, 20)
  wav.writeUInt16LE(1, 22)
  wav.writeUInt32LE(rate, 24)
  wav.writeUInt32LE(rate, 28)
  wav.writeUInt16LE(1, 32)
  wav.writeUInt16LE(8, 34)
  wav.write('data', 36)
  wav.writeUInt32LE(dataSize, 40)
  return wav
}

const ffprobe = (file: string) =>
  JSON.parse(
    execFileSync('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'format=format_name,duration:stream=codec_name,channels,bit_rate',
      '-of',
      'json',
      file,
    ]).toString(),
  ) as {
    format: { format_name: string; duration: string }
    streams: { codec_name: string; channels: number; bit_rate: string }[]
  }

describe.each(adapters)('broadcast plugin alone on %s', (adapter) => {
  let instance: StandalonePayload
  let payload: Payload
  let token: string
  let audioDirectory: string
  // The real voice, swapped for a failing one in the failure test only.
  let synthesize: Synthesize = synthesizeWithEspeak
  const receiptSecret = newWebhookSecret()

  const rest = async (method: string, urlPath: string, options: { body?: BodyInit; json?: unknown; auth?: boolean } = {}) => {
    const headers: Record<string, string> = {}
    if (options.auth !== false) headers.Authorization = `JWT ${token}`
    let body = options.body
    if (options.json !== undefined) {
      body = JSON.stringify(options.json)
      headers['Content-Type'] = 'application/json'
    }
    const request = new Request(`http://localhost:3000${urlPath}`, { method, headers, body })
    const response = await handleEndpoints({ config: payload.config, payloadInstanceCacheKey: `standalone:${instance.databaseUri}`, request })
    const text = await response.text()
    const isJson = response.headers.get('content-type')?.includes('json')
    return { status: response.status, text, body: isJson && text ? JSON.parse(text) : undefined }
  }

  const jobsFor = async (id: number | string) =>
    (await payload.find({ collection: 'payload-jobs' as never, limit: 1000, depth: 0 })).docs.filter((job) => (job as any).input?.id === String(id)) as any[]

  const countAudio = async () => (await payload.count({ collection: 'bulletin-audio' as never })).totalDocs
  const postOf = async (id: number | string) =>
    (await payload.findByID({ collection: 'posts' as never, id, depth: 0 })) as unknown as { bulletin: Record<string, any> }

  beforeAll(async () => {
    audioDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bulletin-audio-'))
    instance = await createStandalonePayload(
      adapter,
      broadcastDevConfig({
        audioDirectory,
        maxDurationSeconds: 900,
        synthesize: (args) => synthesize(args),
        receiptSecrets: () => [{ channel: 'radio-thanh-hoa', secret: receiptSecret }],
      }),
    )
    payload = instance.payload
    await payload.create({ collection: 'users', data: { email: 'staff@example.vn', password: 'mat-khau-dai-du-0123', name: 'Cán bộ' } as never })
    const login = await payload.login({ collection: 'users', data: { email: 'staff@example.vn', password: 'mat-khau-dai-du-0123' } })
    token = login.token as string
  })

  afterAll(async () => {
    await instance?.cleanup()
    fs.rmSync(audioDirectory, { recursive: true, force: true })
  })

  it("seeds Thanh Hoá's 166 communes and wards with their official codes", async () => {
    const areas = await payload.find({ collection: 'areas' as never, limit: 500, depth: 0, sort: 'code' })
    expect(areas.totalDocs).toBe(166)
    expect(THANH_HOA_AREAS).toHaveLength(166)
    const byCode = new Map(areas.docs.map((doc) => [(doc as any).code, (doc as any).name]))
    expect(byCode.get('14797')).toBe('Phường Hạc Thành')
    expect(byCode.get('14845')).toBe('Xã Mường Lát')
    expect([...byCode.keys()].every((code) => /^\d{5}$/.test(code))).toBe(true)
    expect(areas.docs.filter((doc) => (doc as any).name.startsWith('Phường '))).toHaveLength(19)
  })

  it('makes a script from a seeded post: numbers, dates and abbreviations read out', async () => {
    const post = await payload.create({
      collection: 'posts' as never,
      data: {
        title: 'UBND tỉnh phát động tháng cao điểm CĐS',
        summary: 'Từ ngày 15/3/2025, 100% TTHC được tiếp nhận qua DVC trực tuyến; hotline 0237.3852.123.',
      } as never,
    })
    const response = await rest('POST', '/api/broadcast/script', { json: { text: `${(post as any).title}. ${(post as any).summary}` } })
    expect(response.status).toBe(200)
    expect(response.body.script).toBe(
      'Ủy ban nhân dân tỉnh phát động tháng cao điểm chuyển đổi số. Từ ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm, một trăm phần trăm thủ tục hành chính được tiếp nhận qua dịch vụ công trực tuyến; hotline không hai ba bảy, ba tám năm hai, một hai ba.',
    )
  })

  it("makes a script from an item's title and summary by its id", async () => {
    const post = (await payload.create({
      collection: 'posts' as never,
      data: { title: 'HĐND tỉnh khóa XVIII họp kỳ thứ 5', summary: 'Kỳ họp diễn ra từ ngày 9 đến 11/12' } as never,
    })) as any
    const response = await rest('POST', '/api/broadcast/script', { json: { collection: 'posts', id: post.id } })
    expect(response.status).toBe(200)
    expect(response.body.script).toBe('Hội đồng nhân dân tỉnh khóa mười tám họp kỳ thứ năm.\nKỳ họp diễn ra từ ngày chín đến ngày mười một tháng mười hai.')
    expect((await rest('POST', '/api/broadcast/script', { json: { collection: 'users', id: 1 } })).status).toBe(400)
    expect((await rest('POST', '/api/broadcast/script', { json: { collection: 'posts', id: 987654 } })).status).toBe(404)
  })

  it('refuses the script endpoint to anonymous callers and bad bodies, naming the field', async () => {
    expect((await rest('POST', '/api/broadcast/script', { json: { text: 'UBND' }, auth: false })).status).toBe(401)
    const empty = await rest('POST', '/api/broadcast/script', { json: { text: '   ' } })
    expect(empty.status).toBe(400)
    expect(empty.text).toContain('"text"')
    const notText = await rest('POST', '/api/broadcast/script', { json: { text: 42 } })
    expect(notText.status).toBe(400)
    const notJson = await rest('POST', '/api/broadcast/script', { body: '{not json', json: undefined })
    expect(notJson.status).toBe(400)
  })

  it('reads abbreviations an admin adds in the settings', async () => {
    await payload.updateGlobal({ slug: 'broadcast-settings' as never, data: { abbreviations: [{ short: 'BQL', spoken: 'Ban quản lý' }] } as never })
    const response = await rest('POST', '/api/broadcast/script', { json: { text: 'BQL dự án CĐS' } })
    expect(response.body.script).toBe('Ban quản lý dự án chuyển đổi số')
  })

  const upload = (bytes: Buffer, name: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify({ source: 'recording' }))
    return rest('POST', '/api/bulletin-audio', { body: form })
  }

  it('refuses audio that does not decode, whatever its name and type, and stores nothing', async () => {
    const before = await countAudio()
    // Text named .mp3: Payload's own type check already refuses it.
    const text = await upload(Buffer.from('Đây không phải âm thanh. '.repeat(200)), 'ban-tin.mp3', 'audio/mpeg')
    expect(text.status).toBe(400)
    expect(text.text).toContain('file')
    // A RIFF/WAVE signature passes every check on the first bytes; only decoding finds no audio behind it.
    const riffHeader = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x20, 0x10, 0, 0]), Buffer.from('WAVE')])
    const fake = await upload(Buffer.concat([riffHeader, Buffer.alloc(4000, 0x41)]), 'ban-tin-gia.wav', 'audio/wav')
    expect(fake.status).toBe(400)
    expect(fake.body.errors[0].data.errors[0]).toMatchObject({ path: 'file' })
    expect(fake.text).toContain('không giải mã được')
    expect(await countAudio()).toBe(before)
    expect(fs.readdirSync(audioDirectory).filter((name) => name.startsWith('ban-tin'))).toHaveLength(0)
  })

  it('refuses audio longer than the maximum', async () => {
    const before = await countAudio()
    await expect(
      payload.create({
        collection: 'bulletin-audio' as never,
        data: {} as never,
        file: { data: silentWav(901), mimetype: 'audio/wav', name: 'qua-dai.wav', size: 0 },
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'file' })] } })
    expect(await countAudio()).toBe(before)
  })

  it('keeps a recording: its decoded duration goes on the bulletin and no voice is synthesized', async () => {
    const recording = (await payload.create({
      collection: 'bulletin-audio' as never,
      data: {} as never,
      file: { data: silentWav(3), mimetype: 'audio/wav', name: 'ghi-am.wav', size: 0 },
    })) as any
    expect(recording.source).toBe('recording')
    expect(recording.durationSeconds).toBeCloseTo(3, 1)
    expect(recording.sha256).toMatch(/^[0-9a-f]{64}$/)
    const post = (await payload.create({
      collection: 'posts' as never,
      data: { title: 'Thông báo lịch tiêm chủng', bulletin: { script: 'Thông báo lịch tiêm chủng.', audio: recording.id, priority: 'priority' } } as never,
    })) as any
    expect(post.bulletin.durationSeconds).toBeCloseTo(3, 1)
    expect(post.bulletin.synthesisStatus).toBe('none')
    expect(await jobsFor(post.id)).toHaveLength(0)
  })

  it('synthesizes an MP3 from the script in a queued job, with its real duration', async () => {
    const post = (await payload.create({
      collection: 'posts' as never,
      data: { title: 'Cảnh báo mưa lớn', bulletin: { script: 'UBND tỉnh thông báo: từ ngày 28-9 có mưa 100 - 200mm, gió cấp 6, giật cấp 8.' } } as never,
    })) as any
    expect(post.bulletin.synthesisStatus).toBe('queued')
    expect(post.bulletin.audio ?? null).toBeNull()

    await payload.jobs.run({ queue: 'default' })

    const after = await postOf(post.id)
    expect(after.bulletin.synthesisStatus).toBe('done')
    const audio = (await payload.findByID({ collection: 'bulletin-audio' as never, id: after.bulletin.audio })) as any
    expect(audio.source).toBe('synthesized')
    expect(audio.mimeType).toBe('audio/mpeg')
    const file = path.join(audioDirectory, audio.filename)
    const probe = ffprobe(file)
    expect(probe.format.format_name).toBe('mp3')
    expect(probe.streams[0]).toMatchObject({ codec_name: 'mp3', channels: 1, bit_rate: '64000' })
    const probed = Number(probe.format.duration)
    expect(probed).toBeGreaterThan(2)
    expect(Math.abs(probed - audio.durationSeconds) / probed).toBeLessThan(0.1)
    expect(after.bulletin.durationSeconds).toBe(audio.durationSeconds)
    const { format } = await parseBuffer(fs.readFileSync(file), undefined, { duration: true })
    expect(format.container).toBe('MPEG')
    expect(format.duration).toBeGreaterThan(0)
  })

  it('drops a synthesized voice when the script changes and makes a new one', async () => {
    const post = (await payload.create({ collection: 'posts' as never, data: { title: 'Lịch họp', bulletin: { script: 'Họp lúc 8h30.' } } as never })) as any
    await payload.jobs.run({ queue: 'default' })
    const first = await postOf(post.id)
    expect(first.bulletin.synthesisStatus).toBe('done')

    const edited = (await payload.update({
      collection: 'posts' as never,
      id: post.id,
      data: { bulletin: { ...first.bulletin, script: 'Họp lúc 14h, tại hội trường UBND xã.' } } as never,
    })) as any
    expect(edited.bulletin.audio ?? null).toBeNull()
    expect(edited.bulletin.synthesisStatus).toBe('queued')
    await payload.jobs.run({ queue: 'default' })
    const second = await postOf(post.id)
    expect(second.bulletin.synthesisStatus).toBe('done')
    expect(second.bulletin.audio).not.toEqual(first.bulletin.audio)
  })

  it('keeps the voice when an update touches only the priority or another field', async () => {
    const { id, audio } = await synthesizedPost('Lịch cắt điện')
    const onlyPriority = (await payload.update({ collection: 'posts' as never, id, data: { bulletin: { priority: 'priority' } } as never, depth: 0 })) as any
    expect(onlyPriority.bulletin).toMatchObject({ script: 'Lịch cắt điện', audio: audio.id, synthesisStatus: 'done', priority: 'priority' })
    const otherField = (await payload.update({ collection: 'posts' as never, id, data: { summary: 'Cập nhật' } as never, depth: 0 })) as any
    expect(otherField.bulletin).toMatchObject({ audio: audio.id, synthesisStatus: 'done' })
  })

  it('records a synthesis failure on the bulletin and retries', async () => {
    synthesize = async () => {
      throw new Error('giọng đọc của nhà cung cấp không phản hồi')
    }
    try {
      const post = (await payload.create({ collection: 'posts' as never, data: { title: 'Tin lỗi', bulletin: { script: 'Thông báo thử.' } } as never })) as any
      await payload.jobs.run({ queue: 'default' })
      const failed = await postOf(post.id)
      expect(failed.bulletin.synthesisStatus).toBe('failed')
      expect(failed.bulletin.synthesisError).toContain('không phản hồi')
      const [job] = await jobsFor(post.id)
      expect(job).toMatchObject({ hasError: false, completedAt: null })
      expect(job.totalTried).toBeGreaterThanOrEqual(1)

      synthesize = synthesizeWithEspeak
      await payload.jobs.run({ queue: 'default' })
      expect((await postOf(post.id)).bulletin.synthesisStatus).toBe('done')
    } finally {
      synthesize = synthesizeWithEspeak
    }
  })

  it('fails with a clear message when espeak-ng is not installed', async () => {
    const savedPath = process.env.PATH
    process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-path-'))
    try {
      await expect(synthesizeWithEspeak({ text: 'xin chào', voice: 'vi' })).rejects.toThrow(/espeak-ng/)
    } finally {
      process.env.PATH = savedPath
    }
  })

  it('refuses an unknown area, naming the field, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'posts' as never })).totalDocs
    await expect(
      payload.create({ collection: 'posts' as never, data: { title: 'Sai địa bàn', bulletin: { script: 'Thử.', areas: [999999] } } as never }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'bulletin.areas', message: expect.stringContaining('999999') })] },
    })
    expect((await payload.count({ collection: 'posts' as never })).totalDocs).toBe(before)
  })

  const synthesizedPost = async (title: string, extra: Record<string, unknown> = {}) => {
    const post = (await payload.create({ collection: 'posts' as never, data: { title, bulletin: { script: title, ...extra } } as never })) as any
    await payload.jobs.run({ queue: 'default' })
    const after = await postOf(post.id)
    expect(after.bulletin.synthesisStatus).toBe('done')
    const audio = (await payload.findByID({ collection: 'bulletin-audio' as never, id: after.bulletin.audio })) as any
    return { id: post.id, audio }
  }

  const fetchLink = (link: string) => rest('GET', link.replace('http://localhost:3000', ''), { auth: false })

  it('sends a signed radio message that a verifying receiver on 127.0.0.1 accepts, with an audio link that works and then expires', async () => {
    const receiver = await startWebhookReceiver()
    try {
      const areas = (await payload.find({ collection: 'areas' as never, where: { code: { in: ['14797', '14845'] } } as never })).docs as any[]
      const { id, audio } = await synthesizedPost('Thông báo lịch tiếp công dân tháng 10', { areas: areas.map((area) => area.id), priority: 'ordinary' })
      const req = await createLocalReq({}, payload)
      const message = await radioMessageFor({ cfg: broadcastConfigOf(payload), req, collection: 'posts', id, action: 'publish' })
      const sent = await sendRadioMessage({ endpoint: receiver.url, message, secret: receiver.secret, webhookId: `bulletin-posts-${id}-publish` })
      expect(sent.isOk).toBe(true)

      expect(receiver.received).toHaveLength(1)
      const [delivery] = receiver.received
      expect(delivery.isVerified).toBe(true)
      expect(delivery.body.type).toBe('bulletin.published')
      const bulletin = delivery.body.data.bulletin
      expect(bulletin.areas).toEqual([
        { code: '14797', name: 'Phường Hạc Thành' },
        { code: '14845', name: 'Xã Mường Lát' },
      ])
      expect(bulletin.priority).toBe('ordinary')
      expect(new Date(bulletin.slot.start).getTime()).toBeGreaterThan(Date.now())
      expect(bulletin.durationSeconds).toBe(audio.durationSeconds)
      expect(bulletin.sha256).toBe(audio.sha256)

      const viaLink = await rest('GET', bulletin.audioUrl.replace('http://localhost:3000', ''), { auth: false })
      expect(viaLink.status).toBe(200)

      const expired = signedAudioUrl({ baseUrl: 'http://localhost:3000', id: audio.id, secret: payload.secret, ttlSeconds: 60, now: Date.now() - 120_000 })
      expect((await fetchLink(expired)).status).toBe(403)
      const tampered = bulletin.audioUrl.replace(/signature=([0-9a-f])/, (_: string, c: string) => `signature=${c === '0' ? '1' : '0'}`)
      expect((await fetchLink(tampered)).status).toBe(403)
    } finally {
      await receiver.close()
    }
  })

  it('serves the audio bytes behind a signed link', async () => {
    const { audio } = await synthesizedPost('Thông báo thu gom rác thải')
    const link = signedAudioUrl({ baseUrl: 'http://localhost:3000', id: audio.id, secret: payload.secret, ttlSeconds: 60 })
    const request = new Request(link)
    const response = await handleEndpoints({ config: payload.config, payloadInstanceCacheKey: `standalone:${instance.databaseUri}`, request })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('audio/mpeg')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(audio.sha256)
  })

  it('lists bulletins in a podcast feed an independent RSS parser reads, enclosure length matching the file', async () => {
    const { id, audio } = await synthesizedPost('Hướng dẫn cài đặt VNeID mức độ 2')
    const response = await rest('GET', '/api/broadcast/podcast.xml', { auth: false })
    expect(response.status).toBe(200)
    const feed = await new Parser({ customFields: { item: ['itunes:duration'] } }).parseString(response.text)
    const item = feed.items.find((entry) => entry.title === 'Hướng dẫn cài đặt VNeID mức độ 2') as any
    expect(item).toBeDefined()
    expect(item.guid).toContain(`posts:${id}:`)
    const size = fs.statSync(path.join(audioDirectory, audio.filename)).size
    expect(Number(item.enclosure.length)).toBe(size)
    expect(item.enclosure.type).toBe('audio/mpeg')
    expect(item['itunes:duration']).toMatch(/^00:00:\d{2}$/)
    expect(item.content).toMatch(/GMT\+7/)
    const viaEnclosure = await fetchLink(item.enclosure.url)
    expect(viaEnclosure.status).toBe(200)
  })

  const sendReceipt = (data: Record<string, unknown>, secret = receiptSecret, webhookId = `receipt-${data.receiptId}`) => {
    const body = JSON.stringify({ type: 'bulletin.aired', timestamp: new Date().toISOString(), data })
    const at = new Date()
    const form = {
      'Content-Type': 'application/json',
      'webhook-id': webhookId,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(webhookId, at, body),
    }
    const request = new Request('http://localhost:3000/api/broadcast/receipts', { method: 'POST', headers: form, body })
    return handleEndpoints({ config: payload.config, payloadInstanceCacheKey: `standalone:${instance.databaseUri}`, request }).then(async (response) => ({
      status: response.status,
      body: await response.json(),
    }))
  }

  it('stores signed airing receipts once, refuses bad signatures with 401 and malformed ones with 400', async () => {
    const post = (await payload.create({ collection: 'posts' as never, data: { title: 'Tin phát thanh có biên nhận' } as never })) as any
    const receipt = { receiptId: `r-${post.id}`, collection: 'posts', id: String(post.id), areaCode: '14797', playedAt: '2025-10-14T10:02:00Z', seconds: 42 }
    const countAirings = async () =>
      (await payload.count({ collection: 'airings' as never, where: { itemId: { equals: String(post.id) } } as never })).totalDocs

    const first = await sendReceipt(receipt)
    expect(first.status).toBe(201)
    const again = await sendReceipt(receipt)
    expect(again).toMatchObject({ status: 200, body: { duplicate: true, id: first.body.id } })
    expect(await countAirings()).toBe(1)
    const stored = (await payload.findByID({ collection: 'airings' as never, id: first.body.id, depth: 1 })) as any
    expect(stored).toMatchObject({ channel: 'radio-thanh-hoa', seconds: 42, itemCollection: 'posts', area: { code: '14797' } })
    expect(new Date(stored.playedAt).toISOString()).toBe('2025-10-14T10:02:00.000Z')

    expect((await sendReceipt({ ...receipt, receiptId: 'forged' }, newWebhookSecret())).status).toBe(401)
    const badSeconds = await sendReceipt({ ...receipt, receiptId: 'bad-seconds', seconds: 'bốn mươi' })
    expect(badSeconds).toMatchObject({ status: 400, body: { errors: [{ field: 'data.seconds' }] } })
    const unknownArea = await sendReceipt({ ...receipt, receiptId: 'unknown-area', areaCode: '99999' })
    expect(unknownArea).toMatchObject({ status: 400, body: { errors: [{ field: 'data.areaCode' }] } })
    expect(await countAirings()).toBe(1)
  })
})
