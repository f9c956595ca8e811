import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

import { isAdminUser } from '../../collections/access/roles.js'

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

/**
 * Who may run, queue or cancel jobs over HTTP (/api/payload-jobs/run…): admins, or an outside
 * scheduler presenting `Authorization: Bearer $LOA_JOBS_SECRET`. Server code passes
 * overrideAccess and is not affected.
 */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (isAdminUser(req.user)) return true
  const secret = process.env.LOA_JOBS_SECRET
  const header = req.headers?.get('authorization') ?? ''
  return Boolean(secret) && header.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), secret as string)
}
