import type { PayloadRequest } from 'payload'

import { MAX_BODY_BYTES } from '../defaults.js'
import { CitizenRequestError } from './citizenRequestError.js'

const tooLarge = () =>
  new CitizenRequestError(`Nội dung gửi lên quá lớn (tối đa ${MAX_BODY_BYTES} byte) — request body larger than ${MAX_BODY_BYTES} bytes`, 413, 'body')

/** The request's JSON body; refused with 413 when too large (checked on the header first) and 400 when not JSON. */
export const readJsonBody = async (req: PayloadRequest): Promise<unknown> => {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge()
  const text = req.text ? await req.text() : ''
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge()
  try {
    return JSON.parse(text)
  } catch {
    throw new CitizenRequestError('Nội dung gửi lên không phải JSON hợp lệ — the request body is not valid JSON', 400, 'body')
  }
}
