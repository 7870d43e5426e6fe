import { request } from 'node:http'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetCorrectionLimits } from '../../collections/moderation/correctionLimits'
import { correctionMessages } from '../../site/src/i18n/corrections'
import { resetConfig } from '../../utilities/config'
import { launchChromium } from '../helpers/browser'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { startCmsServer } from '../helpers/cmsServer'
import { PASSWORD, createTaxonomy, createUser, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'
import { startSite } from '../helpers/site'

/**
 * "Report a correction" on the built site, in Chromium, against a CMS running
 * Payload's real REST handlers: sent with JavaScript (toast in the live
 * region, the form replaced by a confirmation), sent without it (the answer
 * page in the reader's language), refused fields marked, the per-reader limit
 * in the reader's words, the request in the moderators' queue, axe on the form
 * and on the no-JavaScript answer pages (received and refused) in all three
 * languages.
 */
const SECRET = `corrections-e2e-secret-${unique()}`
const LOCALES = ['en', 'ur', 'ps'] as const

let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let resource: { id: number; slug?: string | null }
let moderator: ApiClient

const pagePath = (locale: string) =>
  `${locale === 'en' ? '' : `/${locale}`}/resources/${encodeURIComponent(resource.slug!)}`

/** The moderators' view of the requests for the test resource (the review queue over REST). */
const queue = async () => {
  const answer = await moderator.get(
    `/corrections?depth=0&limit=100&sort=-createdAt&where[resource][equals]=${resource.id}`,
  )
  expect(answer.status).toBe(200)
  return answer.body.docs as { message: string; locale: string; topic: string; contact: string | null }[]
}

/** A submission through the site's JSON route from a loopback address of its own. */
const sendFrom = (from: string, message: string) =>
  new Promise<number>((resolve, reject) => {
    const data = JSON.stringify({ resource: resource.id, topic: 'other', message, locale: 'en' })
    const url = new URL(`${site.url}/api/corrections`)
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(data)
  })

const fill = async (page: Page, values: { topic: string; message: string; contact?: string }) => {
  await page.selectOption('#correction-topic', values.topic)
  await page.fill('#correction-message', values.message)
  if (values.contact !== undefined) await page.fill('#correction-contact', values.contact)
}

/** The form's own section under axe (the rest of the resource page has its own test). */
const audit = (page: Page) => axeViolations(page, { include: 'section.correction' })

beforeAll(async () => {
  // The CMS here runs in this process: it must know the secret the site vouches for readers with.
  process.env.SITE_CACHE_SECRET = SECRET
  delete process.env.REDIS_URL
  payload = await getTestPayload()
  resetConfig()
  await resetCorrectionLimits()
  const taxonomy = await createTaxonomy(payload)
  resource = await payload.create({
    collection: 'resources',
    data: { ...resourceData(taxonomy, { title: `Basic health unit ${unique()}` }), _status: 'published' },
    overrideAccess: true,
  })
  const user = await createUser(payload, ['moderator'])
  moderator = await new ApiClient().login(user.email, PASSWORD)
  cms = await startCmsServer()
  site = await startSite({ CMS_URL: cms.url, SITE_CACHE_SECRET: SECRET })
  // Content changes announce themselves to this site, not to the default address.
  process.env.SITE_PURGE_URLS = site.url
  resetConfig()
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await cms?.close()
  await resetCorrectionLimits()
  delete process.env.SITE_CACHE_SECRET
  delete process.env.SITE_PURGE_URLS
  resetConfig()
})

describe('the correction form', () => {
  for (const locale of LOCALES) {
    it(`is on the resource page in ${locale}, labelled in the language, with the honeypot out of reach, and passes axe`, async () => {
      const m = correctionMessages[locale]
      const { page, response } = await openPage(browser, `${site.url}${pagePath(locale)}`, {
        viewport: PHONE,
      })
      expect(response?.status()).toBe(200)
      const section = page.locator('section.correction')
      expect(await section.locator('h2').textContent()).toBe(m.heading)
      expect(await page.locator('label[for="correction-topic"]').textContent()).toBe(m.topicLabel)
      expect((await page.locator('#correction-topic option[value="closed"]').textContent())?.trim()).toBe(
        m.topics.closed,
      )
      expect(await page.locator('#correction-contact-hint').textContent()).toBe(m.contactHint)
      // Hidden from people and assistive technology, and never reached with Tab.
      const honeypot = await page.evaluate(() => {
        const input = document.getElementById('correction-website') as HTMLInputElement
        const box = input.getBoundingClientRect()
        return {
          hidden: input.closest('[aria-hidden="true"]') !== null,
          tabIndex: input.tabIndex,
          autocomplete: input.autocomplete,
          offScreen: box.right < 0 || box.left > window.innerWidth,
        }
      })
      expect(honeypot).toEqual({ hidden: true, tabIndex: -1, autocomplete: 'off', offScreen: true })
      expect(await audit(page)).toEqual([])
      await page.close()
    }, 90_000)
  }

  it('with JavaScript: sends, shows a skeleton and a busy button meanwhile, confirms in the live region, and the moderators see it', async () => {
    const m = correctionMessages.en
    const { page } = await openPage(browser, `${site.url}${pagePath('en')}`)
    const message = `The phone number rings a bakery ${unique()}`
    await fill(page, { topic: 'phone', message, contact: 'reader@example.org' })
    // Hold the answer back a moment to see the form while it is busy.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/corrections', async (route) => {
      await held
      await route.continue()
    })
    await page.click('section.correction button[type="submit"]')
    const button = page.locator('section.correction button[type="submit"]')
    await expect.poll(() => button.getAttribute('aria-busy')).toBe('true')
    expect(await button.textContent()).toBe(m.sending)
    expect(await page.locator('.correction-pending .skeleton').first().isVisible()).toBe(true)
    release()
    await page.locator('#toasts').getByText(m.sent).waitFor()
    expect(await page.locator('#toasts').getAttribute('aria-live')).toBe('polite')
    expect(await page.locator('.correction-done').textContent()).toContain(m.receivedTitle)
    expect(await page.locator('form.correction-form').count()).toBe(0)
    const row = (await queue()).find((r) => r.message === message)
    expect(row).toMatchObject({ topic: 'phone', locale: 'en', contact: 'reader@example.org' })
    await page.close()
  }, 90_000)

  it('without JavaScript: posts the form and answers with a page in the reader’s language', async () => {
    const m = correctionMessages.ur
    const { page } = await openPage(browser, `${site.url}${pagePath('ur')}`, { javaScriptEnabled: false })
    const message = `فون نمبر غلط ہے ${unique()}`
    await fill(page, { topic: 'hours', message })
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click('section.correction button[type="submit"]'),
    ])
    expect(answer.status()).toBe(200)
    expect(new URL(answer.url()).pathname).toBe(`${pagePath('ur')}/correction`)
    expect(await page.locator('h1').textContent()).toBe(m.receivedTitle)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ur')
    expect(await page.locator('main').textContent()).toContain(m.receivedBody)
    const row = (await queue()).find((r) => r.message === message)
    expect(row).toMatchObject({ topic: 'hours', locale: 'ur', contact: null })
    await page.close()
  }, 90_000)

  it('marks a refused field next to it, with and without JavaScript, and keeps what was typed', async () => {
    const m = correctionMessages.ps
    const message = `ساعتونه ناسم دي ${unique()}`
    // With JavaScript: the error appears inline, the field is marked and focused.
    const { page } = await openPage(browser, `${site.url}${pagePath('ps')}`)
    await fill(page, { topic: 'hours', message, contact: 'زما کور' })
    await page.click('section.correction button[type="submit"]')
    const error = page.locator('#correction-contact-error')
    await error.waitFor({ state: 'visible' })
    expect(await error.textContent()).toBe(m.fieldErrors.contact)
    expect(await page.locator('#correction-contact').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#correction-contact').getAttribute('aria-describedby')).toContain(
      'correction-contact-error',
    )
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('correction-contact')
    expect(await page.locator('#correction-message-error').isVisible()).toBe(false)
    expect(await audit(page)).toEqual([])
    await page.close()

    // Without: the answer page is the form again, with the values and the error beside the field.
    const { page: bare } = await openPage(browser, `${site.url}${pagePath('ps')}`, {
      javaScriptEnabled: false,
    })
    await fill(bare, { topic: 'fees', message, contact: '12' })
    const [answer] = await Promise.all([
      bare.waitForResponse((r) => r.request().method() === 'POST'),
      bare.click('section.correction button[type="submit"]'),
    ])
    expect(answer.status()).toBe(400)
    expect(await bare.locator('#correction-contact-error').isVisible()).toBe(true)
    expect(await bare.locator('#correction-contact-error').textContent()).toContain(m.fieldErrors.contact)
    expect(await bare.locator('.correction-problems').textContent()).toContain(m.errorsTitle)
    expect(await bare.inputValue('#correction-message')).toBe(message)
    expect(await bare.inputValue('#correction-contact')).toBe('12')
    expect(await bare.locator('#correction-topic').inputValue()).toBe('fees')
    await bare.close()
    expect((await queue()).some((r) => r.message === message)).toBe(false)
  }, 90_000)

  it('tells the reader, in their language, when they have sent too many; another reader is not affected', async () => {
    // Chromium comes from 127.0.0.1: two sent above, three more fill its ten minutes.
    for (let i = 0; i < 3; i += 1) expect(await sendFrom('127.0.0.1', `Filler ${unique()}`)).toBe(201)
    const m = correctionMessages.ur
    const { page } = await openPage(browser, `${site.url}${pagePath('ur')}`)
    await fill(page, { topic: 'other', message: `ایک اور ${unique()}` })
    await page.click('section.correction button[type="submit"]')
    const problem = page.locator('.correction-problems')
    await problem.waitFor({ state: 'visible' })
    // The ten minutes started with the first submission above: some may have passed.
    const waits = Array.from({ length: 10 }, (_, i) => m.limited(i + 1))
    const said = (await problem.textContent()) ?? ''
    expect(waits).toContain(said)
    await page.locator('#toasts').getByText(said).waitFor()
    expect(await page.locator('form.correction-form').count()).toBe(1)
    await page.close()

    const { page: bare } = await openPage(browser, `${site.url}${pagePath('ur')}`, {
      javaScriptEnabled: false,
    })
    await fill(bare, { topic: 'other', message: `پھر سے ${unique()}` })
    const [answer] = await Promise.all([
      bare.waitForResponse((r) => r.request().method() === 'POST'),
      bare.click('section.correction button[type="submit"]'),
    ])
    expect(answer.status()).toBe(429)
    expect(Number(await answer.headerValue('retry-after'))).toBeGreaterThan(0)
    expect(await bare.locator('.correction-problems').textContent()).toContain(said)
    await bare.close()

    // The site passes each reader's own address on: another one still gets through.
    expect(await sendFrom('127.0.0.2', `Another reader ${unique()}`)).toBe(201)
  }, 90_000)
})

