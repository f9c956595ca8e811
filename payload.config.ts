/**
 * Loa's Payload configuration: the domain collections, the Loa plugins, and the database
 * picked from DATABASE_URI. `loaConfig()` takes overrides so tests can build the same config
 * on a fresh database.
 */
import type { Config, Plugin } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { campaignStaffOnly } from './collections/access/campaignStaffOnly.js'
import { canScheduleCampaignItem } from './collections/access/canScheduleCampaignItem.js'
import { isAdminUser } from './collections/access/roles.js'
import { forgotPasswordMutation } from './collections/auth/forgotPasswordMutation.js'
import { sendPasswordResetTask } from './collections/auth/sendPasswordResetTask.js'
import { hideAccountLocks } from './collections/hooks/hideAccountLocks.js'
import { loaCollections } from './collections/index.js'
import { campaignInsightsPlugin } from '@loa/plugin-campaign-insights'
import { channelPublishingPlugin } from '@loa/plugin-channel-publishing'
import { reviewWorkflowPlugin } from '@loa/plugin-review-workflow'
import { SCHEDULING_FIELD_NAMES, schedulingPlugin } from '@loa/plugin-scheduling'
import { workshopsPlugin } from '@loa/plugin-workshops'
import { databaseAdapterFor, DEFAULT_DATABASE_URI } from './src/lib/database.js'
import { answerBusyDatabaseWith503 } from './src/lib/databaseBusy.js'
import { emailAdapterFromEnv } from './src/lib/email.js'
import { maxImagePixels, sharpWithPixelLimit } from './src/lib/imagePixelLimit.js'
import { hardenInput } from './src/lib/inputHardening.js'
import { peerAddressOf, trustedProxiesFromEnv } from './src/lib/peerAddress.js'
import { announcePublicChanges } from './src/lib/publicCache/announcePublicChange.js'
import { rateLimitStoreFromEnv } from './src/lib/rateLimits/sharedRateLimitStore.js'
import { whenDatabaseCloses } from './src/lib/whenDatabaseCloses.js'
import { listenForPublicChanges } from './src/lib/publicCache/listenForPublicChanges.js'
import { publicServerURL, warnWhenPublicUrlUnset } from './src/lib/publicUrl.js'
import { resolvePayloadSecret } from './src/lib/secret.js'
import { slugify } from '@loa/helpers'
import { DEMO_SEED_CONTEXT } from './src/seed/context.js'
import { seedDemoContentIfEmpty } from './src/seed/seedDemoContentIfEmpty.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type LoaConfigOverrides = {
  /** A database URI other than DATABASE_URI (tests pass a fresh one). */
  databaseUri?: string
  /** Email adapter other than the SMTP one from the environment (tests pass their own). */
  email?: Config['email']
  /** Extra plugins applied after Loa's own (tests, benchmarks). */
  extraPlugins?: Plugin[]
  /** Let the schema be pushed rather than migrated; defaults to "not production". */
  isSchemaPushed?: boolean
  /** Seed the demo content when the database has no users; defaults to "not production". */
  isSeededWhenEmpty?: boolean
  /** The public URL the server is reached at (absolute links in feeds and e-mails); defaults to LOA_PUBLIC_URL. */
  serverURL?: string
}

export const loaConfig = (overrides: LoaConfigOverrides = {}) => {
  const isSeededWhenEmpty = overrides.isSeededWhenEmpty ?? (process.env.NODE_ENV !== 'production' && process.env.LOA_SEED !== 'false')
  // Counts for the limits per client, shared by every instance (Redis, else Postgres).
  const rateLimitStore = rateLimitStoreFromEnv(overrides.databaseUri ?? process.env.DATABASE_URI ?? DEFAULT_DATABASE_URI)
  return buildConfig({
    serverURL: overrides.serverURL ?? process.env.LOA_PUBLIC_URL ?? '',
    secret: resolvePayloadSecret(),
    admin: {
      user: 'users',
      // Initials drawn on the page: Payload's Gravatar default is a broken image offline.
      avatar: { Component: '/src/components/InitialsAvatar#InitialsAvatar' },
      importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' — Loa' },
      dateFormat: 'dd/MM/yyyy HH:mm',
      timezones: { defaultTimezone: 'Asia/Ho_Chi_Minh', supportedTimezones: [{ label: 'GMT+7 (Hà Nội)', value: 'Asia/Ho_Chi_Minh' }] },
    },
    i18n: { fallbackLanguage: 'vi', supportedLanguages: { vi, en } },
    localization: {
      defaultLocale: 'vi',
      fallback: true,
      locales: [
        { code: 'vi', label: 'Tiếng Việt' },
        { code: 'en', label: 'English' },
      ],
    },
    collections: loaCollections(),
    editor: lexicalEditor(),
    db: databaseAdapterFor({ isSchemaPushed: overrides.isSchemaPushed, uri: overrides.databaseUri }),
    email: overrides.email ?? emailAdapterFromEnv(),
    sharp: sharpWithPixelLimit(sharp, maxImagePixels()),
    graphQL: { disablePlaygroundInProduction: true, mutations: forgotPasswordMutation },
    hooks: { afterError: [answerBusyDatabaseWith503, hideAccountLocks] },
    jobs: { tasks: [sendPasswordResetTask] },
    typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'payload-types.ts') },
    plugins: [
      reviewWorkflowPlugin({
        collections: ['reports', 'features', 'workshops'],
        importContextKey: DEMO_SEED_CONTEXT,
        // Settings that change no published word: the waiting-list switch is the organiser's call.
        neutralFields: ['search', 'waitlistEnabled', ...SCHEDULING_FIELD_NAMES],
        canReadStaffFields: campaignStaffOnly,
      }),
      schedulingPlugin({
        collections: ['reports', 'features', 'workshops'],
        isAdmin: isAdminUser,
        canSchedule: canScheduleCampaignItem,
        canReadStaffFields: campaignStaffOnly,
      }),
      campaignInsightsPlugin(),
      // Not Payload's serverURL, which the admin also calls its API at: a development server
      // reached at 127.0.0.1 or another port must not be sent to localhost:3000.
      channelPublishingPlugin({ collections: ['reports', 'features', 'workshops'], serverURL: overrides.serverURL ?? publicServerURL(), slugify }),
      workshopsPlugin({
        workshopsSlug: 'workshops',
        campaignsSlug: 'campaigns',
        retentionDays: 180,
        peerAddress: peerAddressOf,
        trustedProxies: trustedProxiesFromEnv(),
        rateLimitStore,
      }),
      ...(overrides.extraPlugins ?? []),
      // Last, so it covers every plugin's fields: strict selects, client errors as 400.
      hardenInput(),
      // Last too: every collection's public changes move the public cache's version.
      announcePublicChanges({ except: ['users', 'deliveries', 'schedule-runs', 'review-events'] }),
    ],
    onInit: async (payload) => {
      warnWhenPublicUrlUnset(payload)
      whenDatabaseCloses(payload, rateLimitStore.close)
      await listenForPublicChanges(payload)
      if (isSeededWhenEmpty) await seedDemoContentIfEmpty(payload)
    },
  })
}

export default loaConfig()
