/**
 * Respondent tokens the office hands out (as links or QR codes): `serial-signature`, signed with
 * the app's secret for one survey, so the endpoint checks a token without a table of them and
 * nobody can make up new ones. The response stores only a hash of the token.
 */
import crypto from 'node:crypto'

import type { Id } from '../types.js'

const signatureOf = ({ secret, serial, surveyId }: { secret: string; serial: number; surveyId: Id }) =>
  crypto.createHmac('sha256', secret).update(`loa-survey:${surveyId}:${serial}`).digest('base64url').slice(0, 22)

export const respondentToken = (args: { secret: string; serial: number; surveyId: Id }): string => `${args.serial}-${signatureOf(args)}`

export const isValidRespondentToken = ({ secret, surveyId, token }: { secret: string; surveyId: Id; token: string }): boolean => {
  const match = /^(\d{1,9})-([A-Za-z0-9_-]{22})$/.exec(token)
  if (!match) return false
  const expected = Buffer.from(signatureOf({ secret, serial: Number(match[1]), surveyId }))
  const given = Buffer.from(match[2] as string)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}

export const tokenKeyOf = ({ surveyId, token }: { surveyId: Id; token: string }): string =>
  `${surveyId}:${crypto.createHash('sha256').update(token).digest('hex')}`
