import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { allowedOriginsFor } from '../../realtime/origins'
import { config, resetConfig } from '../../utilities/config'
import { PASSWORD, createUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { generousLimiters, startRealtime } from './server'

/**
 * The site opened as http://127.0.0.1:4321 instead of http://localhost:4321
 * is the same site on the same machine: in the default configuration its
 * chat must connect too. A public SITE_URL is never widened.
 */

let payload: Payload
let token: string
const saved = {
  SITE_URL: process.env.SITE_URL,
  REALTIME_ALLOWED_ORIGINS: process.env.REALTIME_ALLOWED_ORIGINS,
}

const configure = (env: Partial<typeof saved>) => {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  resetConfig()
}

/** The origins realtime/index.ts allows for the current configuration. */
const configuredOrigins = () => allowedOriginsFor(config().SITE_URL, config().REALTIME_ALLOWED_ORIGINS)

beforeAll(async () => {
  payload = await getTestPayload()
  const user = await createUser(payload, ['member'], 'origins')
  token = (await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } }))
    .token!
})

afterEach(() => configure(saved))
afterAll(() => configure(saved))

/** Whether a browser page at `origin` gets a realtime connection from a server allowing `allowed`. */
const connectsFrom = async (allowed: string[], origin: string) => {
  const server = await startRealtime(payload, { allowedOrigins: allowed, limiters: generousLimiters() })
  try {
    const socket = server.client({ extraHeaders: { cookie: `payload-token=${token}`, origin } })
    return await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true))
      socket.once('connect_error', () => resolve(false))
    })
  } finally {
    await server.close()
  }
}

describe('allowed origins in the default configuration', () => {
  it('accept the site at localhost, 127.0.0.1 and [::1] on its port, with real clients', async () => {
    configure({ SITE_URL: undefined, REALTIME_ALLOWED_ORIGINS: undefined })
    const allowed = configuredOrigins()
    for (const origin of ['http://localhost:4321', 'http://127.0.0.1:4321', 'http://[::1]:4321']) {
      expect(await connectsFrom(allowed, origin), origin).toBe(true)
    }
    for (const origin of ['http://127.0.0.1:4322', 'https://localhost:4321', 'https://evil.example']) {
      expect(await connectsFrom(allowed, origin), origin).toBe(false)
    }
  })

  it('give a SITE_URL of 127.0.0.1 its localhost twin too', async () => {
    configure({ SITE_URL: 'http://127.0.0.1:8080', REALTIME_ALLOWED_ORIGINS: undefined })
    expect(configuredOrigins()).toEqual(
      expect.arrayContaining(['http://127.0.0.1:8080', 'http://localhost:8080', 'http://[::1]:8080']),
    )
    expect(await connectsFrom(configuredOrigins(), 'http://localhost:8080')).toBe(true)
  })

  it('never widen a public SITE_URL, and add REALTIME_ALLOWED_ORIGINS as given', async () => {
    configure({ SITE_URL: 'https://hujra.example', REALTIME_ALLOWED_ORIGINS: 'https://admin.hujra.example' })
    expect(configuredOrigins()).toEqual(['https://hujra.example', 'https://admin.hujra.example'])
    expect(await connectsFrom(configuredOrigins(), 'https://hujra.example')).toBe(true)
    expect(await connectsFrom(configuredOrigins(), 'http://localhost:4321')).toBe(false)
    expect(await connectsFrom(configuredOrigins(), 'http://127.0.0.1')).toBe(false)
  })
})
