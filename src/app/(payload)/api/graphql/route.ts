/* Payload's GraphQL API at /api/graphql; a malformed request answers a GraphQL error, not an empty 500. */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlPost } from '../../../../lib/graphqlRoute.js'
import { withRequestScope } from '../../../../lib/serveRequest.js'

export const POST = withRequestScope(graphqlPost(config))
export const OPTIONS = REST_OPTIONS(config)
