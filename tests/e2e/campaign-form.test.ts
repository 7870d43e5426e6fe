import { request } from 'node:http'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetFormLimits } from '../../plugins/forms/submitLimits'
import { campaignFormMessages } from '../../site/src/i18n/campaignForm'
import { resetConfig } from '../../utilities/config'
import { launchChromium } from '../helpers/browser'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { startCmsServer } from '../helpers/cmsServer'
import { createTaxonomy, unique } from '../helpers/fixtures'
import { createCampaign, createForm, everyField, richText } from '../helpers/forms'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'

/**
 * A campaign's sign-up form on the built site, in Chromium, over a CMS
 * running Payload's real REST handlers and the forms plugin's one submit
 * door: the editors' fields labelled in the reader's language, sent without
 * JavaScript (the answer page: thanks, or the form again with each refused
 * field marked beside it in the reader's words and what was typed kept) and
 * with it (the same words placed in the page), the reader's address passed
 * on for the per-reader limit, axe on the form and the answer pages.
 */
const SECRET = `campaign-form-e2e-secret-${unique()}`
const id = unique()
/** The CMS refuses answers sent faster than a person types (MIN_FILL_MS, 3 s). */
const PERSON_MS = 3200

let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let campaign: { id: number; slug?: string | null }
let form: { id: number }
let district: { id: number }

const pagePath = (locale: string) =>
  `${locale === 'en' ? '' : `/${locale}`}/campaigns/${encodeURIComponent(campaign.slug!)}`

