/**
 * The smallest host the plugin runs in: users, one plain `posts` collection, the plugin with
 * its defaults. The standalone tests boot it; `npm`-free hosts can copy it as a starting point.
 */
import type { DatabaseAdapterObj, EmailAdapter, SanitizedConfig } from 'payload'

import { buildConfig } from 'payload'

import type { CitizenInteractionPluginConfig } from '../src/index.js'

import { citizenInteractionPlugin } from '../src/index.js'

export const citizenDevConfig = ({
  db,
  email,
  pluginOptions = {},
  serverURL,
}: {
  db: DatabaseAdapterObj
  email?: EmailAdapter | Promise<EmailAdapter>
  pluginOptions?: CitizenInteractionPluginConfig
  serverURL: string
}): Promise<SanitizedConfig> =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'citizen-interaction-dev-secret',
    serverURL,
    db,
    ...(email ? { email } : {}),
    collections: [
      { slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }] },
      { slug: 'posts', versions: { drafts: true }, fields: [{ name: 'title', type: 'text', required: true }] },
    ],
    plugins: [citizenInteractionPlugin({ itemCollections: ['posts'], ...pluginOptions })],
    telemetry: false,
  })
