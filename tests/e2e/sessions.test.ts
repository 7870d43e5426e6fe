import type { Payload } from 'payload'
import type { Browser, BrowserContext } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { sessionMessages } from '../../site/src/i18n/sessions'
import { resetConfig } from '../../utilities/config'
import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { testDatabaseUrl } from '../helpers/database'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'

/**
 * Sessions in Chromium: on the built site, a reader signed in in two
 * browsers ends the other one from the first (with JavaScript and without)
 * and the other is signed out; a write from another site is refused; the
 * page passes axe in en, ur and ps. In the admin (a production build), an
 * admin ends a member's sessions from the member's page and ends their own
 * other sessions from the account view.
 */
const SECRET = `sessions-e2e-secret-${unique()}`
const LOCALES = ['en', 'ur', 'ps'] as const
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'

vi.setConfig({ testTimeout: 180_000 })

let payload: Payload
let browser: Browser

const pagePath = (locale: string) => `${locale === 'en' ? '' : `/${locale}`}/account/sessions`

describe('the site’s sessions page', () => {
  let cms: Awaited<ReturnType<typeof startCmsServer>>
  let site: Awaited<ReturnType<typeof startSite>>

  /** A browser signed in on the site as `email` (through the site's own sign-in route, so its cookie). */
  const signedInContext = async (email: string, javaScriptEnabled = true): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled })
    const answer = await context.request.post(`${site.url}/api/session`, {
      data: { email, password: PASSWORD },
      headers: { origin: site.url },
    })
    expect(answer.status(), await answer.text()).toBe(200)
    return context
  }

  const signedIn = async (context: BrowserContext) =>
    (await context.request.get(`${site.url}/api/session`)).status() === 200

  beforeAll(async () => {
    process.env.SITE_CACHE_SECRET = SECRET
    delete process.env.REDIS_URL
    payload = await getTestPayload()
    resetConfig()
    cms = await startCmsServer()
    site = await startSite({ CMS_URL: cms.url, SITE_CACHE_SECRET: SECRET })
    browser ??= await launchChromium()
  }, 240_000)

  afterAll(async () => {
    await site?.stop()
    await cms?.close()
    delete process.env.SITE_CACHE_SECRET
    resetConfig()
  })

  it('ends the other browser’s session with JavaScript: that browser is signed out, this one is not', async () => {
    const m = sessionMessages.en
    const user = await createUser(payload, ['member'])
    const first = await signedInContext(user.email)
    const second = await signedInContext(user.email)
    const { page, response } = await openPage(first, `${site.url}${pagePath('en')}`)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toMatch(/no-store/)
    await expect.poll(() => page.locator('.session').count()).toBe(2)
    expect(await page.locator('.session.current .badge').textContent()).toBe(m.thisDevice)
    // The reader's address, as the site vouched for it at sign-in.
    expect(await page.locator('.session.current dd bdi').textContent()).toBe('127.0.0.1')
    await page.locator('.session:not(.current) form[data-end-session] button').click()
    await expect.poll(() => page.locator('[data-sessions-status]').textContent()).toBe(m.ended)
    expect(await page.locator('.session').count()).toBe(1)
    expect(await page.locator('.none').isVisible()).toBe(true)
    expect(await signedIn(second)).toBe(false)
    expect(await signedIn(first)).toBe(true)
    // The signed-out browser's page says so.
    const { page: other, response: otherResponse } = await openPage(second, `${site.url}${pagePath('en')}`)
    expect(otherResponse?.status()).toBe(401)
    expect(await other.locator('main').textContent()).toContain(m.signedOut)
    await first.close()
    await second.close()
  })

  it('ends all the other sessions without JavaScript (a form POST and the page again)', async () => {
    const m = sessionMessages.ur
    const user = await createUser(payload, ['member'])
    const here = await signedInContext(user.email, false)
    const others = [await signedInContext(user.email), await signedInContext(user.email)]
    const { page } = await openPage(here, `${site.url}${pagePath('ur')}`)
    expect(await page.locator('.session').count()).toBe(3)
    await Promise.all([page.waitForURL(/done=others/), page.locator('form[data-end-others] button').click()])
    expect(new URL(page.url()).pathname).toBe('/ur/account/sessions')
    expect(await page.locator('[data-sessions-status]').textContent()).toBe(m.endedOthers(2))
    expect(await page.locator('.session').count()).toBe(1)
    for (const other of others) expect(await signedIn(other)).toBe(false)
    expect(await signedIn(here)).toBe(true)
    await Promise.all([here.close(), ...others.map((o) => o.close())])
  })

  it('is each reader’s own, even when two readers ask at the same moment (never from the page cache)', async () => {
    const readers = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const user = await createUser(payload, ['member'])
        const context = await signedInContext(user.email)
        const list = (await (await context.request.get(`${site.url}/api/account/sessions`)).json()) as {
          sessions: { id: string }[]
        }
        return { context, sid: list.sessions[0]!.id }
      }),
    )
    const pages = await Promise.all(
      readers.map(async ({ context }) => (await context.request.get(`${site.url}${pagePath('en')}`)).text()),
    )
    readers.forEach(({ sid }, i) => {
      expect(pages[i]).toContain(sid)
      for (const other of readers) if (other.sid !== sid) expect(pages[i]).not.toContain(other.sid)
    })
    await Promise.all(readers.map(({ context }) => context.close()))
  })

  it('refuses an ending sent from another site', async () => {
    const user = await createUser(payload, ['member'])
    const victim = await signedInContext(user.email)
    const other = await signedInContext(user.email)
    const sessions = (await (await victim.request.get(`${site.url}/api/account/sessions`)).json()) as {
      sessions: { id: string; current: boolean }[]
    }
    const target = sessions.sessions.find((s) => !s.current)!.id
    const url = `${site.url}/api/account/sessions`
    // A form from another site (Astro's own origin check refuses those too) …
    const form = await victim.request.post(url, {
      multipart: { action: 'end', id: target, lang: 'en' },
      headers: { origin: 'http://evil.test' },
    })
    expect(form.status()).toBe(403)
    // … and what Astro's check lets through (a non-form body): refused by the site's middleware
    // before the route (which would refuse it too, with { outcome: 'refused' }).
    const json = { 'content-type': 'application/json', accept: 'application/json' }
    const foreign: Record<string, string>[] = [
      { origin: 'http://evil.test' },
      { 'sec-fetch-site': 'cross-site' },
    ]
    for (const from of foreign) {
      const post = await victim.request.post(url, { headers: { ...json, ...from }, data: '{}' })
      expect(post.status()).toBe(403)
      expect(await post.json()).toEqual({ error: 'Cross-site requests are refused' })
      const deleted = await victim.request.delete(`${url}?id=${target}`, { headers: { ...json, ...from } })
      expect(deleted.status()).toBe(403)
    }
    // From this site it works.
    const mine = await victim.request.delete(`${url}?id=${target}`, {
      headers: { ...json, origin: site.url },
    })
    expect(mine.status()).toBe(200)
    expect(await signedIn(other)).toBe(false)
    await victim.close()
    await other.close()
  })
  for (const locale of LOCALES) {
    it(`is in ${locale}, ${locale === 'en' ? 'left-to-right' : 'right-to-left'}, and passes axe`, async () => {
      const m = sessionMessages[locale]
      const user = await createUser(payload, ['member'])
      const context = await signedInContext(user.email)
      const extra = await signedInContext(user.email)
      const { page } = await openPage(context, `${site.url}${pagePath(locale)}`)
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'en' ? 'ltr' : 'rtl')
      expect(await page.locator('h1').textContent()).toBe(m.title)
      expect(await page.locator('form[data-end-others] button').textContent()).toBe(m.endOthers)
      expect(await axeViolations(page)).toEqual([])
      // And signed out.
      const { page: anonymous } = await openPage(browser, `${site.url}${pagePath(locale)}`, {
        viewport: PHONE,
      })
      expect(await anonymous.locator('main').textContent()).toContain(m.signedOut)
      expect(await axeViolations(anonymous)).toEqual([])
      await anonymous.close()
      await context.close()
      await extra.close()
    })
  }
})

