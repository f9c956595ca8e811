/**
 * Before Payload's login: an unknown e-mail and a locked account get the very error a wrong
 * password gets, after as long a password check. Payload answers an unknown e-mail at once
 * and a locked account with "user locked", both before hashing, which tells who has an
 * account. A correct password for a locked account is refused the same way, so the lock does
 * not confirm the account either; the message does not change during the lock.
 */
import type { CollectionBeforeOperationHook } from 'payload'

import { AuthenticationError } from 'payload'

import { spendPasswordCheck } from '../auth/passwordCheckCost.js'

type StoredUser = { hash?: unknown; lockUntil?: null | string }

export const answerLoginFailuresAlike: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Missing fields: Payload's own validation answers, the same for everyone.
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args

  const user = (await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })) as null | StoredUser
  const isLocked = Boolean(user?.lockUntil && Date.parse(user.lockUntil) > Date.now())
  if (user && !isLocked) return args

  await spendPasswordCheck({ password, storedHash: user?.hash })
  throw new AuthenticationError(req.t)
}
