/**
 * The typed configuration: every environment variable Hujra reads, in one
 * schema, validated once. Code asks `config()` for a typed value instead of
 * reading `process.env`; a bad value stops the process at start with one line
 * naming the variable and what is allowed (`assertConfig`).
 *
 * The names an existing deployment already uses are accepted as aliases
 * (`SECRET_KEY` for `PAYLOAD_SECRET`, `JITSI_APP_SECRET` for
 * `JITSI_PRIVATE_KEY`); when both are set the canonical name wins.
 *
 * Not here on purpose: `NEXT_PUBLIC_MAP_TILE_URL` and `PUBLIC_TILE_URL`, which
 * the admin's and the site's bundlers inline at build time, so they never
 * exist at run time to be validated (listed in `BUILD_TIME_VARIABLES`).
 */
import { z } from 'zod'

// ---- value parsers: each names what is allowed, for the one-line error -----

const text = () => z.string().trim().min(1, 'must not be empty')

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be ${min} or more`).max(max, `must be ${max} or less`))

const decimal = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, `must be a number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be ${min} or more`).max(max, `must be ${max} or less`))

const port = () => integer(1, 65535)

const TRUE = ['true', '1', 'yes', 'on']
const FALSE = ['false', '0', 'no', 'off']
const flag = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => TRUE.includes(v) || FALSE.includes(v), 'must be true or false')
    .transform((v) => TRUE.includes(v))

const url = (protocols: readonly string[]) =>
  z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          return protocols.includes(new URL(v).protocol.replace(/:$/, ''))
        } catch {
          return false
        }
      },
      `must be a ${protocols.join(' or ')} URL`,
    )

const httpUrl = () => url(['http', 'https']).transform((v) => v.replace(/\/+$/, ''))

const list = () =>
  z.string().transform((v) =>
    v
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .refine(
      (v): v is T[number] => (values as readonly string[]).includes(v),
      `must be one of ${values.join(', ')}`,
    )
    .transform((v) => v as T[number])

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/**
 * Every variable, by its canonical name. Optional ones without a default are
 * `undefined` when unset; an empty value counts as unset (`FOO=` in `.env`).
 */
const schema = z.object({
  // --- database
  DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  DATABASE_POOL_MAX: integer(1, 1000).default(10),
  EMBEDDED_POSTGRES_DIR: text().optional(),
  EMBEDDED_POSTGRES_PORT: port().default(54329),

  // --- CMS
  PAYLOAD_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters (32+ random bytes in production)')
    .optional(),
  DATA_DIR: text().default('.data'),
  FILES_DIR: text().default('.data/files'),
  // Unset: this machine at PORT and SITE_PORT (see parseConfig), so moving a port moves its links.
  SERVER_URL: httpUrl().optional(),
  SITE_URL: httpUrl().optional(),
  JOBS_AUTORUN: flag().default(false),
  LOG_LEVEL: oneOf(LOG_LEVELS).default('info'),
  HEALTHCHECK_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * Proxies in front of the CMS that append the address they saw to
   * X-Forwarded-For: only from them is the header believed, at its right-most
   * hop that is not one of them (server/edge.ts); from anyone else the
   * socket's address replaces it.
   */
  AUTH_TRUSTED_PROXIES: list().default([]),

  // --- processes and ports
  PORT: port().default(3000),
  HOST: text().optional(),
  SITE_PORT: port().default(4321),
  REALTIME_PORT: port().default(3001),
  CMS_URL: httpUrl().default('http://127.0.0.1:3000'),

  // --- search
  SEARCH_BACKEND: oneOf(['postgres', 'meilisearch'] as const).optional(),
  MEILISEARCH_HOST: httpUrl().optional(),
  MEILISEARCH_API_KEY: text().optional(),
  MEILISEARCH_INDEX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,400}$/, 'must be letters, digits, - and _ only')
    .default('hujra_search'),

  // --- maps
  GEO_BACKEND: oneOf(['bbox', 'postgis'] as const).default('bbox'),
  GEO_IMPORT_MAX_MB: decimal(0.001, 1024).default(20),

  // --- previews
  PREVIEW_TOKEN_TTL_MINUTES: integer(1, 60 * 24 * 30).default(60),

  // --- uploads
  ALLOWED_EXTENSIONS: list()
    .pipe(
      z
        .array(oneOf(['jpg', 'jpeg', 'png', 'webp', 'gif', 'pdf', 'svg'] as const))
        .min(1, 'must name at least one type'),
    )
    .default(['jpg', 'png', 'webp', 'gif', 'pdf']),
  MAX_UPLOAD_SIZE_MB: decimal(0.001, 10 * 1024).default(25),
  UPLOAD_TEMP_DIR: text().optional(),
  CLAMAV_ENABLED: flag().optional(),
  CLAMAV_HOST: text().optional(),
  CLAMAV_PORT: port().default(3310),
  CLAMAV_SOCKET: text().optional(),
  CLAMAV_FAIL_OPEN: flag().default(false),
  CLAMAV_TIMEOUT_MS: integer(100, 10 * 60_000).default(15_000),
  S3_BUCKET: text().optional(),
  S3_ENDPOINT: httpUrl().optional(),
  S3_REGION: text().default('us-east-1'),
  S3_ACCESS_KEY_ID: text().optional(),
  S3_SECRET_ACCESS_KEY: text().optional(),
  S3_FORCE_PATH_STYLE: flag().default(false),

  // --- site cache
  SITE_CACHE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SITE_PURGE_URLS: list().pipe(z.array(httpUrl())).optional(),
  SITE_INTERNAL_URL: httpUrl().optional(),
  SITE_CACHE_TTL_SECONDS: integer(0, 86_400).default(300),
  SITE_CACHE: oneOf(['on', 'off'] as const).default('on'),
  SITE_CACHE_CMS_MB: integer(1, 16_384).default(64),
  SITE_CACHE_PAGES_MB: integer(1, 16_384).default(128),

  // --- realtime
  REDIS_URL: url(['redis', 'rediss']).optional(),
  REALTIME_PUBLIC_URL: httpUrl().optional(),
  REALTIME_ALLOWED_ORIGINS: list().pipe(z.array(httpUrl())).default([]),
  REALTIME_TRUSTED_PROXIES: list().default([]),
  /** Realtime events one user may send per 10 s: the abuse protection of the chat. */
  REALTIME_USER_EVENTS_PER_10S: integer(1, 100_000).default(20),
  /**
   * Realtime events per client address per 10 s, and handshakes per address
   * per minute: generous, as a mobile carrier puts a thousand people behind
   * one address; the per-user limit is what holds a flooder back.
   */
  REALTIME_IP_EVENTS_PER_10S: integer(1, 10_000_000).default(5_000),
  REALTIME_IP_HANDSHAKES_PER_MIN: integer(1, 10_000_000).default(2_000),
  SESSION_COOKIE_DOMAIN: text().optional(),
  CHAT_INVITE_MAX_DAYS: integer(1, 365).default(7),

  // --- video calls (Jitsi as a Service)
  JITSI_APP_ID: text().optional(),
  JITSI_KEY_ID: text().optional(),
  JITSI_PRIVATE_KEY: text().optional(),
  JITSI_DOMAIN: text().default('8x8.vc'),

  // --- mail (given its meaning by the accounts issue; without MAIL_SERVER mail goes to the log)
  MAIL_SERVER: text().optional(),
  MAIL_PORT: port().default(587),
  MAIL_USE_TLS: flag().default(true),
  MAIL_USERNAME: text().optional(),
  MAIL_PASSWORD: text().optional(),
  MAIL_DEFAULT_SENDER: text().default('Hujra <no-reply@hujra.local>'),

  // --- accounts (collections/users) and the public API
  /** TOTP two-factor sign-in, offered to everyone and enforced per role in Settings; false turns it off platform-wide. */
  ENABLE_2FA: flag().default(true),
  /**
   * Encrypts two-factor secrets at rest (AES-256-GCM). Unset: a key derived
   * from PAYLOAD_SECRET (HKDF), so a leaked database alone never yields them.
   */
  TWO_FACTOR_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Ties a session to what it started with: `user-agent` (the browser), or
   * `ip-and-user-agent` (also the address; mobile readers change address often).
   */
  SESSION_BINDING: z
    .enum(['off', 'user-agent', 'ip-and-user-agent'], {
      error: 'must be one of off, user-agent, ip-and-user-agent',
    })
    .default('off'),
  API_RATE_LIMIT_PER_MIN: integer(1, 1_000_000).default(120),
  /** Days an API key's request log is kept. */
  API_USAGE_RETENTION_DAYS: integer(1, 3650).default(90),
  /**
   * Browser origins that may read the public API (`/api/public/v1`) from their
   * pages: exact origins (`https://maps.example.org`) or `*` for any. Never
   * with credentials: integrators authenticate with keys, not cookies.
   */
  API_CORS_ORIGINS: list()
    .pipe(
      z.array(
        z.string().refine((v) => {
          if (v === '*') return true
          try {
            const u = new URL(v)
            return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === v.replace(/\/$/, '')
          } catch {
            return false
          }
        }, 'must be * or origins like https://example.org (scheme, host and port, no path)'),
      ),
    )
    .transform((origins) => origins.map((o) => o.replace(/\/$/, '')))
    .default([]),
  API_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),

  // --- first start
  SEED_ADMIN_EMAIL: z.string().trim().email('must be an email address').default('admin@hujra.local'),
  SEED_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SEED_DEMO: flag().default(true),
  SEED_DEMO_RESOURCES: integer(0, 1_000_000).default(300),
})

