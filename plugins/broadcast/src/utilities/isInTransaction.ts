import type { PayloadRequest } from 'payload'

/**
 * Whether the request's writes run in a database transaction. An adapter without transactions
 * (Payload's SQLite adapter by default) leaves `req.transactionID` as a promise of nothing, which
 * is truthy: await it to know. Without one, a refused step must be undone by hand.
 */
export const isInTransaction = async (req: PayloadRequest): Promise<boolean> => {
  const id = await req.transactionID
  return id !== null && id !== undefined
}
