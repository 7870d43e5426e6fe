import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSite } from '../helpers/site'
import { freePort } from '../helpers/startProcess'

/**
 * The site's cookie-carrying routes (sign-in and sign-out in
 * pages/api/session.ts, corrections) refuse writes a browser sends from
 * another origin, JSON bodies included (site/src/middleware.ts; Astro's own
 * checkOrigin covers form-like bodies only). Through the built site, as
 * production serves it; the CMS is not needed to refuse.
 */
const FOREIGN = 'http://127.0.0.9:1234'
let site: Awaited<ReturnType<typeof startSite>>

beforeAll(async () => {
  // A CMS that is not there: same-origin calls then answer 503, refusals 403 before reaching it.
  site = await startSite({
    CMS_URL: `http://127.0.0.1:${await freePort()}`,
    SITE_CACHE_SECRET: 'site-csrf-test-secret-1234',
  })
}, 600_000)
afterAll(async () => site?.stop())

const call = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  fetch(`${site.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: 'manual',
  })

const signIn = { email: 'reader@test.hujra', password: 'maple-orbit-canyon-42' }
const correction = { resource: 1, message: 'The phone number is wrong.' }

describe('cross-site writes to the site', { timeout: 60_000 }, () => {
  const cases: [string, string, unknown][] = [
    ['POST', '/api/session', signIn],
    ['DELETE', '/api/session', {}],
    ['DELETE', '/api/session', undefined],
    ['POST', '/api/corrections', correction],
  ]

  it.each(cases)(
    '%s %s from another Origin is refused with 403, nothing done',
    async (method, path, body) => {
      const answer = await call(
        method,
        path,
        { origin: FOREIGN, cookie: 'payload-token=a-readers-token' },
        body,
      )
      expect(answer.status).toBe(403)
      expect(answer.headers.get('set-cookie')).toBeNull()
      const noOrigin = await call(method, path, { 'sec-fetch-site': 'cross-site' }, body)
      expect(noOrigin.status).toBe(403)
      const nullOrigin = await call(method, path, { origin: 'null' }, body)
      expect(nullOrigin.status).toBe(403)
    },
  )

  it('the same requests from the site’s own origin get through to the route', async () => {
    const own = { origin: site.url, 'sec-fetch-site': 'same-origin' }
    // Sign-in reaches the route, which cannot reach the (absent) CMS.
    expect((await call('POST', '/api/session', own, signIn)).status).toBe(503)
    const out = await call('DELETE', '/api/session', own, {})
    expect(out.status).not.toBe(403)
    expect(out.status).toBeLessThan(500)
    expect((await call('POST', '/api/corrections', own, correction)).status).not.toBe(403)
    // Reads are never refused, whatever the Origin.
    expect((await call('GET', '/api/session', { origin: FOREIGN })).status).toBe(401)
  })
})
