import type { CollectionBeforeOperationHook, RequestContext } from 'payload'

/** What the running operation is, as far as afterChange cannot tell by itself. */
export interface OperationFlags {
  autosave?: boolean
  draft?: boolean
  passwordChange?: boolean
  restore?: boolean
}

const key = (collection: string) => `audit:${collection}`

export const operationFlags = (context: RequestContext, collection: string): OperationFlags =>
  (context[key(collection)] as OperationFlags | undefined) ?? {}

/**
 * afterChange receives neither the `draft`/`autosave` arguments nor whether it
 * runs inside restoreVersion, so note them here for the audit hooks.
 */
const WRITES = new Set(['create', 'update', 'updateByID', 'restoreVersion'])

export const trackOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  // Reads made by hooks inside a write (slug lookups, existence checks) must
  // not overwrite what the write itself noted.
  if (!WRITES.has(operation)) return args
  const a = args as { autosave?: boolean; draft?: boolean; data?: Record<string, unknown> }
  req.context[key(collection.slug)] = {
    autosave: Boolean(a.autosave),
    draft: Boolean(a.draft),
    passwordChange:
      collection.auth !== undefined &&
      (operation === 'update' || operation === 'updateByID') &&
      typeof a.data?.password === 'string' &&
      a.data.password.length > 0,
    restore: operation === 'restoreVersion',
  } satisfies OperationFlags
  return args
}
