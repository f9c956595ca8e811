/**
 * The plugin alone in the smallest Payload project it serves: users and one `posts`
 * collection standing for the events people register for (drafts, start and end, seats),
 * none of Loa's code. Tests boot it on a fresh database (tests/standalone/workshops.test.ts).
 */
import type { DatabaseAdapterObj, SanitizedConfig } from 'payload'

import { buildConfig } from 'payload'

import type { WorkshopsPluginConfig } from '../src/index.js'

import { workshopsPlugin } from '../src/index.js'

export const buildDevConfig = ({
  db,
  pluginOptions,
  serverURL,
}: {
  db: DatabaseAdapterObj
  pluginOptions?: Partial<WorkshopsPluginConfig>
  serverURL: string
}): Promise<SanitizedConfig> =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'workshops-dev-secret-0123456789',
    serverURL,
    db,
    admin: { user: 'users' },
    collections: [
      { slug: 'users', auth: true, fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor'] }] },
      {
        slug: 'posts',
        versions: { drafts: true },
        access: { read: ({ req }) => Boolean(req.user) || { _status: { equals: 'published' } } },
        fields: [
          { name: 'title', type: 'text', required: true },
          { name: 'startsAt', type: 'date', required: true },
          { name: 'endsAt', type: 'date', required: true },
          { name: 'capacity', type: 'number', min: 0 },
        ],
      },
    ],
    plugins: [workshopsPlugin({ workshopsSlug: 'posts', retentionSchedule: null, ...pluginOptions })],
    typescript: { autoGenerate: false },
  })
