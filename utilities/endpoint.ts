/**
 * The request kernel: the one way to write a custom endpoint. A declaration
 * says what the endpoint takes and who may call it; the kernel does the rest
 * in one order, so no handler re-checks what the chain already did:
 *
 *   1. request id (the caller's `X-Request-Id`, or a new one), returned on every answer;
 *   2. route params, query string and JSON body validated with zod: a 400
 *      naming the parameter, unknown query parameters refused;
 *   3. authentication: `req.user` as Payload resolved it (its session today,
 *      an API-key strategy later: whatever fills `req.user` counts);
 *   4. authorization with the collection access functions (`access/`):
 *      401 without a user, 403 with one;
 *   5. optionally a transaction: Local API calls made with `req` and raw SQL
 *      through `ctx.db` commit or roll back together;
 *   6. the handler's result as JSON (or its Response as is), errors as
 *      `{ errors: [{ message, field? }] }` with the status of their AppError;
 *      anything unexpected is logged with the request id and answered 500
 *      without details.
 */
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'
import { z } from 'zod'

import { type TransactionDb, transactionDb } from './db'
import {
  AppError,
  badRequest,
  forbidden,
  fromZod,
  parseJsonBody,
  toErrorResponse,
  unauthorized,
} from './errors'
import { requestIdOf } from './requestId'

type Method = 'delete' | 'get' | 'patch' | 'post' | 'put'

/** An access function as collections declare them; only `true` lets a custom endpoint run. */
export type EndpointAccess = (args: { req: PayloadRequest }) => boolean | Promise<boolean | Where> | Where

/** What a query or params schema must be: an object of fields, so unknown keys can be refused. */
type ObjectSchema = z.ZodObject<z.ZodRawShape>

const EMPTY = z.object({}).strict()

export interface EndpointContext<Q, B, P> {
  req: PayloadRequest
  /** The validated query string. */
  query: Q
  /** The validated JSON body (`undefined` when the endpoint declares none). */
  body: B
  /** The validated route params (`:id` …). */
  params: P
  /** The signed-in user, when there is one. */
  user: PayloadRequest['user']
  /** Raw SQL handle: the request's transaction when `transaction: true`, else the pool. */
  db: TransactionDb
  requestId: string
}

export interface EndpointSpec<
  Q extends ObjectSchema,
  B extends z.ZodType | undefined,
  P extends ObjectSchema,
> {
  method: Method
  /** Payload's path pattern, relative to where the endpoint is mounted (`/search`, `/:id/preview`). */
  path: string
  /** Route params; strings as they come in, coerce as needed. */
  params?: P
  /** Query string (every value a string); unknown parameters are refused. Default: none allowed. */
  query?: Q
  /** JSON body. Omit for endpoints that take none or read `req.body` themselves (uploads). */
  body?: B
  /** Who may call it: one of `access/`. Default: anyone. */
  access?: EndpointAccess
  /**
   * Whether requests made with an API key may call it, and which scope the
   * key needs (none: any live key). Default: refused (403) for every key, so
   * no endpoint is open to integrators unless it says so.
   */
  apiKey?: { scope?: string }
  /** Run the handler in a transaction that commits only if it succeeds. @default false */
  transaction?: boolean
  /** Headers on every successful answer (e.g. Cache-Control). */
  headers?: Record<string, string>
  handler: (
    ctx: EndpointContext<z.output<Q>, B extends z.ZodType ? z.output<B> : undefined, z.output<P>>,
  ) => Promise<Response | unknown>
}

const parseWith = <S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> => {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw fromZod(parsed.error, where)
}

/** Every value of a query string; a repeated key is refused rather than silently truncated. */
const queryObject = (req: PayloadRequest) => {
  const out: Record<string, string> = {}
  for (const [key, value] of req.searchParams.entries()) {
    if (key in out) throw badRequest(key, `${key}: give it once`)
    out[key] = value
  }
  return out
}

const readJson = async (req: PayloadRequest): Promise<unknown> => {
  const type = req.headers.get('content-type') ?? ''
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw badRequest('body', 'body: send JSON with Content-Type: application/json')
  }
  return parseJsonBody(await new Response(req.body).text())
}

