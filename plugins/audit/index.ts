import type { CollectionConfig, Config } from 'payload'

import type { AuditPluginOptions } from './types'

import { auditEventsCollection } from './collection'
import { auditFailedLogin, auditLogin, auditLogout, auditPasswordReset } from './hooks/auditAuth'
import { auditChange } from './hooks/auditChange'
import { auditDelete } from './hooks/auditDelete'
import { trackOperation } from './hooks/trackOperation'
import { AUDIT_CONFIG_KEY } from './recordEvent'
import { sanitizeOptions } from './sanitizeOptions'

export { recordAuditEvent, type AuditEventInput, type RecordOptions } from './recordEvent'
export type { AuditPluginOptions } from './types'

/**
 * Records who changed what, and every sign-in, as append-only rows written in
 * the same transaction as the change. Adds to existing hooks, never replaces.
 */
export const auditPlugin =
  (pluginOptions: AuditPluginOptions) =>
  (incoming: Config): Config => {
    const options = sanitizeOptions(pluginOptions)

    const withAudit = (collection: CollectionConfig): CollectionConfig => {
      const audited = options.collections.has(collection.slug)
      const isAuth = collection.slug === options.authCollection
      if (!audited && !isAuth) return collection
      const hooks = collection.hooks ?? {}
      return {
        ...collection,
        hooks: {
          ...hooks,
          beforeOperation: [...(hooks.beforeOperation ?? []), trackOperation],
          ...(audited && {
            afterChange: [...(hooks.afterChange ?? []), auditChange(options)],
            afterDelete: [...(hooks.afterDelete ?? []), auditDelete(options)],
          }),
          ...(isAuth && {
            afterLogin: [...(hooks.afterLogin ?? []), auditLogin(options)],
            afterLogout: [...(hooks.afterLogout ?? []), auditLogout(options)],
            afterOperation: [...(hooks.afterOperation ?? []), auditPasswordReset(options)],
          }),
        },
      }
    }

    return {
      ...incoming,
      custom: { ...incoming.custom, [AUDIT_CONFIG_KEY]: options },
      collections: [...(incoming.collections ?? []).map(withAudit), auditEventsCollection(options)],
      hooks: {
        ...incoming.hooks,
        afterError: [...(incoming.hooks?.afterError ?? []), auditFailedLogin(options)],
      },
    }
  }
