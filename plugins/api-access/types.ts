import type { PayloadRequest } from 'payload'

import type { PublicSlug } from './public/collection'

/**
 * Who may read a public collection. The hook for API-key scopes: a key's
 * auth strategy fills `req.user` (with `_strategy: 'api-key'` and its
 * scopes) before the kernel calls this, so a check such as
 * `req.user?._strategy !== 'api-key' || scopes.includes(collection)` is all
 * a scoped key needs. `false` answers 401 to an anonymous caller, 403 to a
 * known one.
 */
export type ReadAuthorizer = (args: {
  req: PayloadRequest
  collection: PublicSlug
}) => boolean | Promise<boolean>

export interface ApiAccessOptions {
  /**
   * Who may read the public API.
   * @default anyone: the public API holds published content only
   */
  authorize?: ReadAuthorizer
  /**
   * Where the public API is mounted, under Payload's `/api`.
   * @default '/public/v1'
   */
  basePath?: string
}

export type SanitizedApiAccessOptions = Required<ApiAccessOptions>
