import type { PublicCacheRules } from './cacheablePublicRequest.js'

/** What Loa serves from the public cache: published content, its feeds and calendars. */
export const LOA_PUBLIC_CACHE_RULES: PublicCacheRules = {
  apiRoute: '/api',
  collections: ['reports', 'features', 'workshops', 'campaigns'],
  paths: [/^feeds\/.+/, /^calendar$/, /^workshops\/[\w-]+\/ics$/],
}
