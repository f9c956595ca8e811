/* GraphQL playground at /api/graphql-playground (disabled in production by payload.config.ts). */
import config from '@payload-config'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

export const GET = GRAPHQL_PLAYGROUND_GET(config)
