/**
 * GraphQL's forgotPasswordUser, in place of Payload's (custom mutations of the same name win):
 * queues the work like the REST endpoint, so neither path tells who has an account.
 */
import type { Config, PayloadRequest } from 'payload'

import { queuePasswordReset } from './sendPasswordResetTask.js'

type GraphQLExtension = NonNullable<NonNullable<Config['graphQL']>['mutations']>

export const forgotPasswordMutation: GraphQLExtension = (GraphQL) => ({
  forgotPasswordUser: {
    type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean),
    args: { email: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) } },
    resolve: async (_: unknown, { email }: { email: string }, context: { req: PayloadRequest }) => {
      await queuePasswordReset({ email, req: context.req })
      return true
    },
  },
})