/** Old names an existing deployment uses, and the canonical name each stands for. */
export const ALIASES = {
  SECRET_KEY: 'PAYLOAD_SECRET',
  JITSI_APP_SECRET: 'JITSI_PRIVATE_KEY',
} as const satisfies Record<string, keyof z.input<typeof schema>>

/** Read by a bundler at build time, never at run time: documented, not validated here. */
export const BUILD_TIME_VARIABLES = ['NEXT_PUBLIC_MAP_TILE_URL', 'PUBLIC_TILE_URL'] as const

/** Read by tests and benchmarks only. */
export const TEST_VARIABLES = [
  'CHROMIUM_PATH',
  'EXTERNAL_DATABASE_URL',
  'POSTGIS_TEST_URL',
  'BENCH_EMAIL',
  'BENCH_PASSWORD',
] as const

export type Config = Omit<z.output<typeof schema>, 'SERVER_URL' | 'SITE_URL'> & {
  /** The CMS's public address: SERVER_URL, or http://localhost:PORT. */
  SERVER_URL: string
  /** The site's public address: SITE_URL, or http://localhost:SITE_PORT. */
  SITE_URL: string
  /** Which search backend answers: Meilisearch when SEARCH_BACKEND says so or, unset, when MEILISEARCH_HOST is. */
  searchBackend: 'postgres' | 'meilisearch'
  /** Whether uploads are scanned: CLAMAV_ENABLED, or unset, whether a clamd address is given. */
  clamavEnabled: boolean
}