const withRequestId = (response: Response, requestId: string): Response => {
  try {
    response.headers.set('X-Request-Id', requestId)
    return response
  } catch {
    // A Response with immutable headers (e.g. from fetch): copy it.
    const headers = new Headers(response.headers)
    headers.set('X-Request-Id', requestId)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}

/** The error answer for anything a handler threw; unexpected errors are logged with the request id. */
export const errorAnswer = (req: PayloadRequest, error: unknown, route: string): Response => {
  const requestId = requestIdOf(req)
  const { status, body, internal } = toErrorResponse(error)
  if (internal) {
    req.payload.logger.error({ err: error, requestId, route, msg: `${route} failed` })
  } else if (status >= 500) {
    req.payload.logger.warn({ requestId, route, status, msg: body.errors[0]?.message })
  }
  return Response.json(
    { ...body, requestId },
    { status, headers: { 'Cache-Control': 'no-store', 'X-Request-Id': requestId } },
  )
}

/**
 * The API key a request was made with (plugins/api-access makes a live key
 * the request's user, of the `api-keys` collection), or null.
 */
const apiKeyOf = (req: PayloadRequest): { scopes?: string[] } | null => {
  const user = req.user as { collection?: unknown; scopes?: unknown } | null | undefined
  if (user?.collection !== 'api-keys') return null
  return { scopes: Array.isArray(user.scopes) ? (user.scopes as string[]) : [] }
}

/** Declares a custom endpoint through the kernel; mount the result in a config's `endpoints`. */
export const defineEndpoint = <
  Q extends ObjectSchema = typeof EMPTY,
  B extends z.ZodType | undefined = undefined,
  P extends ObjectSchema = typeof EMPTY,
>(
  spec: EndpointSpec<Q, B, P>,
): Endpoint => {
  const route = `${spec.method.toUpperCase()} ${spec.path}`
  const querySchema = (spec.query ?? EMPTY).strict()
  const paramsSchema = (spec.params ?? z.object({})).passthrough()
  return {
    method: spec.method,
    path: spec.path,
    custom: { kernel: true },
    handler: async (req) => {
      const requestId = requestIdOf(req)
      let started = false
      try {
        // Payload adds the mount point's slug to the params of collection and global
        // endpoints; they are not the caller's input unless the path declares them
        // (a root endpoint's `/preview/:collection/:id`).
        const { collection, global, ...rest } = (req.routeParams ?? {}) as Record<string, unknown>
        const declared = spec.params?.shape ?? {}
        const rawParams = {
          ...rest,
          ...('collection' in declared && { collection }),
          ...('global' in declared && { global }),
        }
        const params = parseWith(paramsSchema, spec.params ? rawParams : {}, 'params')
        const query = parseWith(querySchema, queryObject(req), 'query')
        const key = apiKeyOf(req)
        if (key) {
          if (!spec.apiKey) throw forbidden('API keys cannot call this endpoint')
          if (spec.apiKey.scope && !key.scopes?.includes(spec.apiKey.scope)) {
            throw forbidden(`This API key needs the ${spec.apiKey.scope} scope for this endpoint`)
          }
        }
        if (spec.access) {
          const allowed = await spec.access({ req })
          if (allowed !== true) throw req.user ? forbidden() : unauthorized()
        }
        const body = spec.body ? parseWith(spec.body, await readJson(req), 'body') : undefined
        if (spec.transaction) started = await initTransaction(req)
        const result = await spec.handler({
          req,
          // The kernel's strict/passthrough copies parse to the declared schemas' output.
          query: query as z.output<Q>,
          body: body as never,
          params: params as z.output<P>,
          user: req.user,
          db: await transactionDb(req),
          requestId,
        })
        if (started) await commitTransaction(req)
        const response =
          result instanceof Response ? result : Response.json(result, { headers: spec.headers })
        if (result instanceof Response && spec.headers) {
          for (const [name, value] of Object.entries(spec.headers)) {
            if (!response.headers.has(name)) response.headers.set(name, value)
          }
        }
        return withRequestId(response, requestId)
      } catch (error) {
        if (started) await killTransaction(req)
        return errorAnswer(req, error, route)
      }
    },
  }
}

export { AppError }
