import type { PayloadRequest } from 'payload'

/** The default staff rule: anyone signed in to the admin. */
export const isLoggedIn = (req: PayloadRequest): boolean => Boolean(req.user)
