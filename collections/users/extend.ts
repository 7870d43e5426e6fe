import type { CollectionConfig, IncomingAuthType } from 'payload'

/**
 * One part of the accounts feature (tokens, sessions and two-factor …) as the
 * pieces it adds to the users collection, so each part lives in its own
 * folder and Users.ts only lists them.
 */
export type UsersExtension = {
  fields?: NonNullable<CollectionConfig['fields']>
  hooks?: NonNullable<CollectionConfig['hooks']>
  /** Matched before Payload's own (sanitize.js pushes its auth endpoints after the collection's), so a path may replace one. */
  endpoints?: Exclude<NonNullable<CollectionConfig['endpoints']>, false>
  /** Merged into `auth`; `strategies` run before Payload's local JWT strategy, in list order. */
  auth?: Omit<IncomingAuthType, 'strategies'> & { strategies?: NonNullable<IncomingAuthType['strategies']> }
}

type Hooks = NonNullable<CollectionConfig['hooks']>

const mergeHooks = (base: Hooks, more: Hooks): Hooks => {
  const merged: Record<string, unknown[]> = { ...(base as Record<string, unknown[]>) }
  for (const [name, list] of Object.entries(more as Record<string, unknown[] | undefined>)) {
    merged[name] = [...(merged[name] ?? []), ...(list ?? [])]
  }
  return merged as Hooks
}

/** The collection with each extension's fields, hooks, endpoints and auth options added, in order. */
export const withExtensions = (base: CollectionConfig, extensions: UsersExtension[]): CollectionConfig =>
  extensions.reduce<CollectionConfig>((config, extension) => {
    const baseAuth = typeof config.auth === 'object' ? config.auth : {}
    const { strategies, ...authOptions } = extension.auth ?? {}
    return {
      ...config,
      fields: [...config.fields, ...(extension.fields ?? [])],
      hooks: mergeHooks(config.hooks ?? {}, extension.hooks ?? {}),
      endpoints: [...(config.endpoints || []), ...(extension.endpoints ?? [])],
      auth: {
        ...baseAuth,
        ...authOptions,
        strategies: [...(baseAuth.strategies ?? []), ...(strategies ?? [])],
      },
    }
  }, base)
