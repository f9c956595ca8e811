import type { Id } from '../types.js'

/** "workshopId:e-mail" for active registrations; unique in the database, null once cancelled or anonymised. */
export const activeKeyOf = (workshopId: Id, email: unknown): string =>
  `${workshopId}:${String(email ?? '')
    .trim()
    .toLowerCase()}`
