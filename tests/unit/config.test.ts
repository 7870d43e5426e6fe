import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  ALIASES,
  BUILD_TIME_VARIABLES,
  CONFIG_VARIABLES,
  ConfigError,
  parseConfig,
  TEST_VARIABLES,
} from '../../utilities/config'

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

const documented = [...CONFIG_VARIABLES, ...BUILD_TIME_VARIABLES, ...TEST_VARIABLES]

/** Names in `.env.example`: every `NAME=` line, commented out or not. */
const envExampleNames = () =>
  [...read('.env.example').matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!)

/** Names in the first column of the README's configuration table. */
const readmeTableNames = () => {
  const readme = read('README.md')
  const section = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5),
  )
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!))
}

const problem = (env: Record<string, string>) => {
  try {
    parseConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error.message
    throw error
  }
  return undefined
}

describe('typed configuration', () => {
  it('parses an empty environment into the embedded defaults', () => {
    const config = parseConfig({})
    expect(config).toMatchObject({
      PORT: 3000,
      SITE_PORT: 4321,
      REALTIME_PORT: 3001,
      DATABASE_POOL_MAX: 10,
      MAX_UPLOAD_SIZE_MB: 25,
      ALLOWED_EXTENSIONS: ['jpg', 'png', 'webp', 'gif', 'pdf'],
      CLAMAV_FAIL_OPEN: false,
      SITE_CACHE: 'on',
      searchBackend: 'postgres',
      clamavEnabled: false,
      LOG_LEVEL: 'info',
    })
    expect(config.DATABASE_URL).toBeUndefined()
    expect([config.SERVER_URL, config.SITE_URL]).toEqual(['http://localhost:3000', 'http://localhost:4321'])
  })

  it('puts the public addresses on the ports when they are not given, and keeps them when they are', () => {
    const moved = parseConfig({ PORT: '3400', SITE_PORT: '4400' })
    expect([moved.SERVER_URL, moved.SITE_URL]).toEqual(['http://localhost:3400', 'http://localhost:4400'])
    const given = parseConfig({ PORT: '3400', SERVER_URL: 'https://cms.example.org/' })
    expect(given.SERVER_URL).toBe('https://cms.example.org')
  })

  it('types what it reads: numbers, flags, lists, URLs without a trailing slash', () => {
    const config = parseConfig({
      PORT: '8080',
      CLAMAV_FAIL_OPEN: 'yes',
      S3_FORCE_PATH_STYLE: 'TRUE',
      REALTIME_ALLOWED_ORIGINS: 'https://a.example, https://b.example/',
      SITE_URL: 'https://hujra.example/',
      GEO_IMPORT_MAX_MB: '0.5',
    })
    expect(config.PORT).toBe(8080)
    expect(config.CLAMAV_FAIL_OPEN).toBe(true)
    expect(config.S3_FORCE_PATH_STYLE).toBe(true)
    expect(config.REALTIME_ALLOWED_ORIGINS).toEqual(['https://a.example', 'https://b.example'])
    expect(config.SITE_URL).toBe('https://hujra.example')
    expect(config.GEO_IMPORT_MAX_MB).toBe(0.5)
  })

  it('treats an empty value as unset', () => {
    const config = parseConfig({ PORT: '', DATABASE_URL: '' })
    expect(config.PORT).toBe(3000)
    expect(config.DATABASE_URL).toBeUndefined()
  })

  it.each([
    [{ PORT: 'abc' }, 'Configuration error: PORT must be a whole number from 1 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'Configuration error: PORT must be 65535 or less (got "70000")'],
    [
      { MAX_UPLOAD_SIZE_MB: '-1' },
      'Configuration error: MAX_UPLOAD_SIZE_MB must be a number from 0.001 to 10240 (got "-1")',
    ],
    [
      { CLAMAV_FAIL_OPEN: 'maybe' },
      'Configuration error: CLAMAV_FAIL_OPEN must be true or false (got "maybe")',
    ],
    [
      { SEARCH_BACKEND: 'elastic' },
      'Configuration error: SEARCH_BACKEND must be one of postgres, meilisearch (got "elastic")',
    ],
    [
      { DATABASE_URL: 'mysql://x' },
      'Configuration error: DATABASE_URL must be a postgres or postgresql URL (got "mysql://x")',
    ],
    [
      { ALLOWED_EXTENSIONS: 'jpg,exe' },
      'Configuration error: ALLOWED_EXTENSIONS must be one of jpg, jpeg, png, webp, gif, pdf, svg (got "jpg,exe")',
    ],
    [
      { SEARCH_BACKEND: 'meilisearch' },
      'Configuration error: MEILISEARCH_HOST must be set when SEARCH_BACKEND is meilisearch',
    ],
    [
      { LOG_LEVEL: 'loud' },
      'Configuration error: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
  ])('refuses %o with one line naming the variable and what is allowed', (env, message) => {
    expect(problem(env)).toBe(message)
  })

  it('never echoes a secret it refuses', () => {
    const message = problem({ PAYLOAD_SECRET: 'short-secret' })
    expect(message).toMatch(/^Configuration error: PAYLOAD_SECRET must be at least 16 characters/)
    expect(message).not.toContain('short-secret')
  })

  it('accepts the names the existing deployment uses', () => {
    const config = parseConfig({
      SECRET_KEY: 'a-long-enough-deployment-secret',
      JITSI_APP_SECRET: '-----BEGIN PRIVATE KEY-----\\nabc',
      SEARCH_BACKEND: 'meilisearch',
      MEILISEARCH_HOST: 'http://127.0.0.1:7700',
      CLAMAV_ENABLED: 'true',
      MAIL_SERVER: 'smtp.example.org',
      MAIL_PORT: '465',
      MAIL_USE_TLS: 'true',
      MAIL_USERNAME: 'hujra',
      MAIL_PASSWORD: 'pw',
      MAIL_DEFAULT_SENDER: 'Hujra <hujra@example.org>',
      API_RATE_LIMIT_PER_MIN: '600',
      API_WEBHOOK_SECRET: 'whsec-0123456789abcdef',
      ENABLE_2FA: 'false',
      LOG_LEVEL: 'debug',
      HEALTHCHECK_TOKEN: 'health-0123456789abcdef',
    })
    expect(config).toMatchObject({
      PAYLOAD_SECRET: 'a-long-enough-deployment-secret',
      JITSI_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nabc',
      searchBackend: 'meilisearch',
      clamavEnabled: true,
      MAIL_PORT: 465,
      MAIL_USE_TLS: true,
      API_RATE_LIMIT_PER_MIN: 600,
      ENABLE_2FA: false,
      LOG_LEVEL: 'debug',
    })
    // The canonical name wins when both are set.
    expect(
      parseConfig({ SECRET_KEY: 'old-name-secret-0001', PAYLOAD_SECRET: 'new-name-secret-0002' })
        .PAYLOAD_SECRET,
    ).toBe('new-name-secret-0002')
    // A bad aliased value is reported under the name that was set.
    expect(problem({ SECRET_KEY: 'short' })).toMatch(/^Configuration error: SECRET_KEY must be at least 16/)
  })

  it('lets SEARCH_BACKEND=postgres and CLAMAV_ENABLED=false override a configured host', () => {
    const config = parseConfig({
      SEARCH_BACKEND: 'postgres',
      MEILISEARCH_HOST: 'http://127.0.0.1:7700',
      CLAMAV_ENABLED: 'false',
      CLAMAV_HOST: '127.0.0.1',
    })
    expect(config.searchBackend).toBe('postgres')
    expect(config.clamavEnabled).toBe(false)
    expect(parseConfig({ MEILISEARCH_HOST: 'http://127.0.0.1:7700' }).searchBackend).toBe('meilisearch')
  })

  it('.env.example lists every variable, and only those', () => {
    const names = envExampleNames()
    expect([...documented].filter((name) => !names.includes(name)).sort()).toEqual([])
    expect(names.filter((name) => !documented.includes(name)).sort()).toEqual([])
  })

  it("the README's configuration table lists every variable, and only those", () => {
    const names = readmeTableNames()
    expect(
      [...CONFIG_VARIABLES, ...BUILD_TIME_VARIABLES].filter((name) => !names.includes(name)).sort(),
    ).toEqual([])
    expect(names.filter((name) => !documented.includes(name)).sort()).toEqual([])
    for (const alias of Object.keys(ALIASES)) expect(names).toContain(alias)
  })

  it('stops a process at start with the one line and exit status 1', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "import('./utilities/config.ts').then((m) => m.assertConfig())"],
      { cwd: root, env: { ...process.env, PORT: 'abc' }, encoding: 'utf8' },
    )
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(
      'Configuration error: PORT must be a whole number from 1 to 65535 (got "abc")',
    )
  })
})

