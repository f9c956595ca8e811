/**
 * The plugin alone in the smallest Payload project it serves: users and one `posts`
 * collection whose documents carry the KPIs (the plugin adds the `kpis` list), none of Loa's
 * code. A contributed metric (`usersJoined`: accounts created in the period) shows the
 * `metrics` extension point. Tests boot it on a fresh database (tests/standalone/campaign-insights.test.ts).
 */
import type { DatabaseAdapterObj, SanitizedConfig } from 'payload'

import { buildConfig } from 'payload'

import type { CampaignInsightsPluginConfig, InsightMetric } from '../src/index.js'

import { campaignInsightsPlugin } from '../src/index.js'

/** Accounts created inside the KPI's period: one COUNT, through the request. */
export const usersJoined: InsightMetric = {
  key: 'usersJoined',
  label: { vi: 'Tài khoản mới', en: 'New accounts' },
  compute: async ({ req, window }) =>
    (
      await req.payload.count({
        collection: 'users',
        overrideAccess: true,
        req,
        where: { and: [{ createdAt: { greater_than_equal: window.from.toISOString() } }, { createdAt: { less_than: window.to.toISOString() } }] },
      })
    ).totalDocs,
}

export const buildDevConfig = ({
  db,
  pluginOptions,
  serverURL,
}: {
  db: DatabaseAdapterObj
  pluginOptions?: Partial<CampaignInsightsPluginConfig>
  serverURL: string
}): Promise<SanitizedConfig> =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'campaign-insights-dev-secret-0123456789',
    serverURL,
    db,
    admin: { user: 'users' },
    collections: [
      { slug: 'users', auth: true, fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor'] }] },
      { slug: 'posts', fields: [{ name: 'name', type: 'text', required: true }] },
    ],
    plugins: [campaignInsightsPlugin({ campaignsSlug: 'posts', metrics: [usersJoined], ...pluginOptions })],
    typescript: { autoGenerate: false },
  })
