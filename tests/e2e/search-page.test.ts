import { type Server, createServer } from 'node:http'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messages } from '../../site/src/i18n/messages'
import { searchMessages } from '../../site/src/i18n/search'
import { launchChromium } from '../helpers/browser'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { startCmsServer } from '../helpers/cmsServer'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'
import { freePort } from '../helpers/startProcess'

/**
 * The site's /search page, built and served as in production, reading a CMS
 * that runs Payload's real REST handlers (and so the real /api/search) on the
 * test database: without JavaScript, with it, and under axe in all three
 * languages.
 */
let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let first: Awaited<ReturnType<typeof createTaxonomy>>
let second: Awaited<ReturnType<typeof createTaxonomy>>
let maternity: { slug?: string | null }
/** Between the site and the CMS, to take the CMS away. */
let front: Server
let cmsDown = false

/** Letters only, so the search parser keeps each as one word; unique to this run. */
const letters = () => unique().replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)
const word = letters()
const pagedWord = letters()
// Term names are indexed with their resources: keep `word` out of them so it finds only titles and summaries.
const termWord = letters()
const LOCALES = ['en', 'ur', 'ps'] as const

const localized = (pathname: string, locale: string) => (locale === 'en' ? pathname : `/${locale}${pathname}`)

beforeAll(async () => {
  payload = await getTestPayload()
  ;[first, second] = await Promise.all([createTaxonomy(payload), createTaxonomy(payload)])
  for (const [collection, doc, ur, ps] of [
    ['categories', first.category, `صحت ${termWord}`, `روغتیا ${termWord}`],
    ['districts', first.district, `پشاور ${termWord}`, `پېښور ${termWord}`],
    ['tags', first.tag, `مفت ${termWord}`, `وړیا ${termWord}`],
  ] as const) {
    await payload.update({ collection, id: doc.id, locale: 'ur', data: { name: ur }, overrideAccess: true })
    await payload.update({ collection, id: doc.id, locale: 'ps', data: { name: ps }, overrideAccess: true })
  }
  const publish = (data: ReturnType<typeof resourceData>) =>
    payload.create({ collection: 'resources', data: { ...data, _status: 'published' }, overrideAccess: true })
  maternity = await publish(
    resourceData(first, {
      title: `Maternity clinic ${word}`,
      summary: `Mothers and newborns are seen at this clinic ${word}`,
    }),
  )
  await publish(
    resourceData(second, {
      title: `Borehole water point ${word}`,
      // Markup in content must reach the reader as text; only the search's highlight is markup.
      summary: `Clean water ${word} <script>alert(1)</script> <b>bold</b> & more`,
      status: 'closed',
    }),
  )
  await publish(resourceData(first, { title: `Girls school ${word}`, summary: `Primary school ${word}` }))
  await payload.create({
    collection: 'posts',
    data: { title: `Clinics reopen ${word}`, summary: `The clinics reopen ${word}`, _status: 'published' },
    overrideAccess: true,
  })
  // One more than a page of results.
  for (let i = 1; i <= 21; i += 1) await publish(resourceData(first, { title: `Handpump ${pagedWord} ${i}` }))

  cms = await startCmsServer()
  // The site only reads the CMS (GET): pass those through, or answer 502 while the CMS is "down".
  front = createServer(async (req, res) => {
    if (cmsDown) return void res.writeHead(502).end()
    const upstream = await fetch(`${cms.url}${req.url}`)
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' })
    res.end(Buffer.from(await upstream.arrayBuffer()))
  })
  const frontPort = await freePort()
  await new Promise<void>((resolve) => front.listen(frontPort, '127.0.0.1', resolve))
  site = await startSite({ CMS_URL: `http://127.0.0.1:${frontPort}` })
  browser = await launchChromium()
}, 400_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  front?.closeAllConnections()
  await new Promise((resolve) => (front ? front.close(resolve) : resolve(null)))
  await cms?.close()
})

