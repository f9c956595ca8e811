/**
 * The baseline: plain Payload with the same collections as Loa and none of Loa's plugins,
 * on the same kind of database. What Loa costs is measured against this.
 */
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { loaCollections } from '../collections/index.js'
import { databaseAdapterFor } from '../src/lib/database.js'

/** `isSchemaPushed`: true while the data set is written; the server starts as in production, on the schema already there. */
export const plainPayloadConfig = async (databaseUri: string, { isSchemaPushed = true }: { isSchemaPushed?: boolean } = {}) =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'bench-secret-bench-secret-bench-secret',
    admin: { user: 'users' },
    i18n: { fallbackLanguage: 'vi', supportedLanguages: { vi, en } },
    localization: { defaultLocale: 'vi', fallback: true, locales: ['vi', 'en'] },
    collections: loaCollections(),
    editor: lexicalEditor(),
    db: await databaseAdapterFor({ isSchemaPushed, uri: databaseUri }),
    sharp,
    typescript: { autoGenerate: false },
  })