/** Every variable the schema knows, canonical names and aliases. */
export const CONFIG_VARIABLES: readonly string[] = [...Object.keys(schema.shape), ...Object.keys(ALIASES)]

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
    readonly value: string | undefined,
  ) {
    super(
      `Configuration error: ${variable} ${problem}${value === undefined ? '' : ` (got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)})`}`,
    )
    this.name = 'ConfigError'
  }
}

const SECRET_NAMES = /SECRET|PASSWORD|PRIVATE_KEY|TOKEN|API_KEY/

/** Parses an environment (by default the process's) into the typed configuration, or throws a ConfigError. */
export const parseConfig = (env: Readonly<Record<string, string | undefined>> = process.env): Config => {
  const raw: Record<string, string> = {}
  for (const key of Object.keys(schema.shape)) {
    const value = env[key]
    if (value !== undefined && value !== '') raw[key] = value
  }
  for (const [alias, name] of Object.entries(ALIASES)) {
    const value = env[alias]
    if (raw[name] === undefined && value !== undefined && value !== '') raw[name] = value
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const variable = String(issue.path[0] ?? 'environment')
    const alias = Object.entries(ALIASES).find(([a, name]) => name === variable && env[a] && !env[name])?.[0]
    const shown = SECRET_NAMES.test(variable) ? undefined : raw[variable]
    throw new ConfigError(alias ?? variable, issue.message, shown)
  }
  const values = parsed.data
  if (values.SEARCH_BACKEND === 'meilisearch' && !values.MEILISEARCH_HOST)
    throw new ConfigError('MEILISEARCH_HOST', 'must be set when SEARCH_BACKEND is meilisearch', undefined)
  if (values.S3_ACCESS_KEY_ID && !values.S3_SECRET_ACCESS_KEY)
    throw new ConfigError('S3_SECRET_ACCESS_KEY', 'must be set together with S3_ACCESS_KEY_ID', undefined)
  if (
    values.JITSI_KEY_ID &&
    values.JITSI_APP_ID &&
    !values.JITSI_KEY_ID.startsWith(`${values.JITSI_APP_ID}/`)
  )
    throw new ConfigError(
      'JITSI_KEY_ID',
      `must start with JITSI_APP_ID and a slash (${values.JITSI_APP_ID}/…)`,
      values.JITSI_KEY_ID,
    )
  return {
    ...values,
    SERVER_URL: values.SERVER_URL ?? `http://localhost:${values.PORT}`,
    SITE_URL: values.SITE_URL ?? `http://localhost:${values.SITE_PORT}`,
    searchBackend: values.SEARCH_BACKEND ?? (values.MEILISEARCH_HOST ? 'meilisearch' : 'postgres'),
    clamavEnabled: values.CLAMAV_ENABLED ?? Boolean(values.CLAMAV_HOST || values.CLAMAV_SOCKET),
  }
}

let cached: Config | undefined

/** The configuration, parsed from the environment on first use and kept. */
export const config = (): Config => (cached ??= parseConfig())

/**
 * Forgets the parsed configuration so the next `config()` reads the
 * environment again. For tests that change a variable; a running process
 * never needs it.
 */
export const resetConfig = (): void => {
  cached = undefined
}

/**
 * Validates the configuration at a process's start: on a bad value, prints
 * the one line that names it and exits with status 1 (no stack trace).
 */
export const assertConfig = (): Config => {
  try {
    return config()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
}
