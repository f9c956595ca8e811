/**
 * The plugin alone in the smallest Payload project it is meant for: users (no roles) and
 * posts. Tests boot it through tests/helpers/standalonePayload.ts on SQLite and Postgres.
 */
import type { CollectionSlug, DatabaseAdapterObj, SanitizedConfig } from 'payload'

import crypto from 'node:crypto'
import { buildConfig } from 'payload'

import type { BroadcastPluginConfig } from '../src/index.js'

import { broadcastPlugin } from '../src/index.js'

export const broadcastDevConfig =
  (options: BroadcastPluginConfig = {}) =>
  ({ db, serverURL }: { db: DatabaseAdapterObj; serverURL: string }): Promise<SanitizedConfig> =>
    buildConfig({
      secret: crypto.randomBytes(24).toString('hex'),
      serverURL,
      db,
      telemetry: false,
      admin: { user: 'users' },
      collections: [
        { slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }] },
        {
          slug: 'posts',
          admin: { useAsTitle: 'title' },
          fields: [
            { name: 'title', type: 'text', required: true },
            { name: 'summary', type: 'textarea' },
          ],
        },
      ],
      plugins: [broadcastPlugin({ collections: ['posts' as CollectionSlug], ...options })],
    })