describe('the no-JavaScript answer pages under axe', () => {
  beforeAll(async () => {
    // The limit test above used up this reader's ten minutes; these answers are about the pages.
    await resetCorrectionLimits()
  })

  /** The form posted without JavaScript; the answer page as the reader gets it. */
  const post = async (locale: (typeof LOCALES)[number], values: Parameters<typeof fill>[1]) => {
    const { page } = await openPage(browser, `${site.url}${pagePath(locale)}`, {
      javaScriptEnabled: false,
      viewport: PHONE,
    })
    await fill(page, values)
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click('section.correction button[type="submit"]'),
    ])
    await page.waitForLoadState('load')
    expect(new URL(answer.url()).pathname).toBe(`${pagePath(locale)}/correction`)
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      locale,
      locale === 'en' ? 'ltr' : 'rtl',
    ])
    return { page, status: answer.status() }
  }

  for (const locale of LOCALES) {
    it(`"received" and "refused" pass axe in ${locale}`, async () => {
      const m = correctionMessages[locale]
      const sent = await post(locale, { topic: 'hours', message: `Hours differ on Fridays ${unique()}` })
      expect(sent.status).toBe(200)
      expect(await sent.page.locator('h1').textContent()).toBe(m.receivedTitle)
      expect(await axeViolations(sent.page)).toEqual([])
      await sent.page.close()

      const refused = await post(locale, { topic: 'fees', message: `Fees ${unique()}`, contact: '12' })
      expect(refused.status).toBe(400)
      expect(await refused.page.locator('#correction-contact-error').textContent()).toContain(
        m.fieldErrors.contact,
      )
      expect(await refused.page.locator('#correction-contact').getAttribute('aria-invalid')).toBe('true')
      expect(await axeViolations(refused.page)).toEqual([])
      await refused.page.close()
    }, 90_000)
  }
})