/** The page's own words (results and text marked as English left out), to check no English UI is left. */
const interfaceText = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement
    for (const node of main.querySelectorAll('.hits, [lang="en"], script, style')) node.remove()
    return main.textContent ?? ''
  })

const englishWords = () => {
  const en = searchMessages.en
  const t = messages.en
  return [
    ...Object.values(en).filter((v): v is string => typeof v === 'string' && /^[A-Z][a-z ]{3,}/.test(v)),
    ...Object.values(en.types),
    en.results(4),
    t.category,
    t.district,
    t.tag,
    t.statusLabel,
    ...Object.values(t.status),
  ]
}

describe('the search page in every language', () => {
  for (const locale of LOCALES) {
    it(`answers in ${locale}, marked up and mirrored, fits 360 px, has no English left and passes axe`, async () => {
      const { page, response } = await openPage(
        browser,
        `${site.url}${localized('/search', locale)}?q=${word}`,
        { viewport: PHONE },
      )
      expect(response?.status()).toBe(200)
      const root = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }))
      expect(root).toEqual({ lang: locale, dir: locale === 'en' ? 'ltr' : 'rtl', overflow: 0 })
      expect((await page.textContent('#results-count'))?.trim()).toBe(searchMessages[locale].results(4))
      // The query box is labelled in the reader's language.
      expect(await page.locator('label[for="search-q"]').textContent()).toBe(searchMessages[locale].query)
      if (locale !== 'en') {
        const text = await interfaceText(page)
        expect(englishWords().filter((w) => text.includes(w))).toEqual([])
        // Untranslated results are shown in English, marked as such.
        expect(await page.locator('.hits h3 a[lang="en"][dir="ltr"]').count()).toBe(4)
      }
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })
  }
})

