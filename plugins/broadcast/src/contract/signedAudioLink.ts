import crypto from 'node:crypto'

/** The path of the audio endpoint; `:id` is the bulletin-audio document. */
export const AUDIO_LINK_PATH = '/broadcast/audio/:id'

const signatureOf = ({ id, expires, secret }: { id: number | string; expires: number; secret: string }) =>
  crypto.createHmac('sha256', secret).update(`broadcast-audio.${id}.${expires}`).digest('hex')

/**
 * A link to one audio file that works until `expires` (unix seconds) and for nothing else:
 * radio systems fetch the audio without an account, so the link itself is the permission.
 */
export const signedAudioUrl = ({
  baseUrl,
  id,
  secret,
  ttlSeconds,
  now = Date.now(),
}: {
  baseUrl: string
  id: number | string
  secret: string
  ttlSeconds: number
  now?: number
}): string => {
  const expires = Math.floor(now / 1000) + ttlSeconds
  return `${baseUrl}/api/broadcast/audio/${encodeURIComponent(String(id))}?expires=${expires}&signature=${signatureOf({ id, expires, secret })}`
}

export type LinkCheck = 'ok' | 'expired' | 'bad-signature'

export const checkAudioLink = ({
  id,
  expires,
  signature,
  secret,
  now = Date.now(),
}: {
  id: string
  expires: string | null
  signature: string | null
  secret: string
  now?: number
}): LinkCheck => {
  const expiresAt = Number(expires)
  if (!expires || !signature || !Number.isInteger(expiresAt)) return 'bad-signature'
  const expected = Buffer.from(signatureOf({ id, expires: expiresAt, secret }), 'hex')
  const given = Buffer.from(signature, 'hex')
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return 'bad-signature'
  return expiresAt * 1000 < now ? 'expired' : 'ok'
}
