import { type Server, createServer } from 'node:http'

import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { generate } from 'otplib'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { createApplication } from '../../realtime/app'
import { resetAuthLimits } from '../../collections/users/authLimits'
import { forgetRequiredRoles } from '../../collections/users/twoFactor/policy'
import { twoFactorMessages } from '../../site/src/i18n/twoFactor'
import { resetConfig } from '../../utilities/config'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'
import { startSite } from '../helpers/site'
import { freePort } from '../helpers/startProcess'

/**
 * Signing in without JavaScript (Chromium with scripts off): the sign-in and
 * two-step pages' forms post to the pages themselves, which answer with a
 * page (the error in the reader's language, the email kept, the wait) or a
 * 303 (the two-step page, or `next`). And the chat widget's sign-in, with
 * scripts, through the two-step page and back to the room.
 */
const SECRET = `sign-in-nojs-secret-${unique()}`
const LOCALES = ['en', 'ur', 'ps'] as const

let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let realtime: { close: () => Promise<void> } | null = null
const origins: string[] = []

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

/** A user with two-factor on (set up over the API), its key and its recovery codes. */
const enrolledUser = async () => {
  const user = await createUser(payload, ['member'])
  const api = await new ApiClient().login(user.email, PASSWORD)
  const secret = (await api.post('/users/two-factor/enrol/start', {})).body.secret as string
  const confirmed = await api.post('/users/two-factor/enrol/confirm', { code: await codeAt(secret) })
  expect(confirmed.status).toBe(200)
  return { user, secret, recoveryCodes: confirmed.body.recoveryCodes as string[] }
}

const noScripts = async (): Promise<BrowserContext> =>
  browser.newContext({ viewport: PHONE, javaScriptEnabled: false })

/** The reader the site's session cookie of this context belongs to, asked of the CMS. */
const signedInAs = async (context: BrowserContext) => {
  const token = (await context.cookies()).find((c) => c.name === 'payload-token')?.value
  if (!token) return null
  return ((await new ApiClient(token).get('/users/me')).body.user?.id as number | undefined) ?? null
}

const audit = (page: Page) => axeViolations(page, { include: 'section.account' })

/** Fills the sign-in form and sends it; resolves with the answer to the form's POST (after any 303). */
const signIn = async (page: Page, email: string, password = PASSWORD) => {
  await page.fill('#sign-in-email', email)
  await page.fill('#sign-in-password', password)
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes('/account/sign-in'),
  )
  await Promise.all([page.waitForNavigation(), page.click('[data-sign-in] button[type="submit"]')])
  return answer
}

const sendCode = async (page: Page, value: string) => {
  await page.fill('#two-factor-code', value)
  await Promise.all([page.waitForNavigation(), page.click('[data-two-factor] button[type="submit"]')])
}

const startRealtime = async (port: number) => {
  const httpServer: Server = createServer()
  const io = createApplication(httpServer, { payload }, { allowedOrigins: origins })
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve))
  realtime = {
    close: () =>
      new Promise<void>((resolve) => {
        io.close(() => resolve())
        httpServer.closeAllConnections()
      }),
  }
}

beforeAll(async () => {
  process.env.SITE_CACHE_SECRET = SECRET
  delete process.env.REDIS_URL
  delete process.env.ENABLE_2FA
  resetConfig()
  payload = await getTestPayload()
  await setRequiredRoles([])
  cms = await startCmsServer()
  const port = await freePort()
  site = await startSite({ CMS_URL: cms.url, SITE_CACHE_SECRET: SECRET, REALTIME_PORT: String(port) })
  origins.push(site.url)
  await startRealtime(port)
  browser = await launchChromium()
}, 300_000)

// Every test signs in from the same address: each starts with fresh counts.
beforeEach(async () => {
  await resetAuthLimits({ keyPrefix: `hujra-test:sign-in-nojs:${unique()}` })
})

afterAll(async () => {
  await browser?.close()
  await realtime?.close()
  await site?.stop()
  await cms?.close()
  await resetAuthLimits()
  delete process.env.SITE_CACHE_SECRET
  resetConfig()
})

