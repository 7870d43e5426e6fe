import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { launchChromium } from '../helpers/browser'
import { testDatabaseUrl } from '../helpers/database'
import { PASSWORD, createUser } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * Open redirects after signing in to the admin: `/admin/login?redirect=…`
 * goes through Payload's getSafeRedirect (payload/dist/utilities/
 * getSafeRedirect.js), in the login form after a sign-in and on the server
 * for someone already signed in (@payloadcms/next views/Login). In Chromium,
 * against the production build served as `npm start` serves it; every request
 * that would leave the machine is aborted (never sent) and recorded, so a
 * redirect off-origin shows as a blocked request or a foreign page URL.
 */
vi.setConfig({ testTimeout: 180_000 })

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** As they reach the query string, raw: the attacker writes the link. */
const REDIRECTS = [
  '//evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '%2F%2Fevil.example',
  '/%2F%2Fevil.example',
  '%252F%252Fevil.example',
  '/%5Cevil.example',
  '%5C%5Cevil.example',
  'https://evil.example',
  'https:evil.example',
  '/https://evil.example',
  'javascript:alert(document.domain)',
  '%09//evil.example',
]

let admin: AdminServer
let browser: Browser
let email: string

beforeAll(async () => {
  const payload = await getTestPayload()
  email = (await createUser(payload, ['admin'])).email
  admin = await startAdmin({
    DATABASE_URL: testDatabaseUrl(),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'hujra-test-secret-not-for-production',
  })
  browser = await launchChromium()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await admin?.close()
})

const offlinePage = async () => {
  const context = await browser.newContext()
  const blocked: string[] = []
  const navigated: string[] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (LOOPBACK.has(url.hostname)) return route.continue()
    blocked.push(url.href)
    return route.abort('internetdisconnected')
  })
  const page = await context.newPage()
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigated.push(frame.url())
  })
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return { context, page, blocked, navigated, dialogs }
}

const onOrigin = (href: string) =>
  href === 'about:blank' || new URL(href).origin === new URL(admin.url).origin

describe('admin login ?redirect=', () => {
  it.each(REDIRECTS)('after signing in with redirect=%s, stays on the CMS', async (raw) => {
    const { context, page, blocked, navigated, dialogs } = await offlinePage()
    try {
      await page.goto(`${admin.url}/admin/login?redirect=${raw}`)
      await page.fill('input[name="email"]', email)
      await page.fill('input[name="password"]', PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
      // Let any client-side redirect that follows the first navigation happen.
      await page.waitForLoadState('networkidle')
      expect(onOrigin(page.url()), page.url()).toBe(true)
      expect(navigated.filter((href) => !onOrigin(href))).toEqual([])
      expect(blocked.filter((href) => href.includes('evil.example'))).toEqual([])
      expect(dialogs).toEqual([])
      expect(new URL(page.url()).pathname).toMatch(/^\/admin/)

      // Signed in now: the login page redirects on the server, through the same check.
      await page.goto(`${admin.url}/admin/login?redirect=${raw}`)
      await page.waitForLoadState('networkidle')
      expect(onOrigin(page.url()), page.url()).toBe(true)
      expect(new URL(page.url()).pathname).toMatch(/^\/admin/)
      expect(blocked.filter((href) => href.includes('evil.example'))).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('(control) a same-origin redirect is followed, so the cases above test the check', async () => {
    const { context, page } = await offlinePage()
    try {
      await page.goto(`${admin.url}/admin/login?redirect=${encodeURIComponent('/admin/collections/users')}`)
      await page.fill('input[name="email"]', email)
      await page.fill('input[name="password"]', PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL(/\/admin\/collections\/users/, { timeout: 60_000 })
    } finally {
      await context.close()
    }
  })
})
