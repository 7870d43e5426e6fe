import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { axeViolations, openPage } from '../helpers/page'
import { startCmsServer } from '../helpers/cmsServer'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'

/**
 * Type for the three languages (issue 15, point 6), in Chromium on the built
 * site reading a CMS with Payload's real REST handlers: which fonts render
 * the text (asked of the browser through the DevTools protocol, not guessed
 * from CSS), where they come from, what English pages download, line
 * heights, the language switcher's sizes, digits and underlines, and axe.
 */
let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>
let resource: { slug?: string | null }
const id = unique()
const LOCALES = ['en', 'ur', 'ps'] as const
type Locale = (typeof LOCALES)[number]
const localized = (pathname: string, locale: Locale) =>
  locale === 'en' ? pathname : `/${locale}${pathname === '/' ? '' : pathname}`

beforeAll(async () => {
  payload = await getTestPayload()
  cms = await startCmsServer()
  site = await startSite({ CMS_URL: cms.url })
  browser = await launchChromium()

  taxonomy = await createTaxonomy(payload)
  for (const [collection, doc, ur, ps] of [
    ['categories', taxonomy.category, `صحت ${id}`, `روغتیا ${id}`],
    ['districts', taxonomy.district, `مردان ${id}`, `مردان ${id}`],
    ['tags', taxonomy.tag, `مفت ${id}`, `وړیا ${id}`],
  ] as const) {
    await payload.update({ collection, id: doc.id, locale: 'ur', data: { name: ur }, overrideAccess: true })
    await payload.update({ collection, id: doc.id, locale: 'ps', data: { name: ps }, overrideAccess: true })
  }
  const publish = async (title: string, ur: [string, string], ps: [string, string]) => {
    const doc = await payload.create({
      collection: 'resources',
      data: {
        ...resourceData(taxonomy, { title, summary: `Mothers and newborns ${id}` }),
        _status: 'published',
      },
      overrideAccess: true,
    })
    for (const [locale, [t, s]] of [
      ['ur', ur],
      ['ps', ps],
    ] as const) {
      await payload.update({
        collection: 'resources',
        id: doc.id,
        locale,
        data: { title: t, summary: s, _status: 'published' },
        overrideAccess: true,
      })
    }
    // The slug as it stands after every save.
    return payload.findByID({ collection: 'resources', id: doc.id, overrideAccess: true })
  }
  resource = await publish(
    `Mother and child clinic ${id}`,
    [`زچہ بچہ مرکز صحت ${id}`, 'ماؤں اور نوزائیدہ بچوں کا مفت معائنہ، پیر سے ہفتہ'],
    [`د مور او ماشوم روغتون ${id}`, 'د میندو او نویو زیږېدلو ماشومانو وړیا معاینه، له دوشنبې تر شنبې'],
  )
  await publish(
    `Girls primary school ${id}`,
    [`لڑکیوں کا پرائمری سکول ${id}`, 'پہلی سے پانچویں جماعت تک'],
    [`د نجونو لومړنی ښوونځی ${id}`, 'له لومړي څخه تر پنځم ټولګي پورې'],
  )
  await payload.create({
    collection: 'posts',
    data: {
      title: `Vaccination week ${id}`,
      summary: 'News',
      publishedAt: '2026-03-05T09:00:00.000Z',
      _status: 'published',
    },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await cms?.close()
})

/** A page, with every request it makes recorded (and the bytes of each font it fetched). */
const open = async (pathname: string) => {
  const requests: { url: string; type: string }[] = []
  const fonts: { url: string; bytes: number }[] = []
  const bodies: Promise<void>[] = []
  const { page, response } = await openPage(browser, `${site.url}${pathname}`, {
    viewport: { width: 900, height: 900 },
    waitUntil: 'load',
    onPage: async (page) => {
      // Nothing outside the machine answers here (the map's tiles would wait for a timeout): refuse it at once.
      await page.context().route(
        (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:',
        (route) => route.abort(),
      )
      page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }))
      page.on('response', (response) => {
        if (!new URL(response.url()).pathname.startsWith('/fonts/')) return
        bodies.push(
          response.body().then(
            (body) => {
              fonts.push({ url: response.url(), bytes: body.length })
            },
            // A face still arriving when the test closes the page: nothing to count.
            () => undefined,
          ),
        )
      })
    },
  })
  expect(response?.status()).toBe(200)
  await page.evaluate(() => document.fonts.ready)
  await Promise.all(bodies)
  return { page, context: page.context(), requests, fonts }
}

