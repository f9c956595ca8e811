import type { RelationshipFieldManyValidation } from 'payload'

import type { SanitizedBroadcastConfig } from '../types.js'

import { relationId } from '../utilities/relationId.js'
import { MESSAGES } from '../utilities/messages.js'

/**
 * Every area of a bulletin must exist: the database's foreign key would refuse an unknown id
 * too, but as a 500 after half the write; this refuses it first, as a 400 naming the field.
 */
export const validateAreas =
  (cfg: SanitizedBroadcastConfig): RelationshipFieldManyValidation =>
  async (value, { req }) => {
    const ids = [...new Set((value ?? []).map((entry) => relationId(entry as never)).filter((id) => id !== null))]
    if (!ids.length) return true
    const found = await req.payload.find({
      collection: cfg.areasSlug as never,
      where: { id: { in: ids } },
      limit: ids.length,
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    const known = new Set((found.docs as { id: number | string }[]).map((doc) => String(doc.id)))
    const unknown = ids.filter((id) => !known.has(String(id)))
    return unknown.length ? MESSAGES.unknownAreas(unknown.map(String)) : true
  }
