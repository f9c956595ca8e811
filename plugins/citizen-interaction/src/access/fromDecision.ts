/**
 * Collection access from the host's decisions. The decisions take `{ req }`; Payload's access
 * functions take more, so each is wrapped here once.
 */
import type { Access, FieldAccess } from 'payload'

import type { QuestionDoc, SanitizedCitizenConfig } from '../types.js'

export const staffAccess =
  (cfg: SanitizedCitizenConfig): Access =>
  async ({ req }) =>
    Boolean(req.user) && (await cfg.isStaff({ req }))

export const adminAccess =
  (cfg: SanitizedCitizenConfig): Access =>
  async ({ req }) =>
    Boolean(req.user) && (await cfg.isAdmin({ req }))

/** Field access to the asker's contacts: the question is passed so a host can decide per campaign. */
export const contactAccess =
  (cfg: SanitizedCitizenConfig): FieldAccess =>
  async ({ doc, req }) =>
    Boolean(req.user) && (await cfg.canSeeContacts({ req, question: doc as QuestionDoc | undefined }))
