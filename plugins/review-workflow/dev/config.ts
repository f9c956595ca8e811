/**
 * The review workflow in the smallest host it needs: users with a `roles` field and one plain
 * `posts` collection with drafts. Every option is left at its default, so this is also what a
 * project gets that installs the plugin and says nothing.
 */
import type { DatabaseAdapterObj, SanitizedConfig } from 'payload'

import { buildConfig } from 'payload'

import { reviewWorkflowPlugin } from '@loa/plugin-review-workflow'

export const DEV_ROLES = ['admin', 'editor', 'reviewer', 'manager'] as const

export const reviewWorkflowDevConfig = ({ db, serverURL }: { db: DatabaseAdapterObj; serverURL?: string }): Promise<SanitizedConfig> =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'review-workflow-dev-secret',
    serverURL,
    admin: { user: 'users' },
    collections: [
      {
        slug: 'users',
        auth: true,
        fields: [{ name: 'roles', type: 'select', hasMany: true, saveToJWT: true, options: [...DEV_ROLES] }],
      },
      {
        slug: 'posts',
        versions: { drafts: true },
        admin: { useAsTitle: 'title' },
        fields: [
          { name: 'title', type: 'text', required: true },
          { name: 'body', type: 'textarea' },
        ],
      },
    ],
    db,
    plugins: [reviewWorkflowPlugin({ collections: ['posts'] })],
    typescript: { autoGenerate: false },
  })