/**
 * The fonts Chromium actually drew a node's text with (family, whether it is
 * a web font, how many glyphs), from the DevTools protocol.
 */
const renderedFonts = async (page: Page, selector: string) => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await cdp.detach()
  return fonts.map((f) => ({ family: f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount }))
}

/** Puts `text` in a paragraph of `lang` in <main> and returns its selector. */
const sample = (page: Page, lang: string, text: string) =>
  page.evaluate(
    ([lang, text]) => {
      const p = document.createElement('p')
      p.id = `sample-${lang}`
      p.lang = lang
      p.textContent = text
      document.querySelector('main')!.append(p)
      return `#${p.id}`
    },
    [lang, text],
  )

/** Fonts and stylesheets the page asked of anyone but the site itself (a font CDN, say). */
const typeFromElsewhere = (requests: { url: string; type: string }[]) =>
  requests.filter(
    ({ url, type }) => ['font', 'stylesheet'].includes(type) && new URL(url).origin !== site.url,
  )

describe('Urdu in Nastaliq', () => {
  it('draws Urdu text, headings and form controls with the self-hosted Noto Nastaliq Urdu subset', async () => {
    const { page, context, requests, fonts } = await open(`/ur/resources/${resource.slug}`)
    try {
      const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
      expect(family.startsWith('"Noto Nastaliq Urdu"')).toBe(true)
      const heading = await renderedFonts(page, 'main h1')
      expect(heading).toContainEqual(expect.objectContaining({ family: 'Noto Nastaliq Urdu', custom: true }))
      // Urdu words (no spaces: those may come from the system font), every glyph from the web font.
      const urdu = await sample(page, 'ur', 'ہسپتال،بنیادی،مرکز،ڈاکٹر،پڑھائی،گاؤں۔')
      await page.evaluate(() => document.fonts.ready)
      const drawn = await renderedFonts(page, urdu)
      expect(drawn.map((f) => [f.family, f.custom])).toEqual([['Noto Nastaliq Urdu', true]])
      const input = await page.evaluate(
        () =>
          getComputedStyle(document.querySelector('#header-q') ?? document.querySelector('input')!)
            .fontFamily,
      )
      expect(input.startsWith('"Noto Nastaliq Urdu"')).toBe(true)
      expect(await page.evaluate(() => document.fonts.check('16px "Noto Nastaliq Urdu"', 'اردو'))).toBe(true)

      // From the site's own origin, as WOFF2, a subset: nothing left 127.0.0.1.
      expect(typeFromElsewhere(requests)).toEqual([])
      const nastaliq = fonts.filter((f) => f.url.includes('noto-nastaliq-urdu-'))
      expect(nastaliq.length).toBeGreaterThan(0)
      for (const f of nastaliq) {
        expect(new URL(f.url).origin).toBe(site.url)
        expect(f.url.endsWith('.woff2')).toBe(true)
        // The whole font is 159 KB for its Arabic part alone (fontsource's subset); ours is ~107 KB.
        expect(f.bytes).toBeLessThan(115_000)
      }
    } finally {
      await context.close()
    }
  }, 60_000)
})

