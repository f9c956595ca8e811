import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

import { MAX_SCRIPT_INPUT_CHARS } from '../defaults.js'
import { normaliseForSpeech } from '../script/normaliseForSpeech.js'
import { loadAbbreviations } from '../utilities/loadAbbreviations.js'
import { MESSAGES } from '../utilities/messages.js'
import { plainTextOf } from '../utilities/plainTextOf.js'

export const SCRIPT_ENDPOINT_PATH = '/broadcast/script'

/**
 * POST /api/broadcast/script — staff only. `{ "text": "…" }`, or `{ "collection", "id" }` for
 * an item's title, summary and body, → `{ "script": "…" }`: the text written out for the ear
 * with the abbreviation list in force. Nothing is stored.
 */
export const scriptEndpoint = (cfg: SanitizedBroadcastConfig): Endpoint => ({
  path: SCRIPT_ENDPOINT_PATH,
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(MESSAGES.notStaff, 401, undefined, true)
    if (!(await cfg.isStaff(req))) throw new APIError(MESSAGES.notStaff, 403, undefined, true)
    let body: unknown
    try {
      body = req.json ? await req.json() : undefined
    } catch {
      throw new APIError(MESSAGES.bodyNotJson, 400, { field: 'text' }, true)
    }
    const { text: givenText, collection, id } = (body ?? {}) as { text?: unknown; collection?: unknown; id?: unknown }
    let text = givenText
    if (text === undefined && collection !== undefined) {
      if (typeof collection !== 'string' || !cfg.collections.includes(collection as never))
        throw new APIError(MESSAGES.unknownCollection, 400, { field: 'collection' }, true)
      if (typeof id !== 'string' && typeof id !== 'number') throw new APIError(MESSAGES.idRequired, 400, { field: 'id' }, true)
      // Read as the caller: a script is only made from an item they may read.
      const item = (await req.payload.findByID({ collection: collection as never, id, depth: 0, req, overrideAccess: false, disableErrors: true })) as Record<
        string,
        unknown
      > | null
      if (!item) throw new APIError(MESSAGES.itemNotFound, 404, { field: 'id' }, true)
      text = cfg.scriptSourceFields
        .map((field) => plainTextOf(item[field]).trim())
        .filter(Boolean)
        .map((part) => (/[.!?:;…]$/.test(part) ? part : `${part}.`))
        .join('\n')
    }
    if (typeof text !== 'string' || !text.trim()) throw new APIError(MESSAGES.textRequired, 400, { field: 'text' }, true)
    if (text.length > MAX_SCRIPT_INPUT_CHARS) throw new APIError(MESSAGES.textTooLong(MAX_SCRIPT_INPUT_CHARS), 400, { field: 'text' }, true)
    const script = normaliseForSpeech(text, { abbreviations: await loadAbbreviations({ cfg, req }) })
    return Response.json({ script }, { headers: { 'Cache-Control': 'private, no-store' } })
  },
})
