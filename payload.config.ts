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

import { forgotPasswordMutation } from './collections/auth/forgotPasswordMutation.js'
import { sendPasswordResetTask } from './collections/auth/sendPasswordResetTask.js'
import { hideAccountLocks } from './collections/hooks/hideAccountLocks.js'
import { loaCollections } from './collections/index.js'
import { mediaDir } from './collections/Media.js'
import { databaseAdapterFor, DEFAULT_DATABASE_URI } from './src/lib/database.js'
import { answerBusyDatabaseWith503 } from './src/lib/databaseBusy.js'
import { emailAdapterFromEnv } from './src/lib/email.js'
import { maxImagePixels, sharpWithPixelLimit } from './src/lib/imagePixelLimit.js'
import { hardenInput } from './src/lib/inputHardening.js'
import { announcePublicChanges } from './src/lib/publicCache/announcePublicChange.js'
import { rateLimitStoreFromEnv } from './src/lib/rateLimits/sharedRateLimitStore.js'
import { whenDatabaseCloses } from './src/lib/whenDatabaseCloses.js'
import { listenForPublicChanges } from './src/lib/publicCache/listenForPublicChanges.js'
import { publicServerURL, warnWhenPublicUrlUnset } from './src/lib/publicUrl.js'
import { quietRefusals } from './src/lib/quietRefusals.js'
import { resolvePayloadSecret } from './src/lib/secret.js'
import { runTasksInRequestScopes } from './src/lib/runTasksInRequestScopes.js'
import { isRunningJobsInProcess, loaJobs, startInProcessJobs } from './src/jobs/inProcessJobs.js'
import { hideFromNavigation } from './src/lib/hideFromNavigation.js'
import { publicReadProjection } from './src/lib/publicReadProjection.js'
import { reviewedCollectionsAdmin } from './src/lib/reviewedCollectionsAdmin.js'
import { vietnameseDates } from './src/lib/vietnameseDates.js'
import { ANONYMOUS_READS_OMIT, loaPlugins, REVIEWED_COLLECTIONS } from './src/plugins.js'
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

export const loaConfig = async (overrides: LoaConfigOverrides = {}) => {
  const isSeededWhenEmpty = overrides.isSeededWhenEmpty ?? (process.env.NODE_ENV !== 'production' && process.env.LOA_SEED !== 'false')
  // Counts for the limits per client, shared by every instance (Redis, else Postgres).
  const isJobsInProcess = isRunningJobsInProcess()
  const rateLimitStore = rateLimitStoreFromEnv(overrides.databaseUri ?? process.env.DATABASE_URI ?? DEFAULT_DATABASE_URI)
  return buildConfig({
    serverURL: overrides.serverURL ?? process.env.LOA_PUBLIC_URL ?? '',
    secret: resolvePayloadSecret(),
    admin: {
      user: 'users',
      // Initials drawn on the page: Payload's Gravatar default is a broken image offline.
      avatar: { Component: '/src/components/InitialsAvatar#InitialsAvatar' },
      components: {
        // Loa's mark, not Payload's, on the login page and in the navigation.
        graphics: { Icon: '/src/components/Brand/LoaIcon#LoaIcon', Logo: '/src/components/Brand/LoaLogo#LoaLogo' },
        // "Việc của tôi" (what waits for the signed-in user) instead of the grid of collection cards.
        views: { dashboard: { Component: '/src/components/MyWork/MyWorkDashboard#MyWorkDashboard' } },
      },
      importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' — Loa' },
      dateFormat: 'dd/MM/yyyy HH:mm',
      timezones: { defaultTimezone: 'Asia/Ho_Chi_Minh', supportedTimezones: [{ label: 'GMT+7 (Hà Nội)', value: 'Asia/Ho_Chi_Minh' }] },
    },
    i18n: {
      fallbackLanguage: 'vi',
      supportedLanguages: { vi, en },
      translations: { vi: { general: { email: 'Địa chỉ email', searchBy: 'Tìm theo {{label}}' } } },
    },
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
    db: await databaseAdapterFor({ isSchemaPushed: overrides.isSchemaPushed, uri: overrides.databaseUri }),
    email: overrides.email ?? emailAdapterFromEnv(),
    sharp: sharpWithPixelLimit(sharp, maxImagePixels()),
    graphQL: { disablePlaygroundInProduction: true, mutations: forgotPasswordMutation },
    hooks: { afterError: [answerBusyDatabaseWith503, hideAccountLocks] },
    jobs: loaJobs({ isInProcess: isJobsInProcess, tasks: [sendPasswordResetTask] }),
    typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'payload-types.ts') },
    plugins: [
      ...loaPlugins({
        audioDirectory: path.join(mediaDir, 'bulletin-audio'),
        publicServerURL: overrides.serverURL ?? publicServerURL(),
        rateLimitStore,
      }),
      ...(overrides.extraPlugins ?? []),
      // After every plugin, so their date fields are covered: dd/MM/yyyy in GMT+7 everywhere.
      vietnameseDates(),
      // One review panel in the sidebar and the stage in the lists.
      reviewedCollectionsAdmin({ collections: REVIEWED_COLLECTIONS }),
      // Anonymous REST reads answer with the published item, not the review, radio and
      // scheduling machinery around it (nor the staff-only fields, which they would drop anyway).
      publicReadProjection({
        omit: Object.fromEntries(REVIEWED_COLLECTIONS.map((slug) => [slug, ANONYMOUS_READS_OMIT])),
        omitWhenPopulated: { campaigns: ['members', 'approvalPolicy', 'kpis', 'search'] },
      }),
      // The deliveries view (/admin/phat-hanh) is the one way into the deliveries log.
      hideFromNavigation({ collections: ['deliveries'] }),
      // Last, so it covers every plugin's fields: strict selects, client errors as 400.
      hardenInput(),
      // After every plugin, so their tasks are covered: each task in a request scope of its own.
      runTasksInRequestScopes(),
      // Last too: every collection's public changes move the public cache's version.
      announcePublicChanges({ except: ['users', 'deliveries', 'schedule-runs', 'review-events', 'question-events', 'survey-responses', 'airings'] }),
    ],
    onInit: async (payload) => {
      quietRefusals(payload)
      warnWhenPublicUrlUnset(payload)
      whenDatabaseCloses(payload, rateLimitStore.close)
      await listenForPublicChanges(payload)
      if (isSeededWhenEmpty) await seedDemoContentIfEmpty(payload)
      await startInProcessJobs(payload, isJobsInProcess)
    },
  })
}

export default loaConfig()