describe('Pashto in Naskh', () => {
  it('draws Pashto, its own letters included, with the self-hosted Noto Naskh Arabic', async () => {
    const { page, context, requests, fonts } = await open(`/ps/resources/${resource.slug}`)
    try {
      const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
      expect(family.startsWith('"Noto Naskh Arabic"')).toBe(true)
      // ټ ډ ړ ږ ښ ګ ڼ ې ۍ (and ځ څ), each drawn by the web font, none by a fallback.
      const letters = await sample(page, 'ps', 'ټډړږښګڼېۍځڅ')
      await page.evaluate(() => document.fonts.ready)
      const drawn = await renderedFonts(page, letters)
      expect(drawn.map((f) => [f.family, f.custom])).toEqual([['Noto Naskh Arabic', true]])
      expect(typeFromElsewhere(requests)).toEqual([])
      // A Pashto page has no Nastaliq text: it does not download it.
      expect(fonts.filter((f) => f.url.includes('noto-nastaliq-urdu-'))).toEqual([])
      expect(fonts.some((f) => f.url.includes('noto-naskh-arabic-400.woff2'))).toBe(true)
    } finally {
      await context.close()
    }
  }, 60_000)
})

describe('English pages', () => {
  it('download no Arabic-script text font, only the language names (a few KB)', async () => {
    const { page, context, requests, fonts } = await open(`/resources/${resource.slug}`)
    try {
      expect(typeFromElsewhere(requests)).toEqual([])
      const names = fonts.map((f) => new URL(f.url).pathname)
      expect(names.filter((n) => !n.startsWith('/fonts/language-name-'))).toEqual([])
      expect(fonts.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThan(8_000)
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^system-ui/)
    } finally {
      await context.close()
    }
  }, 60_000)
})