describe('the CMS validates its configuration before anything reads it', () => {
  it('payload.config.ts stops on a bad value with the one line, whichever module would read it', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "await import('./payload.config.ts')"],
      {
        cwd: root,
        env: { ...process.env, MAX_UPLOAD_SIZE_MB: '-1' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    )
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(
      'Configuration error: MAX_UPLOAD_SIZE_MB must be a number from 0.001 to 10240 (got "-1")',
    )
    // Loading the whole config through tsx takes seconds alone and far longer beside other files.
  }, 90_000)
})

describe('configuration is read in one place', () => {
  /** Where reading process.env is right: the config module, tests, benchmarks, and the child-process plumbing. */
  const allowed = [
    /^utilities\/config\.ts$/,
    /^tests\//,
    /^bench\//,
    // Build-time variables for bundlers, and PATH for the CLI wrapper, are not configuration.
    /^plugins\/geo\/admin\/LocationField\.tsx$/,
    /^scripts\/with-database\.ts$/,
  ]
  it('no other file reads process.env', () => {
    const files = spawnSync('git', ['ls-files', '*.ts', '*.tsx', '*.mjs', '*.astro'], {
      cwd: root,
      encoding: 'utf8',
    })
      .stdout.split('\n')
      .filter(Boolean)
      .filter((file) => !allowed.some((pattern) => pattern.test(file)))
    const readers = files.flatMap((file) => {
      const source = read(file)
      // A read is any use of process.env but two: an assignment to one variable and a spread into
      // a child's environment (a parent sets what its children will validate themselves).
      const reads = [
        ...source.matchAll(/(\.\.\.)?process\.env(\.[A-Z_0-9]+|\[[^\]]+\])?(\s*=[^=])?/g),
      ].filter((m) => !m[1] && !(m[2] && m[3]))
      return reads.length ? [`${file}: ${reads.map((m) => m[0]).join(', ')}`] : []
    })
    expect(readers).toEqual([])
  })
})
