/* Payload's GraphQL API at /api/graphql. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestScope } from '../../../../lib/serveRequest.js'

export const POST = withRequestScope(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