describe('line heights, sizes and underlines', () => {
  it('give Nastaliq and Naskh the room they need, keep underlines clear of the dots below, and pass axe on a resource page', async () => {
    const measured: Record<string, Record<string, number>> = {}
    const failures: string[] = []
    for (const locale of LOCALES) {
      const { page, context } = await open(localized(`/resources/${resource.slug}`, locale))
      try {
        // Contrast included: the page in its own type, as readers get it.
        failures.push(...(await axeViolations(page)).map((f) => `${locale}: ${f}`))
        measured[locale] = await page.evaluate(() => {
          const ratio = (element: Element) => {
            const style = getComputedStyle(element)
            return Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize)
          }
          const p = document.querySelector('main p') ?? document.body
          const link = document.querySelector('header nav a')!
          const linkStyle = getComputedStyle(link)
          // Ink height of a sample word in the body's font, at the body's size.
          const canvas = document.createElement('canvas').getContext('2d')!
          const body = getComputedStyle(document.body)
          canvas.font = `${body.fontSize} ${body.fontFamily}`
          const word = { en: 'hospital', ur: 'ہسپتال', ps: 'روغتون' }[document.documentElement.lang]!
          const ink = canvas.measureText(word)
          return {
            body: ratio(p),
            heading: ratio(document.querySelector('main h1')!),
            underlineOffset:
              Number.parseFloat(linkStyle.textUnderlineOffset) / Number.parseFloat(linkStyle.fontSize),
            skipInk: linkStyle.textDecorationSkipInk === 'auto' ? 1 : 0,
            ink: ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent,
          }
        })
      } finally {
        await context.close()
      }
    }
    expect(measured.en!.body).toBeCloseTo(1.6, 1)
    expect(measured.ur!.body).toBeGreaterThanOrEqual(2.0)
    expect(measured.ur!.body).toBeLessThanOrEqual(2.4)
    expect(measured.ps!.body).toBeGreaterThanOrEqual(1.7)
    expect(measured.ps!.body).toBeLessThanOrEqual(2.0)
    // Headings tighter than body text, still above Latin's.
    expect(measured.ur!.heading).toBeLessThan(measured.ur!.body)
    expect(measured.ur!.heading).toBeGreaterThan(measured.en!.heading)
    expect(measured.ps!.heading).toBeGreaterThan(measured.en!.heading)
    // Underlines lower in Urdu (Nastaliq's dots hang deepest) than in Pashto, lower in both than in English.
    expect(measured.ur!.underlineOffset).toBeGreaterThan(measured.ps!.underlineOffset)
    expect(measured.ps!.underlineOffset).toBeGreaterThan(measured.en!.underlineOffset)
    expect(measured.ur!.underlineOffset).toBeGreaterThanOrEqual(0.5)
    for (const locale of LOCALES) expect(measured[locale]!.skipInk).toBe(1)
    // Arabic-script words at the same font-size are not drawn smaller than the Latin: the ink
    // of "ہسپتال" and "روغتون" (tall alef and lam, deep tails) against "hospital".
    for (const locale of ['ur', 'ps'] as const) {
      expect(measured[locale]!.ink / measured.en!.ink).toBeGreaterThan(1)
      expect(measured[locale]!.ink / measured.en!.ink).toBeLessThan(2.2)
    }
    console.info('typography measured', JSON.stringify(measured))
    expect(failures).toEqual([])
  }, 120_000)

  it('sets the language switcher’s three names at one size, each in its own script, on a home that passes axe', async () => {
    const failures: string[] = []
    for (const locale of LOCALES) {
      const { page, context } = await open(localized('/', locale))
      try {
        failures.push(...(await axeViolations(page)).map((f) => `${locale}: ${f}`))
        const names = await page.evaluate(() =>
          [...document.querySelectorAll('.languages a')].map((a) => {
            const range = document.createRange()
            range.selectNodeContents(a)
            const style = getComputedStyle(a)
            const canvas = document.createElement('canvas').getContext('2d')!
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
            const ink = canvas.measureText(a.textContent!.trim())
            return {
              lang: a.getAttribute('lang'),
              family: style.fontFamily,
              box: range.getBoundingClientRect().height,
              ink: ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent,
            }
          }),
        )
        expect(names.map((n) => n.lang)).toEqual(['en', 'ur', 'ps'])
        expect(names[1]!.family).toMatch(/^"Hujra Language Name Urdu"/)
        expect(names[2]!.family).toMatch(/^"Hujra Language Name Pashto"/)
        for (const key of ['box', 'ink'] as const) {
          const values = names.map((n) => n[key])
          expect(Math.max(...values) / Math.min(...values), `${locale} ${key}: ${values}`).toBeLessThan(1.15)
        }
      } finally {
        await context.close()
      }
    }
    expect(failures).toEqual([])
  }, 120_000)
})

describe('numerals', () => {
  const extended = /[۰-۹]/
  const latin = /[0-9]/
  it('writes digits as each language’s rule says: Latin in English and Urdu, ۰–۹ in Pashto', async () => {
    for (const locale of LOCALES) {
      const { page, context } = await open(localized('/posts', locale))
      let date: string
      let count: string
      try {
        date = await page
          .locator('time', { hasText: locale === 'ps' ? '۲۰۲۶' : '2026' })
          .first()
          .textContent()
          .then((t) => t ?? '')
      } finally {
        await context.close()
      }
      const term = await open(localized(`/categories/${taxonomy.category.slug}`, locale))
      try {
        count = (await term.page.locator('main').textContent()) ?? ''
      } finally {
        await term.context.close()
      }
      const resources = { en: '2 resources', ur: '2 وسائل', ps: '۲ سرچینې' }[locale]
      expect(count).toContain(resources)
      if (locale === 'ps') {
        expect(date).toMatch(extended)
        expect(date).not.toMatch(latin)
      } else {
        expect(date).toMatch(latin)
        expect(date).not.toMatch(extended)
      }
      // The month in Urdu words (other files' posts may come first on the list: any month).
      if (locale === 'ur') expect(date).toMatch(/[\u0600-\u06ff]{3,}/)
    }
  }, 120_000)
})