/** The answers stored for the test's form, newest first. */
const stored = async () =>
  (
    await payload.find({
      collection: 'form-submissions',
      where: { form: { equals: form.id } },
      sort: '-createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs as { locale?: string; submissionData?: { field: string; value: string }[] }[]

const answerOf = (doc: { submissionData?: { field: string; value: string }[] }) =>
  Object.fromEntries((doc.submissionData ?? []).map(({ field, value }) => [field, value]))

/** Fills in the form as a person would: every field, or the ones given. */
const fill = async (page: Page, values: Partial<Record<string, string | boolean>>) => {
  for (const [name, value] of Object.entries(values)) {
    const control = page.locator(`#cf-${name}`)
    const tag = await control.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type}`)
    if (tag === 'INPUT:checkbox') await control.setChecked(value === true)
    else if (tag.startsWith('SELECT')) await control.selectOption(String(value))
    else await control.fill(String(value))
  }
}

const section = 'section.campaign-form'

/** The form's JSON route from a loopback address of its own (another reader, to the site). */
const sendFrom = (from: string, body: Record<string, unknown>) =>
  new Promise<number>((resolve, reject) => {
    const data = JSON.stringify(body)
    const url = new URL(`${site.url}/api/campaigns/form`)
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

/** An element's text as read: spaces from the markup's line breaks collapsed. */
const textOf = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim()

beforeAll(async () => {
  process.env.SITE_CACHE_SECRET = SECRET
  delete process.env.REDIS_URL
  resetConfig()
  payload = await getTestPayload()
  await resetFormLimits()
  ;({ district } = await createTaxonomy(payload))
  await payload.update({
    collection: 'districts',
    id: district.id,
    locale: 'ps',
    data: { name: `مردان ${id}` },
    overrideAccess: true,
  })
  form = await createForm(payload, {
    title: `Volunteer sign-up ${id}`,
    confirmationMessage: richText(`Thank you for signing up ${id}`),
  })
  // The labels in Pashto too, as an editor translates them.
  const stored = (await payload.findByID({ collection: 'forms', id: form.id, overrideAccess: true })) as {
    fields: { id: string; blockType: string; label?: string; options?: { id: string }[] }[]
  }
  const pashto: Record<string, string> = {
    full_name: 'بشپړ نوم',
    message: 'پیغام',
    email: 'برېښنالیک',
    age: 'عمر',
    role: 'څنګه مرسته کوئ؟',
    newsletter: 'خبرونه راته ولېږئ',
    district: 'ستاسو ولسوالي',
    consent: 'زه موافق یم',
  }
  await payload.update({
    collection: 'forms',
    id: form.id,
    locale: 'ps',
    data: {
      title: `د رضاکارانو نوم لیکنه ${id}`,
      confirmationMessage: richText(`د نوم لیکنې مننه ${id}`),
      fields: stored.fields.map((block, i) => ({
        ...block,
        label: pashto[everyField()[i]!.name] ?? block.label,
        ...(block.blockType === 'select' && {
          options: block.options!.map((o, j) => ({ ...o, label: ['رضاکار', 'مرسته کوونکی'][j] })),
        }),
        ...(block.blockType === 'consent' && { statement: 'موږ ستاسو ځوابونه یوازې د کمپاین لپاره ساتو.' }),
      })),
    },
    overrideAccess: true,
  } as never)
  campaign = (await createCampaign(payload, { title: `Polio volunteers ${id}`, form: form.id })) as {
    id: number
    slug?: string | null
  }

  cms = await startCmsServer()
  site = await startSite({ CMS_URL: cms.url, SITE_CACHE_SECRET: SECRET })
  process.env.SITE_PURGE_URLS = `${site.url}/api/cache/purge`
  resetConfig()
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await cms?.close()
  await resetFormLimits()
  delete process.env.SITE_CACHE_SECRET
  delete process.env.SITE_PURGE_URLS
  resetConfig()
})

describe('a campaign’s form', () => {
  it('is on the campaign page with the editors’ fields in the reader’s language, the honeypot out of reach, and passes axe', async () => {
    for (const locale of ['en', 'ps'] as const) {
      const m = campaignFormMessages[locale]
      const { page, response } = await openPage(browser, `${site.url}${pagePath(locale)}`, {
        viewport: PHONE,
      })
      expect(response?.status()).toBe(200)
      const heading = await page.locator(`${section} h2`).textContent()
      expect(heading).toBe(locale === 'en' ? `Volunteer sign-up ${id}` : `د رضاکارانو نوم لیکنه ${id}`)
      expect(await textOf(page, 'label[for="cf-full_name"]')).toBe(
        `${locale === 'en' ? 'Full name' : 'بشپړ نوم'} ${m.required}`,
      )
      expect(await page.locator('#cf-role option').allTextContents()).toEqual(
        locale === 'en' ? [m.choose, 'Volunteer', 'Donor'] : [m.choose, 'رضاکار', 'مرسته کوونکی'],
      )
      // The district field lists the districts, by id, named in the reader's language.
      expect(await page.locator(`#cf-district option[value="${district.id}"]`).textContent()).toContain(
        locale === 'ps' ? `مردان ${id}` : 'District',
      )
      expect(await page.locator('#cf-consent').getAttribute('aria-describedby')).toBe('cf-consent-statement')
      const honeypot = await page.evaluate(() => {
        const input = document.getElementById('cf-honeypot') as HTMLInputElement
        const box = input.getBoundingClientRect()
        return {
          name: input.name,
          hidden: input.closest('[aria-hidden="true"]') !== null,
          tabIndex: input.tabIndex,
          offScreen: box.right < 0 || box.left > window.innerWidth,
        }
      })
      expect(honeypot).toEqual({ name: 'website', hidden: true, tabIndex: -1, offScreen: true })
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
      expect(await axeViolations(page, { include: section })).toEqual([])
      await page.close()
    }
  }, 90_000)

  it('without JavaScript: refused fields come back marked beside them in Pashto with what was typed, then the thanks', async () => {
    const m = campaignFormMessages.ps
    const { page } = await openPage(browser, `${site.url}${pagePath('ps')}`, { javaScriptEnabled: false })
    const before = (await stored()).length
    await fill(page, { full_name: '', email: 'not an address', age: '۲', role: 'volunteer' })
    await page.waitForTimeout(PERSON_MS)
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click(`${section} button[type="submit"]`),
    ])
    expect(answer.status()).toBe(400)
    expect(new URL(answer.url()).pathname).toBe(`${pagePath('ps')}/form`)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    const errorOf = (name: string) => textOf(page, `#cf-${name}-error`)
    expect(await errorOf('full_name')).toBe(m.errors.required)
    expect(await errorOf('email')).toBe(m.errors.email)
    // "at least 5", in the reader's words and digits: the number typed in Pashto digits was read.
    expect(await errorOf('age')).toBe(m.errors.atLeast(5))
    expect(await errorOf('district')).toBe(m.errors.required)
    expect(await errorOf('consent')).toBe(m.errors.consent)
    expect(await page.locator('#cf-message-error').isVisible()).toBe(false)
    expect(await page.locator('#cf-email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#cf-email').getAttribute('aria-describedby')).toBe('cf-email-error')
    expect(await page.locator('.form-problems').textContent()).toContain(m.errorsTitle)
    // What was typed is kept.
    expect(await page.inputValue('#cf-email')).toBe('not an address')
    expect(await page.locator('#cf-role').inputValue()).toBe('volunteer')
    expect(await page.inputValue('#cf-age')).toBe('۲')
    expect(await axeViolations(page)).toEqual([])
    expect((await stored()).length).toBe(before)

    await fill(page, {
      full_name: `ملالۍ ${id}`,
      email: 'malalai@example.org',
      age: '۳۴',
      district: String(district.id),
      consent: true,
    })
    await page.waitForTimeout(PERSON_MS)
    const [sent] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click(`${section} button[type="submit"]`),
    ])
    expect(sent.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe(m.receivedTitle)
    // The editors' own thanks, in Pashto.
    expect(await page.locator('main').textContent()).toContain(`د نوم لیکنې مننه ${id}`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
    const [latest] = await stored()
    expect(latest!.locale).toBe('ps')
    expect(answerOf(latest!)).toMatchObject({
      full_name: `ملالۍ ${id}`,
      email: 'malalai@example.org',
      age: '34',
      role: 'volunteer',
      newsletter: 'false',
      district: String(district.id),
      consent: 'true',
    })
  }, 90_000)

  it('with JavaScript: the same words placed beside the fields, the first focused, then the editors’ thanks in place', async () => {
    const m = campaignFormMessages.en
    const { page } = await openPage(browser, `${site.url}${pagePath('en')}`)
    await fill(page, { full_name: `Ayesha ${id}`, email: 'ayesha@example', role: 'donor' })
    await page.waitForTimeout(PERSON_MS)
    await page.click(`${section} button[type="submit"]`)
    const error = page.locator('#cf-email-error')
    await error.waitFor({ state: 'visible' })
    expect(await textOf(page, '#cf-email-error')).toBe(m.errors.email)
    expect(await textOf(page, '#cf-consent-error')).toBe(m.errors.consent)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cf-email')
    expect(await page.locator('#cf-full_name-error').isVisible()).toBe(false)
    expect(page.url()).toBe(`${site.url}${pagePath('en')}`)
    expect(await axeViolations(page, { include: section })).toEqual([])

    await fill(page, { email: 'ayesha@example.org', district: String(district.id), consent: true })
    await page.click(`${section} button[type="submit"]`)
    const done = page.locator(`${section} .form-done`)
    await done.waitFor()
    expect(await done.textContent()).toContain(m.receivedTitle)
    expect(await done.textContent()).toContain(`Thank you for signing up ${id}`)
    expect(await page.locator('form.campaign-form-fields').count()).toBe(0)
    await page.close()
    expect(answerOf((await stored())[0]!)).toMatchObject({ full_name: `Ayesha ${id}`, role: 'donor' })
  }, 90_000)

  it('says so in the reader’s language when the reader has sent too many, and when the form is closed', async () => {
    const send = (body: Record<string, unknown>) =>
      fetch(`${site.url}/api/campaigns/form`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: site.url },
        body: JSON.stringify({ slug: campaign.slug, locale: 'ps', ...body }),
      })
    // The per-reader allowance (ten in ten minutes, the site's address passed on for Chromium's 127.0.0.1).
    let last: Response | undefined
    for (let i = 0; i <= 10; i += 1) {
      last = await send({ answers: {} })
      if (last.status === 429) break
    }
    expect(last!.status).toBe(429)
    const body = (await last!.json()) as { outcome: string; message: string }
    expect(body.outcome).toBe('limited')
    expect(Array.from({ length: 10 }, (_, i) => campaignFormMessages.ps.limited(i + 1))).toContain(
      body.message,
    )
    // Another reader (another address, passed on by the site with its secret) has an allowance of their own.
    expect(await sendFrom('127.0.0.3', { slug: campaign.slug, locale: 'ps', answers: {} })).toBe(400)
    await resetFormLimits()

    await payload.update({
      collection: 'forms',
      id: form.id,
      data: { closesAt: new Date(Date.now() - 60_000).toISOString() },
      overrideAccess: true,
    })
    const closed = await send({
      answers: {
        full_name: 'Late',
        email: 'late@example.org',
        role: 'volunteer',
        district: String(district.id),
        consent: 'true',
      },
    })
    expect(closed.status).toBe(409)
    expect(((await closed.json()) as { message: string }).message).toBe(campaignFormMessages.ps.closed)
  }, 60_000)
})
