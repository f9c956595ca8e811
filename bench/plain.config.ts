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

export const plainPayloadConfig = (databaseUri: string) =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'bench-secret-bench-secret-bench-secret',
    admin: { user: 'users' },
    i18n: { fallbackLanguage: 'vi', supportedLanguages: { vi, en } },
    localization: { defaultLocale: 'vi', fallback: true, locales: ['vi', 'en'] },
    collections: loaCollections(),
    editor: lexicalEditor(),
    db: databaseAdapterFor({ isSchemaPushed: true, uri: databaseUri }),
    sharp,
    typescript: { autoGenerate: false },
  })