describe('sign-in without JavaScript', () => {
  for (const locale of LOCALES) {
    it(`a wrong password gives the page again in ${locale}, with the error and the email kept (axe)`, async () => {
      const m = twoFactorMessages[locale]
      const member = await createUser(payload, ['member'])
      const context = await noScripts()
      try {
        const { page } = await openPage(context, `${site.url}${prefix(locale)}/account/sign-in`)
        expect(await audit(page)).toEqual([])
        const answer = await signIn(page, member.email, 'not-the-password-1')
        expect(answer.status()).toBe(401)
        expect(answer.headers()['cache-control']).toContain('no-store')
        expect(new URL(page.url()).pathname).toBe(`${prefix(locale)}/account/sign-in`)
        expect(await page.getAttribute('html', 'lang')).toBe(locale)
        expect((await page.locator('[data-error]').textContent())?.trim()).toBe(m.wrongPassword)
        expect(await page.locator('[data-error]').isVisible()).toBe(true)
        expect(await page.inputValue('#sign-in-email')).toBe(member.email)
        expect(await page.inputValue('#sign-in-password')).toBe('')
        expect(await signedInAs(context)).toBeNull()
        expect(await audit(page)).toEqual([])
      } finally {
        await context.close()
      }
    })

    it(`signs in and goes to ?next= in ${locale}`, async () => {
      const member = await createUser(payload, ['member'])
      const next = `${prefix(locale)}/community`
      const context = await noScripts()
      try {
        const { page } = await openPage(
          context,
          `${site.url}${prefix(locale)}/account/sign-in?next=${encodeURIComponent(next)}`,
        )
        const answer = await signIn(page, member.email)
        expect(answer.status()).toBe(303)
        expect(new URL(page.url()).pathname).toBe(next)
        expect(await signedInAs(context)).toBe(member.id)
      } finally {
        await context.close()
      }
    })

    it(`tells an unconfirmed account to check its mail in ${locale}, with the link (axe)`, async () => {
      const m = twoFactorMessages[locale]
      const unverified = await payload.create({
        collection: 'users',
        data: {
          email: `unverified-${unique()}@test.hujra`,
          password: PASSWORD,
          name: 'U',
          roles: ['member'],
          _verified: false,
        },
        overrideAccess: true,
      })
      const context = await noScripts()
      try {
        const { page } = await openPage(context, `${site.url}${prefix(locale)}/account/sign-in`)
        const answer = await signIn(page, unverified.email)
        expect(answer.status()).toBe(403)
        const notice = page.locator('[data-unverified]')
        expect(await notice.isVisible()).toBe(true)
        expect(await notice.locator('h2').textContent()).toBe(m.unverifiedTitle)
        expect(await notice.locator('a').getAttribute('href')).toBe(`${prefix(locale)}/account/verify`)
        expect(await audit(page)).toEqual([])
      } finally {
        await context.close()
      }
    })

    it(`answers too many attempts with the wait in ${locale} (429, axe)`, async () => {
      const m = twoFactorMessages[locale]
      const member = await createUser(payload, ['member'])
      const context = await noScripts()
      try {
        const { page } = await openPage(context, `${site.url}${prefix(locale)}/account/sign-in`)
        // Five consecutive failures per account and address, then 429 (collections/users/authLimits.ts).
        for (let i = 0; i < 5; i++)
          expect((await signIn(page, member.email, `wrong-${i}-password`)).status()).toBe(401)
        const answer = await signIn(page, member.email)
        expect(answer.status()).toBe(429)
        const wait = Number(answer.headers()['retry-after'])
        expect(wait).toBeGreaterThan(0)
        expect((await page.locator('[data-error]').textContent())?.trim()).toBe(
          m.limitedFor(Math.ceil(wait / 60)),
        )
        expect(await signedInAs(context)).toBeNull()
        expect(await audit(page)).toEqual([])
      } finally {
        await context.close()
      }
    })
  }

  it('never follows next=//evil: the right password leads to the home page', async () => {
    const member = await createUser(payload, ['member'])
    const context = await noScripts()
    try {
      for (const evil of ['//evil.example/x', '/\\evil.example', 'https://evil.example/']) {
        const { page } = await openPage(
          context,
          `${site.url}/ps/account/sign-in?next=${encodeURIComponent(evil)}`,
        )
        const answer = await signIn(page, member.email)
        expect(answer.status()).toBe(303)
        expect(answer.headers().location).toBe('/ps')
        expect(new URL(page.url()).host).toBe(new URL(site.url).host)
        expect(new URL(page.url()).pathname).toBe('/ps')
        await page.close()
      }
    } finally {
      await context.close()
    }
  })

  it('refuses the sign-in form posted from another site', async () => {
    const member = await createUser(payload, ['member'])
    const response = await fetch(`${site.url}/account/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ email: member.email, password: PASSWORD }),
      redirect: 'manual',
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('set-cookie') ?? '').not.toContain('payload-token')
  })
})

describe('the two-step page without JavaScript', () => {
  for (const locale of LOCALES) {
    it(`takes the code from the app in ${locale}: a wrong one gives the page again, the right one goes to next (axe)`, async () => {
      const m = twoFactorMessages[locale]
      const { user, secret } = await enrolledUser()
      const next = `${prefix(locale)}/community`
      const context = await noScripts()
      try {
        const { page } = await openPage(
          context,
          `${site.url}${prefix(locale)}/account/sign-in?next=${encodeURIComponent(next)}`,
        )
        const answer = await signIn(page, user.email)
        expect(answer.status()).toBe(303)
        expect(new URL(page.url()).pathname).toBe(`${prefix(locale)}/account/two-factor`)
        expect(new URL(page.url()).searchParams.get('next')).toBe(next)
        // The challenge stays in the site's httpOnly cookie, not in the page.
        const challenge = (await context.cookies()).find((c) => c.name === 'hujra-two-factor')
        expect(challenge?.httpOnly).toBe(true)
        expect(await page.content()).not.toContain(challenge!.value.slice(challenge!.value.indexOf('.') + 1))
        expect(await page.locator('label[for="two-factor-code"]').textContent()).toBe(m.codeLabel)
        expect(await signedInAs(context)).toBeNull()
        expect(await audit(page)).toEqual([])
        await sendCode(page, '000000')
        expect(new URL(page.url()).pathname).toBe(`${prefix(locale)}/account/two-factor`)
        expect((await page.locator('[data-error]').textContent())?.trim()).toBe(m.wrongCode)
        expect(await audit(page)).toEqual([])
        await sendCode(page, await codeAt(secret, 1))
        expect(new URL(page.url()).pathname).toBe(next)
        expect(await signedInAs(context)).toBe(user.id)
      } finally {
        await context.close()
      }
    })
  }

  it('takes a recovery code (the link to its form works without scripts), once', async () => {
    const m = twoFactorMessages.ur
    const { user, recoveryCodes } = await enrolledUser()
    const context = await noScripts()
    try {
      const { page } = await openPage(context, `${site.url}/ur/account/sign-in`)
      await signIn(page, user.email)
      await Promise.all([page.waitForNavigation(), page.click('[data-toggle]')])
      expect(new URL(page.url()).searchParams.get('use')).toBe('recovery')
      expect(await page.locator('label[for="two-factor-code"]').textContent()).toBe(m.recoveryLabel)
      expect(await page.getAttribute('#two-factor-code', 'name')).toBe('recoveryCode')
      expect(await audit(page)).toEqual([])
      await sendCode(page, recoveryCodes[0]!.toUpperCase())
      expect(new URL(page.url()).pathname).toBe('/ur')
      expect(await signedInAs(context)).toBe(user.id)
    } finally {
      await context.close()
    }
    // The same code a second time is refused, on the recovery form again.
    const again = await noScripts()
    try {
      const { page } = await openPage(again, `${site.url}/ur/account/sign-in`)
      await signIn(page, user.email)
      await Promise.all([page.waitForNavigation(), page.click('[data-toggle]')])
      await sendCode(page, recoveryCodes[0]!)
      expect((await page.locator('[data-error]').textContent())?.trim()).toBe(m.wrongCode)
      expect(await page.getAttribute('#two-factor-code', 'name')).toBe('recoveryCode')
      expect(await signedInAs(again)).toBeNull()
    } finally {
      await again.close()
    }
  })

  it('with JavaScript, the recovery-code link switches the form in place and the code signs in', async () => {
    const m = twoFactorMessages.ps
    const { user, recoveryCodes } = await enrolledUser()
    const context = await browser.newContext({ viewport: PHONE })
    try {
      const { page } = await openPage(context, `${site.url}/ps/account/sign-in`)
      await page.fill('#sign-in-email', user.email)
      await page.fill('#sign-in-password', PASSWORD)
      await page.click('[data-sign-in] button[type="submit"]')
      await page.waitForURL((url) => url.pathname === '/ps/account/two-factor')
      const before = page.url()
      await page.click('[data-toggle]')
      await page.locator('label[for="two-factor-code"]', { hasText: m.recoveryLabel }).waitFor()
      expect(page.url()).toBe(before)
      expect(await page.locator('[data-toggle]').textContent()).toBe(m.useApp)
      await page.fill('#two-factor-code', recoveryCodes[1]!)
      await page.click('[data-two-factor] button[type="submit"]')
      await page.waitForURL((url) => url.pathname === '/ps')
      expect(await signedInAs(context)).toBe(user.id)
    } finally {
      await context.close()
    }
  })

  for (const locale of LOCALES) {
    it(`sets two-step sign-in up with the QR code and shows the recovery codes once in ${locale} (axe)`, async () => {
      const m = twoFactorMessages[locale]
      await setRequiredRoles(['editor'])
      const context = await noScripts()
      try {
        const editor = await createUser(payload, ['editor'])
        const { page } = await openPage(context, `${site.url}${prefix(locale)}/account/sign-in`)
        await signIn(page, editor.email)
        expect(new URL(page.url()).pathname).toBe(`${prefix(locale)}/account/two-factor`)
        expect(await page.locator('h1').textContent()).toBe(m.enrolTitle)
        const qr = page.locator('img[data-qr]')
        expect(await qr.isVisible()).toBe(true)
        expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
        expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
        const secret = (await page.locator('[data-secret]').textContent())!.replace(/\s/g, '')
        expect(secret).toMatch(/^[A-Z2-7]{32}$/)
        expect(await audit(page)).toEqual([])
        // A wrong code keeps the same key (the one the app has scanned).
        await sendCode(page, '000000')
        expect((await page.locator('[data-error]').textContent())?.trim()).toBe(m.wrongCode)
        expect((await page.locator('[data-secret]').textContent())!.replace(/\s/g, '')).toBe(secret)
        expect(await audit(page)).toEqual([])
        await page.fill('#two-factor-code', await codeAt(secret))
        const answer = page.waitForResponse((r) => r.request().method() === 'POST')
        await Promise.all([page.waitForNavigation(), page.click('[data-two-factor] button[type="submit"]')])
        const shown = await answer
        expect(shown.status()).toBe(200)
        expect(shown.headers()['cache-control']).toContain('no-store')
        expect(await page.locator('[data-recovery] h2').textContent()).toBe(m.recoveryTitle)
        expect(await page.locator('[data-recovery] p').first().textContent()).toBe(m.recoveryText)
        expect(await page.locator('[data-codes] li').count()).toBe(10)
        expect(await page.locator('[data-steps]').isVisible()).toBe(false)
        expect(await signedInAs(context)).toBe(editor.id)
        expect(await audit(page)).toEqual([])
        await Promise.all([page.waitForNavigation(), page.click('[data-continue]')])
        expect(new URL(page.url()).pathname).toBe(locale === 'en' ? '/' : `/${locale}`)
        // Shown once: the page has no codes to show when opened again.
        const { page: later } = await openPage(context, `${site.url}${prefix(locale)}/account/two-factor`)
        expect(await later.locator('[data-codes] li').count()).toBe(0)
      } finally {
        await context.close()
        await setRequiredRoles([])
      }
    })
  }

  for (const locale of LOCALES) {
    it(`answers too many wrong codes with the wait in ${locale} (429, axe)`, async () => {
      const m = twoFactorMessages[locale]
      const { user } = await enrolledUser()
      const context = await noScripts()
      try {
        const { page } = await openPage(context, `${site.url}${prefix(locale)}/account/sign-in`)
        await signIn(page, user.email)
        for (let i = 0; i < 5; i++) await sendCode(page, '000000')
        const answer = page.waitForResponse((r) => r.request().method() === 'POST')
        await sendCode(page, '111111')
        expect((await answer).status()).toBe(429)
        const wait = Number((await answer).headers()['retry-after'])
        expect((await page.locator('[data-error]').textContent())?.trim()).toBe(
          m.limitedFor(Math.ceil(wait / 60)),
        )
        expect(await audit(page)).toEqual([])
      } finally {
        await context.close()
      }
    })
  }
})

describe('the chat widget', () => {
  it('sends a reader with two-step sign-in to the code and back to the room, signed in', async () => {
    const { user, secret } = await enrolledUser()
    const room = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Two-step room ${unique()}`, visibility: 'public' },
      overrideAccess: true,
    })
    const context = await browser.newContext({ viewport: PHONE })
    try {
      const roomPath = `/ur/community/${room.slug}`
      const { page } = await openPage(context, `${site.url}${roomPath}`)
      await page.fill('form.signin input[name="email"]', user.email)
      await page.fill('form.signin input[name="password"]', PASSWORD)
      await page.click('form.signin button[type="submit"]')
      await page.waitForURL((url) => url.pathname === '/ur/account/two-factor')
      expect(new URL(page.url()).searchParams.get('next')).toBe(roomPath)
      expect(await signedInAs(context)).toBeNull()
      // The next step's code: the enrolment used this one, and a code works once.
      await page.fill('#two-factor-code', await codeAt(secret, 1))
      await page.click('[data-two-factor] button[type="submit"]')
      await page.waitForURL((url) => url.pathname === roomPath)
      await page.waitForSelector('section.room:not([hidden])', { timeout: 60_000 })
      expect(await page.locator('form.signin').isHidden()).toBe(true)
      expect(await signedInAs(context)).toBe(user.id)
    } finally {
      await context.close()
    }
  })
})
