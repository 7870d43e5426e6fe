import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetAuthLimits } from '../../collections/users/authLimits'
import { accountMessages } from '../../site/src/i18n/account'
import { passwordRule } from '../../site/src/i18n/passwordRule'
import { resetConfig } from '../../utilities/config'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { ApiClient } from '../helpers/rest'
import { startSite } from '../helpers/site'
import { type SmtpSink, startSmtpSink } from '../helpers/smtpServer'

/**
 * Sign-up and password reset on the built site, in Chromium, against a CMS
 * running Payload's real REST handlers and sending its queued mail to a real
 * SMTP server: sign up → the mail → its link → confirm → the account signs
 * in; forgot → the mail → the reset page → the new password signs in; refused
 * links get their own page; axe on every account page in en, ur and ps.
 */
const SECRET = `account-e2e-secret-${unique()}`
const LOCALES = ['en', 'ur', 'ps'] as const
const NEW_PASSWORD = 'saffron-river-lantern-42'

let payload: Payload
let sink: SmtpSink
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser

const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`)

/** The first link in the newest mail to `to` whose text matches. */
const linkInMail = async (to: string, pattern: RegExp, after: number) => {
  const received = await sink.waitFor(
    (m) => sink.received.indexOf(m) >= after && m.envelope.to.includes(to) && pattern.test(m.mail.text ?? ''),
    20_000,
  )
  return /^(https?:\/\/\S+)$/m.exec(received.mail.text ?? '')![1]!
}

const canSignIn = async (email: string, password: string) => {
  const res = await new ApiClient(undefined, {
    'x-forwarded-for': `10.77.0.${Math.floor(Math.random() * 250) + 1}`,
  }).post('/users/login', { email, password })
  return res.status
}

const audit = (page: Page) => axeViolations(page, { include: 'main' })

beforeAll(async () => {
  sink = await startSmtpSink()
  Object.assign(process.env, {
    SITE_CACHE_SECRET: SECRET,
    MAIL_SERVER: '127.0.0.1',
    MAIL_PORT: String(sink.port),
    MAIL_USE_TLS: 'false',
    MAIL_DEFAULT_SENDER: 'Hujra Test <mail@hujra.test>',
  })
  delete process.env.REDIS_URL
  resetConfig()
  payload = await getTestPayload()
  await resetAuthLimits({ keyPrefix: `hujra-test:e2e-tokens:${unique()}` })
  cms = await startCmsServer()
  site = await startSite({ CMS_URL: cms.url, SITE_CACHE_SECRET: SECRET })
  // The links in the mail lead to this site.
  process.env.SITE_URL = site.url
  resetConfig()
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await cms?.close()
  await sink?.close()
  await resetAuthLimits()
  for (const name of [
    'SITE_CACHE_SECRET',
    'SITE_URL',
    'MAIL_SERVER',
    'MAIL_PORT',
    'MAIL_USE_TLS',
    'MAIL_DEFAULT_SENDER',
  ])
    delete process.env[name]
  resetConfig()
})

describe('sign-up and verification', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`sign-up → mail → link → confirmed → signs in (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const m = accountMessages.ur
      const email = `reader-${unique()}@test.hujra`
      const { page } = await openPage(browser, `${site.url}/ur/account/signup`, {
        viewport: PHONE,
        javaScriptEnabled,
      })
      expect(
        await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual(['ur', 'rtl'])
      // The rule is on the page before anything is typed, and tied to the field.
      expect(await page.locator('#signup-password-rule').textContent()).toBe(passwordRule('ur'))
      expect(await page.locator('#signup-password').getAttribute('aria-describedby')).toContain(
        'signup-password-rule',
      )
      await page.fill('#signup-name', 'گل بی بی')
      await page.fill('#signup-email', email)
      await page.fill('#signup-password', PASSWORD)
      const mark = sink.received.length
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.click('main form button[type="submit"]'),
      ])
      expect(answer.status()).toBe(200)
      await page.locator('h1', { hasText: m.checkMailTitle }).waitFor()
      const shown = await page.locator('main').textContent()
      expect(await canSignIn(email, PASSWORD)).toBe(403)

      const link = await linkInMail(email, /account\/verify/, mark)
      expect(link.startsWith(`${site.url}/ur/account/verify?token=`)).toBe(true)
      await page.goto(link)
      expect(await page.locator('h1').textContent()).toBe(m.confirmTitle)
      // Opening the link spends nothing: the button does.
      expect(await canSignIn(email, PASSWORD)).toBe(403)
      await page.click('main form button[type="submit"]')
      await page.locator('h1', { hasText: m.verifiedTitle }).waitFor()
      expect(await canSignIn(email, PASSWORD)).toBe(200)

      // The same link again: the page says it was used, and offers a new one.
      await page.goto(link)
      await page.click('main form button[type="submit"]')
      await page.locator('h1', { hasText: m.linkTitles.used }).waitFor()
      expect(await page.locator('#resend-email').count()).toBe(1)

      // Signing up again with the taken address: the same page, and its owner is mailed instead.
      const again = sink.received.length
      await page.goto(`${site.url}/ur/account/signup`)
      await page.fill('#signup-name', 'کوئی اور')
      await page.fill('#signup-email', email)
      await page.fill('#signup-password', PASSWORD)
      const [second] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.click('main form button[type="submit"]'),
      ])
      expect(second.status()).toBe(200)
      await page.locator('h1', { hasText: m.checkMailTitle }).waitFor()
      expect(await page.locator('main').textContent()).toBe(shown)
      const notice = await sink.waitFor(
        (r) => sink.received.indexOf(r) >= again && r.envelope.to.includes(email),
        20_000,
      )
      expect(notice.mail.text).toContain(`${site.url}/ur/account/sign-in`)
      expect(notice.mail.text).toContain(`${site.url}/ur/account/forgot`)
      expect(notice.mail.text).not.toContain('account/verify')
      await page.close()
    }, 120_000)
  }

  it('an altered link gets its own page, with a way to ask for a new one', async () => {
    const m = accountMessages.ps
    const { page } = await openPage(browser, `${site.url}/ps/account/verify?token=not-a-real-token`)
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click('main form button[type="submit"]'),
    ])
    expect(answer.status()).toBe(400)
    expect(await page.locator('h1').textContent()).toBe(m.linkTitles.invalid)
    expect(await page.locator('main').textContent()).toContain(m.verifyLinkBodies.invalid)
    expect(await audit(page)).toEqual([])
    await page.close()
  }, 60_000)
})

