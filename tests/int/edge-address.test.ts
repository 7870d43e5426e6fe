import type { AddressInfo } from 'node:net'

import { type Server, request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AUTH_LIMITS, resetAuthLimits } from '../../collections/users/authLimits'
import { createEdgeServer } from '../../server/edge'
import { config, resetConfig } from '../../utilities/config'
import { clientAddress } from '../../utilities/forwardedFor'
import { unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { type Answer, postJsonFrom, serveLikeNext } from '../helpers/postFrom'
import { restHandlers } from '../helpers/rest'
import { serveBehindEdge } from '../helpers/edgeServer'

/**
 * The CMS's own HTTP server (server/edge.ts) settles who the client is from
 * the socket before anything behind it reads X-Forwarded-For: a header the
 * caller wrote is replaced, unless the caller is a configured proxy, and then
 * only its right-most hop that is not a proxy is believed. Real sockets on
 * 127.0.0.x; first with a stand-in handler that echoes the headers it got,
 * then with Payload's handlers and the sign-in limits.
 */

/** GET from a loopback address of its own, answering the JSON body. */
const getFrom = (port: number, from: string, headers: Record<string, string>) =>
  new Promise<Record<string, string | undefined>>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', localAddress: from, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve(JSON.parse(text)))
    })
    req.on('error', reject)
    req.end()
  })

const echoing = (trustedProxies: readonly string[]) =>
  createEdgeServer(
    (req, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(
        JSON.stringify({ xff: req.headers['x-forwarded-for'], realIp: req.headers['x-real-ip'] ?? null }),
      )
    },
    { trustedProxies },
  )

const listen = async (server: Server, host = '127.0.0.1') => {
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  return (server.address() as AddressInfo).port
}

const close = async (server: Server) => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

afterAll(() => {
  delete process.env.AUTH_TRUSTED_PROXIES
  resetConfig()
})

describe('the address the CMS believes', () => {
  it('replaces a forged X-Forwarded-For (and X-Real-IP) with the socket’s address when no proxy is trusted', async () => {
    const server = echoing([])
    const port = await listen(server)
    try {
      expect(await getFrom(port, '127.0.0.1', { 'x-forwarded-for': '6.6.6.6' })).toEqual({
        xff: '127.0.0.1',
        realIp: null,
      })
      expect(
        await getFrom(port, '127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 7.7.7.7', 'x-real-ip': '8.8.8.8' }),
      ).toEqual({ xff: '127.0.0.1', realIp: null })
      expect(await getFrom(port, '127.0.0.5', {})).toEqual({ xff: '127.0.0.5', realIp: null })
    } finally {
      await close(server)
    }
  })

  it('from a proxy in AUTH_TRUSTED_PROXIES, believes the right-most hop that is not a proxy', async () => {
    process.env.AUTH_TRUSTED_PROXIES = '127.0.0.2, 10.0.0.9'
    resetConfig()
    const server = echoing(config().AUTH_TRUSTED_PROXIES)
    const port = await listen(server)
    try {
      const xff = async (from: string, header: string) =>
        (await getFrom(port, from, { 'x-forwarded-for': header })).xff
      // What the client wrote stands left of what the proxy appended, and is ignored.
      expect(await xff('127.0.0.2', '6.6.6.6, 198.51.100.7')).toBe('198.51.100.7')
      expect(await xff('127.0.0.2', '6.6.6.6, 198.51.100.7, 10.0.0.9')).toBe('198.51.100.7')
      expect(await xff('127.0.0.2', '198.51.100.8')).toBe('198.51.100.8')
      // A hop that is no address: the proxy that passed it on is who we know.
      expect(await xff('127.0.0.2', '198.51.100.7, not-an-address')).toBe('127.0.0.2')
      // The same header from a peer that is not a proxy is not believed at all.
      expect(await xff('127.0.0.3', '6.6.6.6, 198.51.100.7')).toBe('127.0.0.3')
    } finally {
      await close(server)
      delete process.env.AUTH_TRUSTED_PROXIES
      resetConfig()
    }
  })

  it('knows an IPv4 peer on a dual-stack listener (::ffff:127.0.0.2) as the trusted 127.0.0.2', async () => {
    expect(clientAddress('::ffff:127.0.0.2', '198.51.100.7', ['127.0.0.2'])).toBe('198.51.100.7')
    expect(clientAddress('::ffff:127.0.0.3', '198.51.100.7', ['127.0.0.2'])).toBe('127.0.0.3')
    expect(clientAddress('::1', '198.51.100.7', ['::1'])).toBe('198.51.100.7')
    expect(clientAddress('[2001:DB8::1]', undefined, [])).toBe('2001:db8::1')
    // Over a real socket on every interface ('::'), where Node reports the IPv4 peer as ::ffff:….
    const server = echoing(['127.0.0.2'])
    const port = await listen(server, '::')
    try {
      expect((await getFrom(port, '127.0.0.2', { 'x-forwarded-for': '198.51.100.9' })).xff).toBe(
        '198.51.100.9',
      )
    } finally {
      await close(server)
    }
  })
})

describe('the sign-in limit behind the server', { timeout: 120_000 }, () => {
  let stop: (() => Promise<void>) | undefined
  let port: number

  beforeAll(async () => {
    delete process.env.REDIS_URL
    resetConfig()
    await getTestPayload()
    await resetAuthLimits({ keyPrefix: `hujra-test:edge:${unique()}` })
    ;({ port, close: stop } = await serveBehindEdge(await restHandlers()))
  })
  afterAll(async () => {
    await stop?.()
    await resetAuthLimits()
  })

  const forgedLogins = async (target: number, from: string) => {
    const answers: Answer[] = []
    for (let i = 0; i < 40; i++) {
      answers.push(
        await postJsonFrom(
          `http://127.0.0.1:${target}/api/users/login`,
          { email: `nobody-${unique()}@test.hujra`, password: 'wrong-password-guess' },
          from,
          // A new made-up address on every attempt, as a client rotating X-Forwarded-For would send.
          { 'x-forwarded-for': `203.0.113.${i + 1}` },
        ),
      )
    }
    return answers.map((a) => a.status)
  }

  it('cannot be escaped by a new X-Forwarded-For on every attempt: 429 after the limit', async () => {
    const statuses = await forgedLogins(port, '127.0.0.1')
    const limit = AUTH_LIMITS.login.perAddress.points
    expect(statuses.slice(0, limit)).toEqual(Array(limit).fill(401))
    expect(statuses.slice(limit)).toEqual(Array(40 - limit).fill(429))
  })

  // The control: the same attempts against Payload's handlers with only what `next start` does in
  // front (it fills X-Forwarded-For only when it is missing) all get through, which is why the CMS
  // runs behind server/edge.ts.
  it('(control) with only what next start does in front, the same rotation escapes the limit', async () => {
    const bare = await serveLikeNext(await restHandlers())
    try {
      expect(await forgedLogins(bare.port, '127.0.0.50')).toEqual(Array(40).fill(401))
    } finally {
      await bare.close()
    }
  })
})
