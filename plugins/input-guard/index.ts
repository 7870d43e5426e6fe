/**
 * Input guard: what keeps bad input and costly requests from reaching
 * PostgreSQL as 5xx or as a held pool.
 *
 * - REST and GraphQL requests are checked before Payload in the `/api` route
 *   handlers (routes.ts: `guardedRoutes`), which the tests use too;
 * - this plugin adds the GraphQL cost limits and input rules (graphqlRules.ts)
 *   and, as a net, maps PostgreSQL's invalid-input errors to 400 (afterError.ts).
 */
import type { Plugin } from 'payload'

import { invalidInputAs400 } from './afterError'
import { graphQLValidationRules } from './graphqlRules'
import { checkGraphQLWhere } from './graphqlWhere'
import { LIMITS } from './limits'

export const inputGuardPlugin = (): Plugin => (config) => {
  const ownRules = config.graphQL?.validationRules
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [checkGraphQLWhere, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), invalidInputAs400] },
    graphQL: {
      ...config.graphQL,
      maxComplexity: LIMITS.maxComplexity,
      validationRules: (args) => [...(ownRules?.(args) ?? []), ...graphQLValidationRules(args)],
    },
  }
}