describe('the admin’s sessions list', () => {
  let admin: AdminServer

  const login = async (email: string) => {
    const answer = await fetch(`${admin.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': FIREFOX },
      body: JSON.stringify({ email, password: PASSWORD }),
    })
    expect(answer.status).toBe(200)
    return ((await answer.json()) as { token: string }).token
  }

  const works = async (token: string) => {
    const answer = await fetch(`${admin.url}/api/users/me`, { headers: { authorization: `JWT ${token}` } })
    return Boolean(((await answer.json()) as { user: unknown }).user)
  }

  const adminContext = async (token: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addCookies([{ name: 'payload-token', value: token, url: admin.url }])
    return context
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await startAdmin({
      DATABASE_URL: testDatabaseUrl(),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'hujra-test-secret-not-for-production',
    })
    browser ??= await launchChromium()
  }, 900_000)

  afterAll(async () => {
    await admin?.close()
    await browser?.close()
  })

  it('an admin ends all of a member’s sessions from the member’s page', async () => {
    const m = sessionMessages.en
    const administrator = await createUser(payload, ['admin'])
    const member = await createUser(payload, ['member'])
    const memberTokens = [await login(member.email), await login(member.email)]
    const context = await adminContext(await login(administrator.email))
    const { page } = await openPage(context, `${admin.url}/admin/collections/users/${member.id}`)
    const field = page.getByTestId('sessions-field')
    await expect.poll(() => field.locator('tbody tr').count(), { timeout: 30_000 }).toBe(2)
    expect(await field.locator('tbody tr').first().textContent()).toContain('Firefox on Windows')
    await field.getByRole('button', { name: m.endAll }).click()
    await expect.poll(() => field.getByTestId('sessions-status').textContent()).toBe(m.ended)
    await expect.poll(() => field.textContent()).toContain(m.none)
    for (const token of memberTokens) expect(await works(token)).toBe(false)
    await context.close()
  })

  it('a user ends their own other sessions from the account view', async () => {
    const m = sessionMessages.en
    const editor = await createUser(payload, ['editor'])
    const here = await login(editor.email)
    const elsewhere = await login(editor.email)
    const context = await adminContext(here)
    const { page } = await openPage(context, `${admin.url}/admin/account`)
    const field = page.getByTestId('sessions-field')
    await expect.poll(() => field.locator('tbody tr').count(), { timeout: 30_000 }).toBe(2)
    expect(await field.locator('tbody tr', { hasText: m.thisDevice }).count()).toBe(1)
    await field.getByRole('button', { name: m.endOthers }).click()
    await expect.poll(() => field.getByTestId('sessions-status').textContent()).toBe(m.allOthersEnded)
    await expect.poll(() => field.locator('tbody tr').count()).toBe(1)
    expect(await works(elsewhere)).toBe(false)
    expect(await works(here)).toBe(true)
    expect(await axeViolations(page, { include: '[data-testid="sessions-field"]' })).toEqual([])
    await context.close()
  })
})
