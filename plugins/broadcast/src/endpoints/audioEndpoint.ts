import type { Endpoint } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import type { SanitizedBroadcastConfig } from '../types.js'

import { AUDIO_LINK_PATH, checkAudioLink } from '../contract/signedAudioLink.js'
import { bilingual } from '../utilities/messages.js'

type AudioDoc = { filename?: string | null; mimeType?: string | null; filesize?: number | null }

const refuse = (status: number, vi: string, en: string) =>
  Response.json({ errors: [{ message: bilingual(vi, en) }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * GET /api/broadcast/audio/:id?expires=…&signature=… — the audio file for whoever holds a
 * signed link that has not expired (radio systems have no account here); 403 otherwise.
 */
export const audioEndpoint = (cfg: SanitizedBroadcastConfig): Endpoint => ({
  path: AUDIO_LINK_PATH,
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const url = new URL(req.url ?? 'http://localhost')
    const check = checkAudioLink({ id, expires: url.searchParams.get('expires'), signature: url.searchParams.get('signature'), secret: req.payload.secret })
    if (check === 'expired') return refuse(403, 'Liên kết âm thanh đã hết hạn', 'The audio link has expired')
    if (check !== 'ok') return refuse(403, 'Chữ ký liên kết âm thanh không đúng', 'The audio link signature is wrong')
    const audio = (await req.payload.findByID({
      collection: cfg.audioSlug as never,
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })) as AudioDoc | null
    if (!audio?.filename) return refuse(404, 'Không có tệp âm thanh này', 'No such audio')
    const bytes = await fs.readFile(path.join(cfg.audioDirectory, path.basename(audio.filename)))
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        'Content-Type': audio.mimeType ?? 'application/octet-stream',
        'Content-Length': String(bytes.byteLength),
        'Cache-Control': 'private, max-age=300',
      },
    })
  },
})
