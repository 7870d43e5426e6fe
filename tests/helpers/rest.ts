import { guardedRoutes } from '../../plugins/input-guard/routes'
import { resetConfig } from '../../utilities/config'
import { testDatabaseUrl } from './database'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

export interface ApiResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

const loadHandlers = async () => {
  process.env.DATABASE_URL = testDatabaseUrl()
  // The configuration is read once; it must see this file's database.
  resetConfig()
  const { default: config } = await import('../../payload.config')
  // The handlers the /api routes export: Payload's behind the input guard.
  const { DELETE, GET, PATCH, POST, GRAPHQL } = guardedRoutes(config)
  return { DELETE, GET, PATCH, POST, GRAPHQL }
}
let handlers: ReturnType<typeof loadHandlers> | undefined

/** Payload's REST and GraphQL route handlers for the test database (loaded once per file). */
export const restHandlers = () => (handlers ??= loadHandlers())

/**
 * Calls Payload's real Next.js route handlers in-process with real `Request`s:
 * the same code path as HTTP to `/api/*`, without a Next server per test file.
 */
export class ApiClient {
  constructor(
    private readonly token?: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  withToken(token: string | undefined): ApiClient {
    return new ApiClient(token, this.extraHeaders)
  }

  private headers(body: unknown): Headers {
    const headers = new Headers(this.extraHeaders)
    if (body !== undefined) headers.set('Content-Type', 'application/json')
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    return headers
  }

  async rest<T = any>(method: Method, path: string, body?: unknown): Promise<ApiResponse<T>> {
    handlers ??= loadHandlers()
    const handler = (await handlers)[method]
    const url = new URL(`http://localhost:3000/api${path}`)
    const request = new Request(url, {
      method,
      headers: this.headers(body),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
  }

  /** A raw request body (a file upload as bytes). */
  postRaw = <T = any>(path: string, body: Uint8Array | string, contentType: string) =>
    this.send<T>(path, body as BodyInit, { 'Content-Type': contentType })

  /** A multipart upload, as the admin's upload form sends it (fetch sets the boundary). */
  postForm = <T = any>(path: string, form: FormData) => this.send<T>(path, form, {})

  private async send<T>(
    path: string,
    body: BodyInit,
    extra: Record<string, string>,
  ): Promise<ApiResponse<T>> {
    handlers ??= loadHandlers()
    const url = new URL(`http://localhost:3000/api${path}`)
    const headers = new Headers({ ...this.extraHeaders, ...extra })
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    const request = new Request(url, { method: 'POST', headers, body })
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const response = await (await handlers).POST(request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
  }

  /** A GET whose answer is not JSON (a CSV export): the status, headers and the body's bytes. */
  async getRaw(path: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
    handlers ??= loadHandlers()
    const url = new URL(`http://localhost:3000/api${path}`)
    const request = new Request(url, { method: 'GET', headers: this.headers(undefined) })
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const response = await (await handlers).GET(request, { params: Promise.resolve({ slug }) })
    return {
      status: response.status,
      headers: response.headers,
      bytes: new Uint8Array(await response.arrayBuffer()),
    }
  }

  get = <T = any>(path: string) => this.rest<T>('GET', path)
  post = <T = any>(path: string, body: unknown) => this.rest<T>('POST', path, body)
  patch = <T = any>(path: string, body: unknown) => this.rest<T>('PATCH', path, body)
  delete = <T = any>(path: string) => this.rest<T>('DELETE', path)

  async graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<ApiResponse<T>> {
    handlers ??= loadHandlers()
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: this.headers({}),
      body: JSON.stringify({ query, variables }),
    })
    const response = await (await handlers).GRAPHQL(request)
    return { status: response.status, body: await response.json(), headers: response.headers }
  }

  async login(email: string, password: string): Promise<ApiClient> {
    const res = await this.post<{ token?: string }>('/users/login', { email, password })
    if (res.status !== 200 || !res.body?.token) {
      throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
    }
    return this.withToken(res.body.token)
  }
}

export const anonymous = () => new ApiClient()