describe('results', () => {
  it('finds the seeded documents with highlighted snippets, and content markup stays text', async () => {
    const response = await fetch(`${site.url}/search?q=${encodeURIComponent(`water ${word}`)}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(`Borehole water point ${word}`)
    expect(html).toMatch(new RegExp(`<mark>${word}</mark>`))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<b>bold</b>')

    const { page } = await openPage(browser, `${site.url}/search?q=${word}`)
    const titles = await page.locator('.hits h3').allTextContents()
    expect(titles.map((t) => t.trim()).sort()).toEqual(
      [
        `Borehole water point ${word}`,
        `Clinics reopen ${word}`,
        `Girls school ${word}`,
        `Maternity clinic ${word}`,
      ].sort(),
    )
    expect(await page.locator('.hits mark').count()).toBeGreaterThanOrEqual(4)
    expect(await page.locator('.hits b, .hits script').count()).toBe(0)
    await page.close()
  })

  it('pages through the results, and a page past the end shows the last one', async () => {
    const { page } = await openPage(browser, `${site.url}/search?q=${pagedWord}`)
    expect((await page.textContent('#results-count'))?.trim()).toBe('21 results')
    expect(await page.locator('.hits > li').count()).toBe(20)
    await page.click('a[rel="next"]')
    await page.waitForURL(/page=2/)
    expect(await page.locator('.hits > li').count()).toBe(1)
    expect(await page.locator('a[rel="prev"]').count()).toBe(1)
    await page.goto(`${site.url}/search?q=${pagedWord}&page=7`)
    expect(await page.locator('.hits > li').count()).toBe(1)
    await page.close()
    // Odd URLs are not the CMS's fault: never a 503.
    for (const query of ['page=5000', 'from=2026-02-30', 'to=2026-13-01', 'from=2026-05-01&to=2026-01-01']) {
      expect((await fetch(`${site.url}/search?${query}`)).status, query).toBe(200)
    }
  })

  it('offers "did you mean" and a way out when nothing matches', async () => {
    const { page } = await openPage(
      browser,
      `${site.url}/ur/search?q=${encodeURIComponent('maternty qqqvvvwww')}`,
    )
    expect((await page.textContent('#results-count'))?.trim()).toBe(searchMessages.ur.results(0))
    const empty = page.locator('.empty')
    const text = (await empty.textContent())?.replace(/\s+/g, ' ')
    expect(text).toContain(searchMessages.ur.noMatches)
    expect(text).toContain(
      `${searchMessages.ur.didYouMean} maternity qqqvvvwww ${searchMessages.ur.question}`,
    )
    const suggestion = await empty.locator('a').first().getAttribute('href')
    expect(new URL(suggestion!, site.url).searchParams.get('q')).toMatch(/^maternity /)
    await empty.getByText(searchMessages.ur.clear).click()
    await page.waitForURL((url) => url.pathname === '/ur/search' && url.search === '')
    await page.close()
  })
})

describe('without JavaScript', () => {
  it('narrows by facet links that show their counts, and removes a filter again', async () => {
    const { page } = await openPage(browser, `${site.url}/search?q=${word}`, {
      javaScriptEnabled: false,
      onPage: (opened) => opened.setDefaultTimeout(5000),
    })
    const facets = page.locator('nav.facets')
    expect(await facets.getByRole('link', { name: `${first.category.name} (2)` }).count()).toBe(1)
    expect(await facets.getByRole('link', { name: `${second.category.name} (1)` }).count()).toBe(1)
    expect(await facets.getByRole('link', { name: 'News (1)' }).count()).toBe(1)
    expect(await facets.getByRole('link', { name: 'Resources (3)' }).count()).toBe(1)

    await facets.getByRole('link', { name: `${first.category.name} (2)` }).click()
    await page.waitForURL(/category=/)
    expect(new URL(page.url()).searchParams.get('q')).toBe(word)
    expect((await page.textContent('#results-count'))?.trim()).toBe('2 results')
    // Counts follow the other filters: only resources are left in this category.
    expect(await facets.getByRole('link', { name: 'Resources (2)' }).count()).toBe(1)
    expect(await facets.getByRole('link', { name: /^News/ }).count()).toBe(0)
    await facets.getByRole('link', { name: `remove: ${first.category.name}` }).click()
    await page.waitForURL((url) => !url.searchParams.has('category'))
    expect((await page.textContent('#results-count'))?.trim()).toBe('4 results')

    await facets.getByRole('link', { name: 'Closed (1)' }).click()
    await page.waitForURL(/status=closed/)
    expect(await page.locator('.hits h3').allInnerTexts()).toEqual([`Borehole water point ${word}`])
    await page.close()
  })

  it('submits the form as a shareable GET, keeping the filters, and takes a date range for news', async () => {
    const { page } = await openPage(browser, `${site.url}/ps/search?type=resources`, {
      javaScriptEnabled: false,
      onPage: (opened) => opened.setDefaultTimeout(5000),
    })
    await page.fill('#search-q', word)
    await page.click('form[role="search"] button[type="submit"]')
    await page.waitForURL(/q=/)
    const shared = new URL(page.url())
    expect(shared.pathname).toBe('/ps/search')
    expect(shared.searchParams.get('type')).toBe('resources')
    // The form sent its empty fields too; the address keeps only those with a value.
    expect([...shared.searchParams.keys()].sort()).toEqual(['q', 'type'])
    expect((await page.textContent('#results-count'))?.trim()).toBe(searchMessages.ps.results(3))
    // The same URL, opened anew, shows the same results.
    const again = await (await fetch(page.url())).text()
    expect(again).toContain(`Maternity clinic ${word}`)
    expect(again).not.toContain(`Clinics reopen ${word}`)

    // Dates are offered for news only (resources are not dated for readers).
    expect(await page.locator('input[name="from"]').count()).toBe(0)
    await page.goto(`${site.url}/ps/search?type=posts&q=${word}`)
    await page.fill('input[name="from"]', '2999-01-01')
    await page.click('form.dates button[type="submit"]')
    await page.waitForURL(/from=2999-01-01/)
    expect(new URL(page.url()).searchParams.get('q')).toBe(word)
    expect(await page.locator('.hits').count()).toBe(0)
    expect(await page.locator('.empty').textContent()).toContain(searchMessages.ps.noMatches)
    // The active type stays listed, so it can be removed even with nothing found.
    expect(await page.locator('nav.facets strong[aria-current="true"]').allTextContents()).toEqual([
      searchMessages.ps.types.posts,
    ])
    await page.close()
  })
})

describe('with JavaScript', () => {
  it('suggests as you type in an accessible combobox driven by the keyboard', async () => {
    const { page } = await openPage(browser, `${site.url}/search`)
    const input = page.locator('#search-q')
    expect(await input.getAttribute('role')).toBe('combobox')
    expect(await input.getAttribute('aria-expanded')).toBe('false')
    await input.fill(`Maternity ${word.slice(0, 5)}`)
    await page.waitForSelector('#search-suggestions [role="option"]')
    expect(await input.getAttribute('aria-expanded')).toBe('true')
    expect(await page.locator('#search-suggestions [role="option"]').allTextContents()).toEqual([
      `Maternity clinic ${word}`,
    ])
    expect(await page.textContent('#search-suggestion-count')).toBe('1 suggestion')
    expect(await axeViolations(page)).toEqual([])

    await page.keyboard.press('ArrowDown')
    expect(await input.getAttribute('aria-activedescendant')).toBe('suggestion-0')
    expect(await page.getAttribute('#suggestion-0', 'aria-selected')).toBe('true')
    // Escape closes the list and keeps what was typed.
    await page.keyboard.press('Escape')
    expect(await input.getAttribute('aria-expanded')).toBe('false')
    expect(await input.getAttribute('aria-activedescendant')).toBeNull()
    expect(await input.inputValue()).toBe(`Maternity ${word.slice(0, 5)}`)
    // Down opens it again; Enter follows the highlighted suggestion.
    await page.keyboard.press('ArrowDown')
    await page.waitForSelector('#search-suggestions [role="option"]')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === `/resources/${maternity.slug}`)
    expect(await page.textContent('h1')).toContain(`Maternity clinic ${word}`)

    // In Urdu: announced in Urdu; an untranslated title is marked as English.
    await page.goto(`${site.url}/ur/search`)
    await page.locator('#search-q').fill(`Girls ${word}`)
    await page.waitForSelector('#search-suggestions [role="option"]')
    expect(await page.textContent('#search-suggestion-count')).toBe(searchMessages.ur.suggestionCount(1))
    expect(await page.getAttribute('#suggestion-0', 'lang')).toBe('en')
    expect(await page.getAttribute('#suggestion-0', 'dir')).toBe('ltr')
    await page.close()
  })

  it('answers suggestions through the site, validating what it passes on', async () => {
    const ok = await fetch(`${site.url}/api/suggest?q=${encodeURIComponent(`Girls ${word}`)}&locale=ps`)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({
      suggestions: [{ collection: 'resources', slug: expect.any(String), title: `Girls school ${word}` }],
    })
    expect(await (await fetch(`${site.url}/api/suggest?q=a`)).json()).toEqual({ suggestions: [] })
    expect((await fetch(`${site.url}/api/suggest?q=ab&locale=fr`)).status).toBe(400)
  })
})

describe('when the CMS is down', () => {
  it("answers 503 with a notice in the reader's language, and suggestions 503 too", async () => {
    cmsDown = true
    try {
      // A query not read before, so no cached answer can stand in.
      const response = await fetch(`${site.url}/ps/search?q=${word}-down`)
      expect(response.status).toBe(503)
      const html = await response.text()
      expect(html).toContain(messages.ps.unavailableTitle)
      expect(html).toMatch(/<html[^>]+lang="ps"[^>]+dir="rtl"|<html[^>]+dir="rtl"[^>]+lang="ps"/)
      expect((await fetch(`${site.url}/api/suggest?q=${word}-down`)).status).toBe(503)
    } finally {
      cmsDown = false
    }
  })
})
