import type { SanitizedConfig } from 'payload'

import { formatNames, getPayload, toWords } from 'payload'
import { Kind, OperationTypeNode, parse } from 'graphql'

import { requestIdFrom } from '../../../utilities/requestId'
import { clientAddress } from '../../../collections/users/clientAddress'
import { type KeyAllowance, takeAddressRequest, takeKeyRequest } from './limits'
import { type ApiKeyPrincipal, findLiveKey, touchKey } from './lookup'
import { keyFromHeaders } from './secret'
import { endpointOf, recordUsage } from '../usage/log'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/**
 * What the gate decided: refuse with this answer, or go on and add these
 * headers. `done` notes the answer's status in the key's usage log.
 */
export type GateVerdict = ({ refuse: Response } | { headers: Record<string, string> }) & {
  done?: (status: number) => void
}

const refusal = (
  request: Request,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): { refuse: Response } => ({
  refuse: Response.json(
    { errors: [{ message }], requestId: requestIdFrom(request.headers.get('x-request-id')) },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  ),
})

const READS = new Set(['GET', 'HEAD'])

/**
 * Where a key may go over REST: reads of the collections in its scopes, and
 * the custom read endpoints outside any collection (search, the public API),
 * which decide for themselves (the kernel's `apiKey` option). Every other
 * collection and every global is refused here, Payload's own included.
 */
const restAllowed = (cfg: SanitizedConfig, key: ApiKeyPrincipal, segments: string[]): boolean => {
  const [first] = segments
  if (!first) return false
  if (first === 'globals') return false
  if (cfg.collections.some((c) => c.slug === first)) return (key.scopes as string[]).includes(first)
  return true
}

/** The names Payload's GraphQL schema gives a collection (as @payloadcms/graphql's initCollections does). */
const graphQLNames = (collection: SanitizedConfig['collections'][number]) => {
  const own = (collection.graphQL || {}) as { singularName?: string; pluralName?: string }
  const fromSlug = formatNames(collection.slug)
  const singular = own.singularName ? toWords(own.singularName, true) : fromSlug.singular
  const plural = own.pluralName ? toWords(own.pluralName, true) : fromSlug.plural
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

/** The root fields a key may query: those Payload names after the collections in its scopes. */
const graphQLFields = (cfg: SanitizedConfig, key: ApiKeyPrincipal): Set<string> => {
  const names = new Set(['__typename', '__schema', '__type'])
  for (const collection of cfg.collections) {
    if (!(key.scopes as string[]).includes(collection.slug) || collection.graphQL === false) continue
    const { singular, plural } = graphQLNames(collection)
    for (const name of [plural, singular, `count${plural}`, `docAccess${singular}`]) names.add(name)
  }
  return names
}

/** Whether a GraphQL document only queries what the key may read (no mutation, no other collection). */
const graphQLAllowed = (cfg: SanitizedConfig, key: ApiKeyPrincipal, query: string): boolean => {
  let document
  try {
    document = parse(query)
  } catch {
    return true // not GraphQL at all: Payload answers it as the 400 it is
  }
  const allowed = graphQLFields(cfg, key)
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) continue
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== OperationTypeNode.QUERY)
      return false
    for (const selection of definition.selectionSet.selections) {
      // A root fragment spread could name anything: keys spell their root fields out.
      if (selection.kind !== Kind.FIELD || !allowed.has(selection.name.value)) return false
    }
  }
  return true
}

const rateHeaders = (allowance: KeyAllowance) => ({
  'RateLimit-Limit': String(allowance.limit),
  'RateLimit-Remaining': String(allowance.remaining),
  'RateLimit-Reset': String(allowance.resetSeconds),
})

const signedIn = (headers: Headers) =>
  Boolean(headers.get('authorization')) || /(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

/**
 * The public API (`/api/public/…`) without a key: API_RATE_LIMIT_PER_MIN a
 * minute per address, as a key has, so keyless use is possible but never
 * unlimited. Signed-in users (the admin, the site's server calls) are not
 * counted here; Payload's own routes have the input guard's cost limits.
 */
const gateAnonymous = async (request: Request, segments: string[]): Promise<GateVerdict | null> => {
  if (segments[0] !== 'public' || signedIn(request.headers)) return null
  const allowance = await takeAddressRequest(clientAddress(request.headers).key)
  const headers = rateHeaders(allowance)
  if (allowance.allowed) return { headers }
  return refusal(request, 429, 'Too many requests from this address: wait, or use an API key', {
    ...headers,
    'Retry-After': String(allowance.resetSeconds),
  })
}

/**
 * Runs before Payload for every REST and GraphQL request that carries an API
 * key (Authorization: Bearer hujra_…, or X-API-Key). An unknown, revoked or
 * expired key is a 401, the same for all three; a key beyond its limit a 429
 * with Retry-After; a key outside its scopes (or writing) a 403. Otherwise
 * the request goes on, with the RateLimit headers for its answer, and
 * Payload's auth strategy makes the key its user (strategy.ts).
 */
export const gateApiKey = async (
  configPromise: Config,
  request: Request,
  target: { kind: 'rest'; segments: string[] } | { kind: 'graphql'; query?: string },
): Promise<GateVerdict | null> => {
  const value = keyFromHeaders(request.headers)
  if (!value) return target.kind === 'rest' ? gateAnonymous(request, target.segments) : null
  const cfg = await configPromise
  const payload = await getPayload({ config: cfg, cron: true })
  const key = await findLiveKey(payload, value)
  if (!key) {
    return refusal(request, 401, 'This API key is not valid', { 'WWW-Authenticate': 'Bearer realm="hujra"' })
  }
  const started = performance.now()
  const done = (status: number) =>
    recordUsage(payload, {
      keyId: key.id,
      at: new Date(),
      method: request.method,
      endpoint: endpointOf(new URL(request.url).pathname),
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    })
  const allowance = await takeKeyRequest(key.id, key.rateLimitPerMinute)
  const headers = rateHeaders(allowance)
  if (!allowance.allowed) {
    const refused = refusal(request, 429, 'This API key has made too many requests: wait and try again', {
      ...headers,
      'Retry-After': String(allowance.resetSeconds),
    })
    done(429)
    return refused
  }
  touchKey(payload, key.id)
  const allowed =
    target.kind === 'rest'
      ? READS.has(request.method) && restAllowed(cfg, key, target.segments)
      : target.query !== undefined && graphQLAllowed(cfg, key, target.query)
  if (!allowed) {
    done(403)
    return refusal(
      request,
      403,
      'This API key may not do this: keys read the collections in their scopes',
      headers,
    )
  }
  return { headers, done }
}
