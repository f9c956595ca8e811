/**
 * Tells every instance that public content changed, once the change is committed. Postgres:
 * NOTIFY on the writer's own transaction, which Postgres delivers at COMMIT (and drops at
 * ROLLBACK) to every listening instance, this one included. Other databases run one instance:
 * this process's version moves after the commit.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, PayloadRequest } from 'payload'

import { runAfterCommit } from '../afterCommit.js'
import { bumpContentVersion } from './contentVersion.js'

export const PUBLIC_CHANGE_CHANNEL = 'loa_public_content'

type SqlAdapter = {
  name: string
  drizzle?: unknown
  sessions?: Record<string, { db: unknown }>
  execute?: (args: { db?: unknown; drizzle?: unknown; raw: string }) => Promise<unknown>
}

export const announcePublicChange = async (req: PayloadRequest): Promise<void> => {
  const adapter = req.payload.db as unknown as SqlAdapter
  // This instance does not wait for its own notification to arrive.
  await runAfterCommit(req, bumpContentVersion)
  if (adapter.name !== 'postgres' || typeof adapter.execute !== 'function') return
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const connection = (transactionID !== undefined && transactionID !== null && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  await adapter.execute({ db: connection, drizzle: connection, raw: `SELECT pg_notify('${PUBLIC_CHANGE_CHANNEL}', '')` })
}

const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await announcePublicChange(req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await announcePublicChange(req)
  return doc
}

/** Payload's own bookkeeping and Loa's internal ledgers change often and are never public. */
export const COLLECTIONS_NEVER_PUBLIC = ['payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-kv']

/** Adds the announcement to every collection whose documents may be read publicly. */
export const announcePublicChanges =
  ({ except = [] }: { except?: readonly string[] } = {}) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      [...COLLECTIONS_NEVER_PUBLIC, ...except].includes(collection.slug)
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
            },
          },
    ),
  })
