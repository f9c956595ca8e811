/**
 * Scheduling in the smallest host it needs: users with a `roles` field and one plain `posts`
 * collection with drafts, no review workflow and no campaigns. Every option is left at its
 * default: an admin sets publishAt, and the due-items task publishes the draft itself.
 */
import type { DatabaseAdapterObj, SanitizedConfig } from 'payload'

import { buildConfig } from 'payload'

import { schedulingPlugin } from '@loa/plugin-scheduling'

export const schedulingDevConfig = ({ db, serverURL }: { db: DatabaseAdapterObj; serverURL?: string }): Promise<SanitizedConfig> =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'scheduling-dev-secret',
    serverURL,
    admin: { user: 'users' },
    collections: [
      {
        slug: 'users',
        auth: true,
        fields: [{ name: 'roles', type: 'select', hasMany: true, saveToJWT: true, options: ['admin', 'editor'] }],
      },
      {
        slug: 'posts',
        versions: { drafts: true },
        admin: { useAsTitle: 'title' },
        fields: [{ name: 'title', type: 'text', required: true }],
      },
    ],
    db,
    plugins: [schedulingPlugin({ collections: ['posts'] })],
    typescript: { autoGenerate: false },
  })