describe('forgot and reset', () => {
  it('forgot → mail → reset page → the new password signs in; the link then shows "already used"', async () => {
    const m = accountMessages.en
    const user = await createUser(payload, ['member'])
    const { page } = await openPage(browser, `${site.url}/account/forgot`)
    await page.fill('#forgot-email', user.email)
    const mark = sink.received.length
    await page.click('main form button[type="submit"]')
    await page.locator('h1', { hasText: m.forgotDoneTitle }).waitFor()
    const link = await linkInMail(user.email, /account\/reset/, mark)
    expect(link.startsWith(`${site.url}/account/reset?token=`)).toBe(true)

    await page.goto(link)
    expect(await page.locator('#reset-password-rule').textContent()).toBe(passwordRule('en'))
    // A refused password: the form again, the field marked, the link still good.
    await page.fill('#reset-password', 'password1234')
    await page.click('main form button[type="submit"]')
    await page.locator('#reset-password-error').waitFor()
    expect(await page.locator('#reset-password').getAttribute('aria-invalid')).toBe('true')
    await page.fill('#reset-password', NEW_PASSWORD)
    await page.click('main form button[type="submit"]')
    await page.locator('h1', { hasText: m.resetDoneTitle }).waitFor()
    expect(await canSignIn(user.email, PASSWORD)).toBe(401)
    expect(await canSignIn(user.email, NEW_PASSWORD)).toBe(200)

    await page.goto(link)
    await page.fill('#reset-password', 'another-saffron-river-7')
    await page.click('main form button[type="submit"]')
    await page.locator('h1', { hasText: m.linkTitles.used }).waitFor()
    expect(await page.locator(`a[href="/account/forgot"]`).count()).toBeGreaterThan(0)
    await page.close()
  }, 120_000)
})

describe('the account pages under axe', () => {
  for (const locale of LOCALES) {
    it(`sign-up, check-your-mail, forgot and reset pass axe in ${locale}, right-to-left where the language is`, async () => {
      const m = accountMessages[locale]
      for (const path of [
        '/account/signup',
        '/account/verify',
        '/account/forgot',
        '/account/reset?token=x.y.z',
      ]) {
        const { page, response } = await openPage(browser, `${site.url}${prefix(locale)}${path}`, {
          viewport: PHONE,
        })
        expect(response?.status(), path).toBeLessThan(500)
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'en' ? 'ltr' : 'rtl')
        expect(await audit(page), `${locale} ${path}`).toEqual([])
        await page.close()
      }
      // A sign-up with every field refused: the error list and the marked fields pass too.
      const { page } = await openPage(browser, `${site.url}${prefix(locale)}/account/signup`, {
        viewport: PHONE,
      })
      await page.fill('#signup-email', 'not-an-email')
      await page.fill('#signup-password', 'short')
      await page.click('main form button[type="submit"]')
      await page.locator('.problems').waitFor()
      expect(await page.locator('.problems strong').textContent()).toBe(m.errorsTitle)
      expect(await audit(page)).toEqual([])
      await page.close()
      // The header links to sign-in and sign-up.
      const home = await openPage(browser, `${site.url}${prefix(locale)}/account/forgot`)
      expect((await home.page.locator('.account-links a').allTextContents()).map((s) => s.trim())).toEqual([
        m.signIn,
        m.signUp,
      ])
      await home.page.close()
    }, 120_000)
  }
})
