import type { Access, CollectionConfig, Field, FieldAccess, GlobalConfig, PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

import { isScope } from './scopes'
import { isApiKeyUser } from './strategy'

/** The request as an anonymous reader makes it: the key's own access is "what the public may read". */
const asAnonymous = (req: PayloadRequest): PayloadRequest => {
  const anonymous = isolateObjectProperty(req, 'user')
  anonymous.user = null
  return anonymous
}

// Payload's default for an operation without an access function: any signed-in user.
const signedIn: Access = ({ req }) => Boolean(req.user)

const COLLECTION_OPERATIONS = [
  'read',
  'create',
  'update',
  'delete',
  'readVersions',
  'unlock',
  'admin',
] as const

/**
 * Every operation of every collection, for a request made with an API key:
 * reading a collection in the key's scopes is what an anonymous reader may
 * read (published content); everything else is refused, whatever a
 * collection's own rule would say of a user without roles. Requests
 * without a key see the collection's rules unchanged.
 */
const narrowCollection = (collection: CollectionConfig): CollectionConfig => {
  const access = { ...(collection.access ?? {}) } as Record<string, Access | undefined>
  for (const operation of COLLECTION_OPERATIONS) {
    const own = access[operation]
    // `admin` exists only on auth collections; leave it unset elsewhere.
    if (operation === 'admin' && !own && !collection.auth) continue
    if (operation === 'unlock' && !own && !collection.auth) continue
    const rule: Access = own ?? signedIn
    access[operation] = (args) => {
      const user: unknown = args.req.user
      if (!isApiKeyUser(user)) return rule(args)
      if (operation !== 'read' || !isScope(collection.slug) || !user.scopes.includes(collection.slug))
        return false
      return rule({ ...args, req: asAnonymous(args.req) })
    }
  }
  return { ...collection, access, fields: collection.fields.map(narrowField) }
}

/** A field's own read rule, for a key, is the anonymous reader's. */
const narrowField = (field: Field): Field => {
  let out = field
  const read = 'access' in field ? (field.access as { read?: FieldAccess } | undefined)?.read : undefined
  if (read) {
    const wrapped: FieldAccess = (args) =>
      isApiKeyUser(args.req.user as unknown) ? read({ ...args, req: asAnonymous(args.req) }) : read(args)
    out = { ...field, access: { ...(field as { access?: object }).access, read: wrapped } } as Field
  }
  if ('fields' in out && Array.isArray(out.fields))
    out = { ...out, fields: out.fields.map(narrowField) } as Field
  if (out.type === 'tabs') {
    out = { ...out, tabs: out.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(narrowField) })) }
  }
  if (out.type === 'blocks' && out.blocks) {
    out = { ...out, blocks: out.blocks.map((block) => ({ ...block, fields: block.fields.map(narrowField) })) }
  }
  return out
}

const GLOBAL_OPERATIONS = ['read', 'update', 'readVersions'] as const

/** Globals (settings) are for the platform's own users: never for a key. */
const narrowGlobal = (global: GlobalConfig): GlobalConfig => {
  const access = { ...(global.access ?? {}) } as Record<string, Access | undefined>
  for (const operation of GLOBAL_OPERATIONS) {
    const rule: Access = access[operation] ?? signedIn
    access[operation] = (args) => (isApiKeyUser(args.req.user as unknown) ? false : rule(args))
  }
  return { ...global, access }
}

export const narrowForApiKeys = (
  collections: CollectionConfig[],
  globals: GlobalConfig[],
): { collections: CollectionConfig[]; globals: GlobalConfig[] } => ({
  collections: collections.map(narrowCollection),
  globals: globals.map(narrowGlobal),
})
