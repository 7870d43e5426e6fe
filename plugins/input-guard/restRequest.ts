/**
 * One REST request checked as it arrives, before Payload: the route it will
 * take (the same first-match over the collection's or global's endpoints as
 * Payload's), the id in the path, the query string and a JSON body.
 *
 * The id rule: a path id that cannot exist — for collections with serial ids
 * anything but digits within PostgreSQL's integer (`abc`, `1.5`, `-1`, `%00`,
 * `99999999999999999999`) — answers 404 "No such document", as an id that
 * could exist but does not; `/versions` of something without versions is a
 * 404 too.
 */
import type { Endpoint, FlattenedField, SanitizedConfig } from 'payload'

import * as qs from 'qs-esm'

import { badRequest, notFound, parseJsonBody } from '../../utilities/errors'
import { hasNumericIds, isSerialId, versionFields } from './fields'
import { nulPath } from './nul'
import { checkQuery } from './query'

type Params = Record<string, string>

/** Payload's endpoint paths are literal segments and `:name` / `:name?` params. */
const matchPath = (pattern: string, segments: string[]): Params | undefined => {
  const parts = pattern.split('/').filter(Boolean)
  if (segments.length > parts.length) return undefined
  const params: Params = {}
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    const segment = segments[i]
    if (part.startsWith(':')) {
      const optional = part.endsWith('?')
      if (segment === undefined) {
        if (optional) continue
        return undefined
      }
      params[part.slice(1, optional ? -1 : undefined)] = segment
    } else if (part !== segment) {
      return undefined
    }
  }
  return params
}

const firstMatch = (endpoints: Endpoint[] | false, method: string, segments: string[]) => {
  for (const endpoint of endpoints || []) {
    if (endpoint.method !== method) continue
    const params = matchPath(endpoint.path, segments)
    if (params) return { endpoint, params }
  }
  return undefined
}

/** The query string as Payload parses it (createPayloadRequest's qs options). */
export const parseQuery = (search: string): Record<string, unknown> =>
  search
    ? qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })
    : {}

/** `where.title.equals` as it was written in the URL: `where[title][equals]`. */
const asParam = (path: string) => path.replace(/\.([^.]+)/g, '[$1]')

const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
const isJson = (request: Request) => mediaType(request) === 'application/json'
const isForm = (request: Request) => mediaType(request) === 'application/x-www-form-urlencoded'

/** The JSON body, or undefined for none; a body that does not parse is the caller's 400. */
export const readJsonBody = async (request: Request): Promise<unknown> =>
  parseJsonBody(await request.clone().text())

const checkNoNul = (value: unknown, asQuery: boolean) => {
  const path = nulPath(value)
  if (!path) return
  const name = asQuery ? asParam(path) : path
  throw badRequest(name, `${name}: must not contain NUL characters`)
}

interface Target {
  endpoints: Endpoint[] | false
  fields: FlattenedField[]
  numericIds: boolean
  versions: boolean
  /** For collection versions: the collection the `parent` column points to. */
  parentSlug?: string
  label: string
}

const targetOf = (
  config: SanitizedConfig,
  segments: string[],
): { target: Target; rest: string[] } | undefined => {
  if (segments[0] === 'globals') {
    const global = config.globals.find((g) => g.slug === segments[1])
    if (!global) return undefined
    return {
      target: {
        endpoints: global.endpoints,
        fields: global.flattenedFields,
        numericIds: config.db.defaultIDType === 'number',
        versions: Boolean(global.versions),
        label: global.slug,
      },
      rest: segments.slice(2),
    }
  }
  const collection = config.collections.find((c) => c.slug === segments[0])
  if (!collection) return undefined
  return {
    target: {
      endpoints: collection.endpoints,
      fields: collection.flattenedFields,
      numericIds: hasNumericIds(config, collection),
      versions: Boolean(collection.versions),
      parentSlug: collection.slug,
      label: collection.slug,
    },
    rest: segments.slice(1),
  }
}

/**
 * Throws the AppError a request deserves before Payload handles it, or
 * returns. `segments` is the path under `/api/`, decoded.
 */
export const checkRestRequest = async (config: SanitizedConfig, request: Request, segments: string[]) => {
  const url = new URL(request.url)
  const override = (
    request.headers.get('x-payload-http-method-override') ??
    request.headers.get('x-http-method-override') ??
    ''
  ).toUpperCase()
  const method = request.method === 'POST' && override === 'GET' ? 'get' : request.method.toLowerCase()

  let query = parseQuery(url.search)
  checkNoNul(query, true)

  const found = targetOf(config, segments)
  if (!found) return
  const { target, rest } = found
  // Payload answers 501 for a collection without REST endpoints (payload-migrations): it is not there.
  if (target.endpoints === false) throw notFound(`${target.label} has no REST API`)
  const match = firstMatch(target.endpoints, method, rest)
  // Endpoints written with the request kernel validate their own input (and may stream their body).
  if (!match || (match.endpoint.custom as { kernel?: boolean } | undefined)?.kernel) return

  // Payload reads a JSON body whole itself, so reading it here first costs no more memory.
  let body: unknown
  if (isJson(request)) body = await readJsonBody(request)
  else if (request.method === 'POST' && method === 'get' && isForm(request)) {
    // The admin's long queries come as a POST with the query string as the body.
    query = { ...query, ...parseQuery(await request.clone().text()) }
    checkNoNul(query, true)
  }
  if (body !== undefined) checkNoNul(body, false)

  const path = match.endpoint.path
  const isVersions = path.startsWith('/versions')
  if (isVersions && !target.versions) throw notFound(`${target.label} has no versions`)
  if (path.startsWith('/verify')) {
    // Payload names the verification token `:id`; it is a hex token, not a document id.
    const collection = config.collections.find((c) => c.slug === segments[0])
    if (!collection?.auth?.verify) throw notFound(`${target.label} do not verify email addresses`)
    const token = match.params.id ?? match.params.token ?? ''
    if (!/^[0-9a-f]{1,128}$/i.test(token)) throw badRequest('token', 'token: not a verification token')
  } else if (match.params.id !== undefined && target.numericIds && !isSerialId(match.params.id)) {
    throw notFound('No such document', 'id')
  }
  if (rest.some((segment) => segment.includes('\u0000'))) {
    throw badRequest('path', 'path: must not contain NUL characters')
  }
  if (
    body !== undefined &&
    (method === 'post' || method === 'patch') &&
    (typeof body !== 'object' || body === null || Array.isArray(body))
  ) {
    throw badRequest('body', 'body: must be a JSON object')
  }
  checkQuery(
    config,
    body !== undefined && method === 'get' && typeof body === 'object' ? { ...query, ...body } : query,
    {
      fields: isVersions ? versionFields(config, target.fields, target.parentSlug) : target.fields,
      numericIds: target.numericIds,
      listRead: method === 'get' && (path === '/' || path === '/versions'),
    },
  )
}
