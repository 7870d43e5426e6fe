/**
 * Payload's Next.js route handlers behind the input guard: the one place a
 * REST or GraphQL request passes before Payload. Both `app/(payload)/api`
 * route files and the tests' API client take their handlers from here, so
 * what the tests see is what production serves.
 *
 * - REST: the path id, query and JSON body are checked first (restRequest.ts);
 * - GraphQL: a body that is not a JSON object with a string `query` is a 400,
 *   an answer with errors but no `data` (a query refused before it ran:
 *   syntax, validation, cost limits) is a 400 rather than graphql-http's 200,
 *   and one a limit refused (a 429 error) is a 429;
 * - anything a handler throws instead of answering (Payload parses some bodies
 *   outside its own error handling) becomes the JSON error answer it should
 *   have been, a 400 for bad input and a bare 500 otherwise.
 */
import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
} from '@payloadcms/next/routes'
import { getPayload, headersWithCors } from 'payload'

import { badRequest, toErrorResponse } from '../../utilities/errors'
import { gateApiKey } from '../api-access/keys/gate'
import { requestIdFrom } from '../../utilities/requestId'
import { nulPath } from './nul'
import { checkRestRequest, readJsonBody } from './restRequest'

type RestContext = { params: Promise<{ slug?: string[] }> }
type Config = Promise<SanitizedConfig> | SanitizedConfig
type RestHandler = (request: Request, context: RestContext) => Promise<Response>
type GraphQLHandler = (request: Request) => Promise<Response>

/** `response` with `headers` added (copied first when its headers cannot be changed). */
const withHeaders = (response: Response, headers: Record<string, string> | undefined): Response => {
  if (!headers) return response
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
    return response
  } catch {
    const copy = new Headers(response.headers)
    for (const [name, value] of Object.entries(headers)) copy.set(name, value)
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: copy,
    })
  }
}

const answer = async (config: Config, request: Request, error: unknown): Promise<Response> => {
  const { status, body, internal } = toErrorResponse(error)
  const requestId = requestIdFrom(request.headers.get('x-request-id'))
  const headers = new Headers({ 'Cache-Control': 'no-store', 'X-Request-Id': requestId })
  try {
    const payload = await getPayload({ config, cron: true })
    if (internal)
      payload.logger.error({
        err: error,
        requestId,
        msg: `${request.method} ${new URL(request.url).pathname} failed`,
      })
    headersWithCors({ headers, req: { payload, headers: request.headers } })
  } catch {
    // Payload itself did not start: the answer still goes out, without CORS headers.
  }
  return Response.json({ ...body, requestId }, { status, headers })
}

const guardRest =
  (config: Config, handler: RestHandler): RestHandler =>
  async (request, context) => {
    try {
      const { slug = [] } = (await context.params) ?? {}
      await checkRestRequest(await config, request, slug)
      const gate = await gateApiKey(config, request, { kind: 'rest', segments: slug })
      if (gate && 'refuse' in gate) return gate.refuse
      const response = withHeaders(await handler(request, context), gate?.headers)
      gate?.done?.(response.status)
      return response
    } catch (error) {
      return answer(config, request, error)
    }
  }

/** The document's text, once the body is known to be a well-formed GraphQL request. */
const checkGraphQLBody = async (request: Request): Promise<string | undefined> => {
  const body = await readJsonBody(request)
  if (body === undefined) return undefined
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('body', 'body: must be a JSON object with a query')
  }
  const { query, variables, operationName } = body as Record<string, unknown>
  if (typeof query !== 'string') throw badRequest('query', 'query: send the GraphQL document as a string')
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw badRequest('variables', 'variables: must be an object')
  }
  if (operationName != null && typeof operationName !== 'string') {
    throw badRequest('operationName', 'operationName: must be a string')
  }
  const nul = nulPath(variables)
  if (nul) throw badRequest(`variables.${nul}`, `variables.${nul}: must not contain NUL characters`)
  return query
}

const isTooMany = (error: unknown) =>
  (error as { extensions?: { statusCode?: unknown } } | null)?.extensions?.statusCode === 429

/**
 * A 200 that carries only errors was refused before execution: say so with
 * the status too. When the validation rules' errors come from another copy
 * of graphql-js than graphql-http's (ESM and CommonJS builds of the same
 * package), graphql-http does not recognise them and writes the bare list:
 * that list is put back under `errors`.
 */
const refusedAs400 = async (response: Response): Promise<Response> => {
  if (response.status !== 200 || !/json/.test(response.headers.get('content-type') ?? '')) return response
  const text = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] } | { message?: unknown }[]
    if (Array.isArray(body)) {
      if (body.length && body.every((e) => typeof e?.message === 'string')) {
        return Response.json({ errors: body }, { status: 400, headers })
      }
    } else if (body.errors?.some(isTooMany)) {
      // A limit refused the operation (sign-in attempts): the status says so, as on REST, so
      // clients and proxies that honour 429 and Retry-After back off.
      return new Response(text, { status: 429, headers })
    } else if (body.data === undefined && body.errors?.length) {
      return new Response(text, { status: 400, headers })
    }
  } catch {
    // Not JSON after all: pass it on as it came.
  }
  return new Response(text, { status: response.status, headers })
}

const guardGraphQL =
  (config: Config, handler: GraphQLHandler): GraphQLHandler =>
  async (request) => {
    try {
      let query: string | undefined
      if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
        query = await checkGraphQLBody(request)
      }
      const gate = await gateApiKey(config, request, { kind: 'graphql', query })
      if (gate && 'refuse' in gate) return gate.refuse
      const response = withHeaders(await refusedAs400(await handler(request)), gate?.headers)
      gate?.done?.(response.status)
      return response
    } catch (error) {
      return answer(config, request, error)
    }
  }

/** Every handler the `/api` routes export, guarded. */
export const guardedRoutes = (config: Config) => ({
  GET: guardRest(config, REST_GET(config)),
  POST: guardRest(config, REST_POST(config)),
  PATCH: guardRest(config, REST_PATCH(config)),
  DELETE: guardRest(config, REST_DELETE(config)),
  OPTIONS: REST_OPTIONS(config),
  GRAPHQL: guardGraphQL(config, GRAPHQL_POST(config)),
})
