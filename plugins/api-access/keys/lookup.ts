import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { poolDb } from '../../../utilities/db'
import { type ApiKeyScope, API_KEYS_SLUG, isScope } from './scopes'
import { hashSecret, parseKey, secretMatches } from './secret'

/** A key as the server knows it once its secret checked out: never its hash. */
export interface ApiKeyPrincipal {
  id: number
  name: string
  prefix: string
  scopes: ApiKeyScope[]
  /** Requests a minute, when the key has its own limit. */
  rateLimitPerMinute: number | null
}

// Compared against when no row has the key's id, so an unknown key costs what a known one does.
const NO_HASH = hashSecret('no key has this secret')

/**
 * The key `value` names, if it is live: its id found, its secret right, not
 * revoked, not expired. Every other case is `null`, and the caller answers
 * them all alike (401), so a caller never learns which one it was.
 */
export const findLiveKey = async (payload: Payload, value: string): Promise<ApiKeyPrincipal | null> => {
  const parsed = parseKey(value)
  if (!parsed) return null
  const { rows } = await poolDb(payload).execute(sql`
    select k.id, k.name, k.prefix, k.hash, k.rate_limit_per_minute,
           (k.revoked_at is null and k.expires_at > now()) as live,
           coalesce((select array_agg(s.value::text order by s.order) from api_keys_scopes s where s.parent_id = k.id),
                    '{}'::text[]) as scopes
    from api_keys k where k.prefix = ${parsed.prefix}`)
  const row = rows[0]
  const matches = secretMatches(parsed.secret, typeof row?.hash === 'string' ? row.hash : NO_HASH)
  if (!row || !matches || row.live !== true) return null
  return {
    id: Number(row.id),
    name: String(row.name),
    prefix: String(row.prefix),
    scopes: (row.scopes as unknown[]).filter(isScope),
    rateLimitPerMinute: row.rate_limit_per_minute === null ? null : Number(row.rate_limit_per_minute),
  }
}

/** Notes when a key was last used: at most once a minute per key, off the request's path. */
export const touchKey = (payload: Payload, id: number): void => {
  poolDb(payload)
    .execute(
      sql`update api_keys set last_used_at = now()
          where id = ${id} and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
    )
    .catch((err: unknown) => payload.logger.warn({ err, msg: `api key ${id}: last used not recorded` }))
}

export { API_KEYS_SLUG }
