/**
 * What an anonymous reader of the REST API gets: the published item, not the machinery around
 * it. The plugins add the review workflow's state, the radio bulletin, the scheduling switches
 * and the search index text to every reviewed item; a reader of the portal needs none of them,
 * and reading them costs: every one is more columns and sub-selects in the item's query and
 * more fields in the walk over each document (the uncached public list ran at half of plain
 * Payload's rate with them). So an anonymous `GET /api/<collection>` or `/api/<collection>/<id>`
 * that names no `select` of its own is answered without the fields left out here, and without
 * the ones left out of the documents it populates (`populate`).
 *
 * Only those two REST routes: the feeds, the calendar and the plugins' endpoints read with the
 * same anonymous request and need what they need; a signed-in user, a `select` given by the
 * caller and every Local API call are unchanged.
 */
import type { CollectionBeforeOperationHook, CollectionSlug, Config, Plugin, PopulateType, SelectType } from 'payload'

import { collectionReadBy } from './publicCache/cacheablePublicRequest.js'

export type PublicReadProjectionOptions = {
  /** Per collection: the top-level fields an anonymous REST read leaves out. */
  omit: Partial<Record<CollectionSlug, string[]>>
  /** Per related collection: the fields left out when an anonymous REST read populates it. */
  omitWhenPopulated?: Partial<Record<CollectionSlug, string[]>>
}

const exclusion = (fields: string[]): SelectType => Object.fromEntries(fields.map((field) => [field, false]))

export const publicReadProjection =
  ({ omit, omitWhenPopulated = {} }: PublicReadProjectionOptions): Plugin =>
  (config: Config): Config => {
    const apiRoute = config.routes?.api ?? '/api'
    const populate: PopulateType | undefined = Object.keys(omitWhenPopulated).length
      ? (Object.fromEntries(Object.entries(omitWhenPopulated).map(([slug, fields]) => [slug, exclusion(fields ?? [])])) as PopulateType)
      : undefined
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        const fields = omit[collection.slug as CollectionSlug]
        if (!fields?.length) return collection
        const select = exclusion(fields)
        const projectAnonymousRead: CollectionBeforeOperationHook = ({ args, operation, req }) => {
          if (operation !== 'read' || req.user || args.overrideAccess || req.payloadAPI !== 'REST' || req.method !== 'GET') return args
          if (collectionReadBy(req.pathname ?? '', apiRoute) !== collection.slug) return args
          return { ...args, select: args.select ?? select, populate: args.populate ?? populate }
        }
        return {
          ...collection,
          hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), projectAnonymousRead] },
        }
      }),
    }
  }
