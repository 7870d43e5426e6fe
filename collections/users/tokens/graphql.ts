import type { Config, GraphQLExtension, PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

import { pickLocale } from './common'
import { FORGOT_ANSWER } from './endpoints'
import { inputs } from './inputs'
import { forgotPassword, resetPassword } from './reset'
import { fromZod } from '../../../utilities/errors'
import { resendVerification, verifyEmail } from './verification'

type Resolver = (source: unknown, args: Record<string, unknown>, context: { req: PayloadRequest }) => unknown

/** Each mutation in a transaction of its own, as Payload's resolvers do. */
const own = (context: { req: PayloadRequest }) => isolateObjectProperty(context.req, 'transactionID')

const parse = <S extends (typeof inputs)[keyof typeof inputs]>(schema: S, args: unknown) => {
  const parsed = schema.safeParse(args)
  if (!parsed.success) throw fromZod(parsed.error)
  return parsed.data as ReturnType<S['parse']>
}

/**
 * Payload's `forgotPasswordUser`, `resetPasswordUser` and `verifyEmailUser`
 * would take its own path (plain tokens, synchronous mail, a session after a
 * reset): replaced, under the same names and types, by the same functions
 * the REST routes run, and `resendVerificationUser` added.
 */
const mutations: GraphQLExtension = (GraphQL, { Mutation }) => {
  const existing = (Mutation as { fields: Record<string, { type: unknown }> }).fields
  const locale = { type: GraphQL.GraphQLString }
  const forgot: Resolver = async (_, args, context) => {
    const { email, locale: l } = parse(inputs.email, args)
    await forgotPassword(own(context), email, pickLocale(l))
    return true
  }
  const reset: Resolver = async (_, args, context) => {
    const { token, password, locale: l } = parse(inputs.reset, args)
    await resetPassword(own(context), token, password, pickLocale(l))
    // The type Payload declares ({ token, user }), both empty: a reset signs nobody in.
    return { token: null, user: null }
  }
  const verify: Resolver = async (_, args, context) => {
    const { token } = parse(inputs.token, args)
    await verifyEmail(own(context), token)
    return true
  }
  const resend: Resolver = async (_, args, context) => {
    const { email, locale: l } = parse(inputs.email, args)
    await resendVerification(own(context), email, pickLocale(l))
    return true
  }
  const nonNullString = { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) }
  const bool = new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean)
  return {
    forgotPasswordUser: {
      type: bool,
      description: FORGOT_ANSWER.message,
      args: { email: nonNullString, locale },
      resolve: forgot,
    },
    resetPasswordUser: {
      type: existing.resetPasswordUser?.type ?? bool,
      args: { token: nonNullString, password: nonNullString, locale },
      resolve: reset,
    },
    verifyEmailUser: { type: GraphQL.GraphQLBoolean, args: { token: nonNullString }, resolve: verify },
    resendVerificationUser: { type: bool, args: { email: nonNullString, locale }, resolve: resend },
  }
}

/** Installs the mutations above, after any the config already has. */
export const accountTokensGraphQL =
  () =>
  (incoming: Config): Config => ({
    ...incoming,
    graphQL: {
      ...incoming.graphQL,
      mutations: (GraphQL, context) => ({
        ...(incoming.graphQL?.mutations?.(GraphQL, context) ?? {}),
        ...mutations(GraphQL, context),
      }),
    },
  })
