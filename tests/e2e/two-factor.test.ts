import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { generate } from 'otplib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { resetAuthLimits } from '../../collections/users/authLimits'
import { forgetRequiredRoles } from '../../collections/users/twoFactor/policy'
import { twoFactorMessages } from '../../site/src/i18n/twoFactor'
import { resetConfig } from '../../utilities/config'
import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { testDatabaseUrl } from '../helpers/database'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'
import { startSite } from '../helpers/site'

/**
 * Two-step sign-in in Chromium: on the built site (password, then the code
 * or the set-up with a QR code and recovery codes, in en, ur and ps, under
 * axe) against Payload's real REST handlers, and in a production build of
 * the admin (the code step after Payload's login form, the set-up, the
 * admins' reset button).
 */
const SECRET = `two-factor-e2e-secret-${unique()}`
const LOCALES = ['en', 'ur', 'ps'] as const

let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser

vi.setConfig({ testTimeout: 180_000 })

const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`)

const codeAt = (secret: string, stepsFromNow = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsFromNow * 30 })

const setRequiredRoles = async (roles: string[]) => {
  await payload.updateGlobal({
    slug: 'settings',
    data: { twoFactorRequiredRoles: roles as never },
    overrideAccess: true,
  })
  forgetRequiredRoles()
}

/** A user with two-factor on (set up over the API), and its key. */
const enrolledUser = async (roles: ('admin' | 'member')[] = ['member']) => {
  const user = await createUser(payload, roles)
  const api = await new ApiClient().login(user.email, PASSWORD)
  const secret = (await api.post('/users/two-factor/enrol/start', {})).body.secret as string
  expect((await api.post('/users/two-factor/enrol/confirm', { code: await codeAt(secret) })).status).toBe(200)
  return { user, secret }
}

const signInOnSite = async (page: Page, email: string) => {
  await page.fill('#sign-in-email', email)
  await page.fill('#sign-in-password', PASSWORD)
  await page.click('[data-sign-in] button[type="submit"]')
}

const audit = (page: Page) => axeViolations(page, { include: 'section.account' })

beforeAll(async () => {
  process.env.SITE_CACHE_SECRET = SECRET
  delete process.env.REDIS_URL
  delete process.env.ENABLE_2FA
  resetConfig()
  payload = await getTestPayload()
  await resetAuthLimits({ keyPrefix: `hujra-test:2fa-e2e:${unique()}` })
  await setRequiredRoles([])
  cms = await startCmsServer()
  site = await startSite({ CMS_URL: cms.url, SITE_CACHE_SECRET: SECRET })
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  // The worker's database is shared with the files after this one: no role may stay required.
  if (payload) await setRequiredRoles([])
  await browser?.close()
  await site?.stop()
  await cms?.close()
  await resetAuthLimits()
  delete process.env.SITE_CACHE_SECRET
  resetConfig()
})

describe('the site', () => {
  for (const locale of LOCALES) {
    it(`signs in with the code in ${locale}, back to ?next=, and both pages pass axe`, async () => {
      const m = twoFactorMessages[locale]
      const { user, secret } = await enrolledUser()
      const next = `${prefix(locale)}/community`
      const { page, response } = await openPage(
        browser,
        `${site.url}${prefix(locale)}/account/sign-in?next=${encodeURIComponent(next)}`,
        { viewport: PHONE },
      )
      expect(response?.status()).toBe(200)
      expect(await page.getAttribute('html', 'dir')).toBe(locale === 'en' ? 'ltr' : 'rtl')
      expect(await page.locator('h1').textContent()).toBe(m.signInTitle)
      expect(await audit(page)).toEqual([])
      await signInOnSite(page, user.email)
      await page.waitForURL(/\/account\/two-factor\?next=/)
      expect(await page.locator('label[for="two-factor-code"]').textContent()).toBe(m.codeLabel)
      expect(await audit(page)).toEqual([])
      // A wrong code is told in the reader's language.
      await page.fill('#two-factor-code', '000000')
      await page.click('[data-two-factor] button[type="submit"]')
      await page.locator('[data-error]:not([hidden])').waitFor()
      expect(await page.locator('[data-error]').textContent()).toBe(m.wrongCode)
      expect(await audit(page)).toEqual([])
      await page.fill('#two-factor-code', await codeAt(secret, 1))
      await page.click('[data-two-factor] button[type="submit"]')
      await page.waitForURL((url) => url.pathname === next)
      const session = await page.evaluate(async () => (await fetch('/api/session')).json())
      expect(session.user.id).toBe(user.id)
      await page.close()
    })
  }

  it('sets up two-step sign-in with the QR code when the role requires it, and shows the recovery codes once', async () => {
    await setRequiredRoles(['editor'])
    try {
      const editor = await createUser(payload, ['editor'])
      const m = twoFactorMessages.ur
      const { page } = await openPage(browser, `${site.url}/ur/account/sign-in`, { viewport: PHONE })
      await signInOnSite(page, editor.email)
      await page.waitForURL(/\/ur\/account\/two-factor/)
      expect(await page.locator('h1').textContent()).toBe(m.enrolTitle)
      const qr = page.locator('img[data-qr]')
      await qr.waitFor({ state: 'visible' })
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
      expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
      const secret = (await page.locator('[data-secret]').textContent())!.replace(/\s/g, '')
      expect(secret).toMatch(/^[A-Z2-7]{32}$/)
      expect(await audit(page)).toEqual([])
      await page.fill('#two-factor-code', await codeAt(secret))
      await page.click('[data-two-factor] button[type="submit"]')
      await page.locator('[data-recovery]:not([hidden])').waitFor()
      expect(await page.locator('[data-codes] li').count()).toBe(10)
      expect(await audit(page)).toEqual([])
      await page.click('[data-continue]')
      await page.waitForURL((url) => url.pathname === '/ur')
      const session = await page.evaluate(async () => (await fetch('/api/session')).json())
      expect(session.user.id).toBe(editor.id)
      await page.close()
    } finally {
      await setRequiredRoles([])
    }
  })

  it('never follows ?next= off the site, and signing out ends the session on the CMS', async () => {
    const member = await createUser(payload, ['member'])
    const { page } = await openPage(
      browser,
      `${site.url}/ps/account/sign-in?next=${encodeURIComponent('//evil.example/x')}`,
    )
    await signInOnSite(page, member.email)
    await page.waitForURL((url) => url.pathname === '/ps')
    expect(new URL(page.url()).host).toBe(new URL(site.url).host)
    const token = (await page.context().cookies()).find((c) => c.name === 'payload-token')!.value
    expect((await new ApiClient(token).get('/users/me')).body.user?.id).toBe(member.id)
    await page.evaluate(async () => fetch('/api/session', { method: 'DELETE' }))
    expect((await new ApiClient(token).get('/users/me')).body.user).toBeNull()
    await page.close()
  })

  for (const locale of LOCALES) {
    it(`explains an expired second step in ${locale} (axe)`, async () => {
      const { page } = await openPage(browser, `${site.url}${prefix(locale)}/account/two-factor`, {
        viewport: PHONE,
      })
      expect(await page.locator('[role="status"]').textContent()).toBe(twoFactorMessages[locale].expired)
      expect(await audit(page)).toEqual([])
      await page.close()
    })
  }
})

describe('the admin', () => {
  let admin: AdminServer

  beforeAll(async () => {
    admin = await startAdmin({
      DATABASE_URL: testDatabaseUrl(),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'hujra-test-secret-not-for-production',
    })
  }, 900_000)

  afterAll(async () => {
    await admin?.close()
  })

  const passwordStep = async (page: Page, email: string) => {
    await page.fill('#field-email', email)
    await page.fill('#field-password', PASSWORD)
    await page.click('.login__form button[type="submit"]')
  }

  it('asks for the code after the password, then opens the admin', async () => {
    const { user, secret } = await enrolledUser(['admin'])
    const { page } = await openPage(browser, `${admin.url}/admin/login`)
    await passwordStep(page, user.email)
    await page.locator('[data-testid="two-factor-step"]').waitFor()
    expect(await axeViolations(page, { include: '[data-testid="two-factor-step"]' })).toEqual([])
    // No session yet: the admin itself still sends this browser to the login.
    expect((await page.context().cookies()).find((c) => c.name === 'payload-token')?.value ?? '').toBe('')
    await page.fill('#two-factor-code', await codeAt(secret, 1))
    await page.click('[data-testid="two-factor-step"] button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.locator('nav').first().waitFor()
    expect((await page.context().cookies()).find((c) => c.name === 'payload-token')?.value).toBeTruthy()
    await page.close()
  })

  it('sets it up with the QR code when the role requires it', async () => {
    await setRequiredRoles(['editor'])
    try {
      const editor = await createUser(payload, ['editor'])
      const { page } = await openPage(browser, `${admin.url}/admin/login`)
      await passwordStep(page, editor.email)
      const step = page.locator('[data-testid="two-factor-step"]')
      await step.waitFor()
      await page.locator('.two-factor-step__qr svg').waitFor()
      expect(await axeViolations(page, { include: '[data-testid="two-factor-step"]' })).toEqual([])
      const secret = (await page.locator('[data-testid="two-factor-secret"]').textContent())!
      await page.fill('#two-factor-code', await codeAt(secret))
      await page.click('[data-testid="two-factor-step"] button[type="submit"]')
      await page.locator('[data-testid="recovery-codes"] li').first().waitFor()
      expect(await page.locator('[data-testid="recovery-codes"] li').count()).toBe(10)
      await page.getByRole('button', { name: /continue/ }).click()
      await page.waitForURL((url) => url.pathname === '/admin')
      await page.close()
    } finally {
      await setRequiredRoles([])
    }
  })

  it('lets an admin reset a user’s two-step sign-in from the user’s page', async () => {
    const { user: adminUser, secret } = await enrolledUser(['admin'])
    const { user } = await enrolledUser(['member'])
    const { page } = await openPage(browser, `${admin.url}/admin/login`)
    await passwordStep(page, adminUser.email)
    await page.locator('[data-testid="two-factor-step"]').waitFor()
    await page.fill('#two-factor-code', await codeAt(secret, 1))
    await page.click('[data-testid="two-factor-step"] button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.goto(`${admin.url}/admin/collections/users/${user.id}`)
    const panel = page.locator('[data-testid="two-factor-admin"]')
    await panel.waitFor()
    expect(await page.locator('[data-testid="two-factor-admin-status"]').textContent()).toMatch(/^On since/)
    page.once('dialog', (dialog) => void dialog.accept())
    await panel.getByRole('button', { name: 'Reset two-step sign-in' }).click()
    await page.locator('[data-testid="two-factor-admin-status"]', { hasText: 'Off.' }).waitFor()
    const rows = await payload.db.pool.query('select 1 from two_factor_credentials where user_id = $1', [
      user.id,
    ])
    expect(rows.rowCount).toBe(0)
    await page.close()
  })
})
