import type { GraphQLFieldConfig } from 'graphql'
import type { Config, PayloadRequest } from 'payload'

/** Set on `req.context` when a logout ends every session, whatever the path. */
export const LOGOUT_ALL_SESSIONS = 'hujraLogoutAllSessions'

type Field = GraphQLFieldConfig<unknown, { req: PayloadRequest }, { allSessions?: boolean | null }>

/**
 * Payload's `afterLogout` hook is not told whether the logout ends every
 * session: REST carries it in the query string (which the hook reads),
 * GraphQL only in the mutation's arguments. This keeps Payload's own
 * `logoutUser` resolver and notes the argument on `req.context` first, so
 * the hook marks and audits every ended session on both paths.
 */
export const sessionsGraphQL =
  () =>
  (incoming: Config): Config => ({
    ...incoming,
    graphQL: {
      ...incoming.graphQL,
      mutations: (GraphQL, context) => {
        const earlier = incoming.graphQL?.mutations?.(GraphQL, context) ?? {}
        const field = context.Mutation.fields.logoutUser as Field | undefined
        const resolve = field?.resolve
        if (!field || !resolve) return earlier
        const logoutUser: Field = {
          ...field,
          resolve: (source, args, ctx, info) => {
            ctx.req.context[LOGOUT_ALL_SESSIONS] = args.allSessions === true
            return resolve(source, args, ctx, info)
          },
        }
        return { ...earlier, logoutUser }
      },
    },
  })
