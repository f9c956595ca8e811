/**
 * The plugin alone in the smallest Payload project it serves: users and one `posts`
 * collection with drafts, none of Loa's code. Tests boot it on a fresh database
 * (tests/standalone/channel-publishing.test.ts); another project can read it as an example.
 */
import type { DatabaseAdapterObj, SanitizedConfig } from 'payload'

import { buildConfig } from 'payload'

import type { ChannelPublishingPluginConfig } from '../src/index.js'

import { channelPublishingPlugin } from '../src/index.js'

export const buildDevConfig = ({
  db,
  pluginOptions,
  serverURL,
}: {
  db: DatabaseAdapterObj
  pluginOptions?: Partial<ChannelPublishingPluginConfig>
  serverURL: string
}): Promise<SanitizedConfig> =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'channel-publishing-dev-secret-0123456789',
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
          { name: 'slug', type: 'text' },
          { name: 'summary', type: 'textarea' },
        ],
      },
    ],
    plugins: [channelPublishingPlugin({ collections: ['posts'], ...pluginOptions })],
    typescript: { autoGenerate: false },
  })
