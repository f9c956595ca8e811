/* Payload's REST API: /api/<collection>, /api/<collection>/<id>, custom endpoints. */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { LOA_PUBLIC_CACHE_RULES } from '../../../../lib/publicCache/loaPublicCacheRules.js'
import { withRequestScope } from '../../../../lib/serveRequest.js'

// Each request in its own scope: queries issued for it run on its transaction (see requestScope.ts).
// Anonymous reads of published content come from the public cache (see lib/publicCache).
export const GET = withRequestScope(REST_GET(config), { publicCache: LOA_PUBLIC_CACHE_RULES })
export const POST = withRequestScope(REST_POST(config))
export const DELETE = withRequestScope(REST_DELETE(config))
export const PATCH = withRequestScope(REST_PATCH(config))
export const PUT = withRequestScope(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
