/**
 * Payload can still answer "user locked" when parallel wrong passwords lock an account while a
 * login is under way (its re-check after counting the attempt): only an existing account can
 * be locked, so that answer becomes the wrong-password one, on REST and on GraphQL.
 * answerLoginFailuresAlike handles an account that is already locked before Payload runs.
 */
import type { AfterErrorHook } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

/** GraphQL hands over its own error wrapping Payload's. */
const isLockedAuth = (error: unknown): boolean => error instanceof LockedAuth || (error as { originalError?: unknown })?.originalError instanceof LockedAuth

export const hideAccountLocks: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isLockedAuth(error)) return
  const { message } = new AuthenticationError(req.t)
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' } } }
  return { response: { errors: [{ message }] }, status: 401 }
}
