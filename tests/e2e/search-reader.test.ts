import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hoursMessages } from '../../site/src/i18n/hours'
import { catalogueMessages } from '../../site/src/i18n/catalogue'
import { messages } from '../../site/src/i18n/messages'
import { searchMessages } from '../../site/src/i18n/search'
import { pageParams } from '../../site/src/lib/pageKey'
import { synonymGroups } from '../../scripts/seed/data/synonyms'
import { seedSynonyms } from '../../scripts/seed/synonyms'
import { launchChromium } from '../helpers/browser'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { startCmsServer } from '../helpers/cmsServer'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'

/**
 * Search as a reader meets it: across languages, with synonyms and typos in
 * a visible order, result lines that say category · district · status and
 * whether the place is open, snippets that show where they were cut, filters
 * folded on a phone, the catalogue's keyword box and sorted lists, and
 * suggestions that hold their place while loading; under axe in en, ur, ps.
 */
let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

const letters = () => unique().replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)
const word = `zr${letters()}`
const stem = `${word}zorbak`
const LOCALES = ['en', 'ur', 'ps'] as const
const localized = (pathname: string, locale: string) => (locale === 'en' ? pathname : `/${locale}${pathname}`)
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

beforeAll(async () => {
  payload = await getTestPayload()
  taxonomy = await createTaxonomy(payload)
  await payload.update({
    collection: 'districts',
    id: taxonomy.district.id,
    locale: 'ur',
    data: { name: `مردان ${word}` },
    overrideAccess: true,
  })
  // The seeded groups as shipped: a same-named group another file of the run made would win.
  await payload.delete({
    collection: 'search-synonyms',
    where: { label: { in: synonymGroups.map((g) => g.label) } },
    overrideAccess: true,
  })
  await seedSynonyms(payload)
  // District names that sort differently by code point and by the reader's alphabet.
  for (const [en, ur] of [
    ['Zhob', 'ژوب'],
    ['Abbottabad', 'ایبٹ آباد'],
    ['Chitral', 'چترال'],
  ] as const) {
    const district = await payload.create({
      collection: 'districts',
      data: { name: `${en} ${word}` },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'districts',
      id: district.id,
      locale: 'ur',
      data: { name: `${ur} ${word}` },
      overrideAccess: true,
    })
  }

  const publish = async (
    data: Record<string, unknown>,
    translations: Partial<Record<'ur' | 'ps', Record<string, unknown>>> = {},
  ) => {
    const doc = await payload.create({
      collection: 'resources',
      data: {
        ...resourceData(taxonomy),
        summary: 'Community service',
        ...data,
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    for (const [locale, fields] of Object.entries(translations)) {
      await payload.update({
        collection: 'resources',
        id: doc.id,
        locale: locale as 'ur',
        data: { ...fields, _status: 'published' } as never,
        overrideAccess: true,
      })
    }
    return doc
  }
  // Open around the clock / closed all week: lines that hold whatever the clock says.
  await publish(
    {
      title: `Basic Health Unit ${word}`,
      openingHours: EVERY_DAY.map((day) => ({ day, mode: '24h' })),
    },
    { ur: { title: `بنیادی مرکز صحت ${word}` } },
  )
  await publish(
    { title: `Village dispensary ${word}`, openingHours: EVERY_DAY.map((day) => ({ day, mode: 'closed' })) },
    { ps: { title: `د کلي روغتون ${word}` } },
  )
  const filler = Array.from({ length: 25 }, (_, i) => `filler${'abcdefghij'[i % 10]}`).join(' ')
  await publish({ title: `Long summary ${word}`, summary: `${filler} ${word}long ${filler}` })
  // Exact (weak text), prefix and corrected-spelling matches for `${stem}s` (see search-relevance.test.ts).
  await publish({ title: `Alpha ${word}`, summary: `One ${stem} here` })
  await publish({ title: `${stem}tin ${stem}tin ${word}` })
  await publish({ title: `Gamma ${word}` }, { ur: { title: `${stem} ${stem} ${word}` } })
  await payload.create({
    collection: 'posts',
    data: { title: `Clinic news ${word}`, summary: `Clinics reopen ${word}`, _status: 'published' },
    overrideAccess: true,
  })

  cms = await startCmsServer()
  site = await startSite({ CMS_URL: cms.url })
  browser = await launchChromium()
}, 400_000)

afterAll(async () => {
  // The run's files share one database: later files must not find the seeded groups.
  await payload?.delete({
    collection: 'search-synonyms',
    where: { label: { in: synonymGroups.map((g) => g.label) } },
    overrideAccess: true,
  })
  await browser?.close()
  await site?.stop()
  await cms?.close()
})

const titles = async (page: Page) => (await page.locator('.hits h3 a').allTextContents()).map((t) => t.trim())

describe('finding across languages', () => {
  it('finds Urdu and Pashto text from the English page, shown in English, once each', async () => {
    const { page } = await openPage(browser, `${site.url}/search?q=${encodeURIComponent(`مرکز ${word}`)}`)
    expect(await titles(page)).toEqual([`Basic Health Unit ${word}`])
    await page.goto(`${site.url}/search?q=${encodeURIComponent(`روغتون ${word}`)}`)
    expect(await titles(page)).toEqual([`Village dispensary ${word}`])
    // On the Urdu page the same documents are in Urdu where translated, marked where English stands in.
    await page.goto(`${site.url}/ur/search?q=${encodeURIComponent(`village ${word}`)}`)
    expect(await titles(page)).toEqual([`Village dispensary ${word}`])
    expect(await page.locator('.hits h3 .fallback').textContent()).toBe(`(${messages.ur.inEnglish})`)
    await page.close()
  })

  it('expands the seeded synonyms: BHU finds the Basic Health Unit, in English and in Urdu', async () => {
    const { page } = await openPage(browser, `${site.url}/search?q=${encodeURIComponent(`BHU ${word}`)}`)
    expect(await titles(page)).toEqual([`Basic Health Unit ${word}`])
    await page.goto(`${site.url}/ur/search?q=${encodeURIComponent(`BHU ${word}`)}`)
    expect(await titles(page)).toEqual([`بنیادی مرکز صحت ${word}`])
    await page.close()
  })

  it('lists exact words, then a prefix, then a corrected spelling, and says what it corrected', async () => {
    const { page } = await openPage(browser, `${site.url}/search?q=${encodeURIComponent(`${word} ${stem}s`)}`)
    expect(await titles(page)).toEqual([`Alpha ${word}`, `${stem}tin ${stem}tin ${word}`, `Gamma ${word}`])
    const corrected = page.locator('.corrected')
    expect((await corrected.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      `${searchMessages.en.including} ${word} ${stem}`,
    )
    await page.close()
  })
})

describe('result lines', () => {
  it('say type · category · district · status in words, and whether the place is open now', async () => {
    const { page } = await openPage(browser, `${site.url}/search?q=${encodeURIComponent(`BHU ${word}`)}`)
    const item = page.locator('.hits > li').first()
    expect((await item.locator('.meta').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      [
        searchMessages.en.types.resources,
        taxonomy.category.name,
        taxonomy.district.name,
        messages.en.status.active,
      ].join(' · '),
    )
    expect(await item.locator('.open').textContent()).toBe(hoursMessages.en.open24)
    await page.goto(`${site.url}/ps/search?q=${encodeURIComponent(`village ${word}`)}`)
    expect(await page.locator('.hits > li .open').first().textContent()).toBe(
      `${hoursMessages.ps.closedNow} · ${hoursMessages.ps.noOpening}`,
    )
    // The district in Urdu where it has an Urdu name.
    await page.goto(`${site.url}/ur/search?q=${encodeURIComponent(`BHU ${word}`)}`)
    expect(await page.locator('.hits > li .meta').first().textContent()).toContain(`مردان ${word}`)
    await page.close()
  })

  it('mark a snippet cut from a longer summary with an ellipsis at each cut end', async () => {
    const { page } = await openPage(browser, `${site.url}/search?q=${word}long`)
    const snippet = (await page.locator('.hits > li p:last-child').first().textContent())!.trim()
    expect(snippet.startsWith('… ')).toBe(true)
    expect(snippet.endsWith(' …')).toBe(true)
    expect(snippet).toContain(`${word}long`)
    await page.close()
  })
})

describe('filters', () => {
  it('fold behind one button at 360 px, open on a wide screen, and offer dates for news only', async () => {
    const { page } = await openPage(browser, `${site.url}/search?q=${word}`, { viewport: PHONE })
    const button = page.locator('#search-filters > summary')
    expect(await button.isVisible()).toBe(true)
    expect(await page.locator('nav.facets').isVisible()).toBe(false)
    await button.click()
    expect(await page.locator('nav.facets').isVisible()).toBe(true)
    // Dates are not offered for resources, only once the type is news.
    expect(await page.locator('input[name="from"]').count()).toBe(0)
    await page.locator('nav.facets').getByRole('link', { name: /^News/ }).click()
    await page.waitForURL(/type=posts/)
    expect(await page.locator('input[name="from"]').count()).toBe(1)
    await page.close()

    const { page: desk } = await openPage(browser, `${site.url}/search?q=${word}`, {
      viewport: { width: 1280, height: 800 },
    })
    expect(await desk.locator('#search-filters > summary').isVisible()).toBe(false)
    expect(await desk.locator('nav.facets').isVisible()).toBe(true)
    await desk.close()
  })

  it('apply a date as soon as it is chosen with JavaScript, and by the Apply button without', async () => {
    const { page } = await openPage(browser, `${site.url}/search?q=${word}&type=posts`)
    expect(await titles(page)).toEqual([`Clinic news ${word}`])
    await page.fill('input[name="from"]', '2999-01-01')
    await page.waitForURL(/from=2999-01-01/)
    expect(await page.locator('.hits').count()).toBe(0)
    await page.close()

    const { page: bare } = await openPage(browser, `${site.url}/search?q=${word}&type=posts`, {
      javaScriptEnabled: false,
      viewport: PHONE,
      onPage: (opened) => opened.setDefaultTimeout(5000),
    })
    // Folded without JavaScript too: the button opens it.
    await bare.locator('#search-filters > summary').click()
    await bare.fill('input[name="from"]', '2999-01-01')
    await bare.click(`form.dates button:has-text("${searchMessages.en.apply}")`)
    await bare.waitForURL(/from=2999-01-01/)
    expect(new URL(bare.url()).searchParams.get('q')).toBe(word)
    expect(await bare.locator('.hits').count()).toBe(0)
    await bare.close()
  })
})

/**
 * The page cache renders /resources with only the parameters site/src/lib/pageKey.ts
 * lists for it; until `q` is among them the keyword never reaches the page.
 */
const catalogueReadsQ = pageParams('/resources').includes('q')

describe('the catalogue', () => {
  it('sorts its lists in the reader’s alphabet, and applies a choice on change (JS) or by the button', async () => {
    const page = await browser.newPage()
    for (const locale of ['en', 'ur'] as const) {
      await page.goto(`${site.url}${localized('/resources', locale)}`)
      const names = (await page.locator('form.filters select[name="district"] option').allTextContents())
        .slice(1)
        .map((n) => n.trim())
      const collator = new Intl.Collator(locale, { numeric: true })
      expect(names).toEqual([...names].sort(collator.compare))
      // This file's districts are among them (the run's other files add their own).
      expect(names.filter((n) => n.endsWith(word))).toEqual(
        locale === 'en'
          ? [`Abbottabad ${word}`, `Chitral ${word}`, `Zhob ${word}`]
          : // The Urdu alphabet's order (ا … چ … ژ … م), not the code points' (ا م چ ژ).
            [`ایبٹ آباد ${word}`, `چترال ${word}`, `ژوب ${word}`, `مردان ${word}`],
      )
    }
    await page.goto(`${site.url}/resources`)
    await page.selectOption('form.filters select[name="district"]', { label: taxonomy.district.name })
    await page.waitForURL(/district=/)
    expect(await page.locator('.results .title').count()).toBeGreaterThan(0)
    await page.close()

    const { page: bare } = await openPage(browser, `${site.url}/resources`, {
      javaScriptEnabled: false,
      onPage: (opened) => opened.setDefaultTimeout(5000),
    })
    await bare.selectOption('form.filters select[name="district"]', { label: taxonomy.district.name })
    // Nothing happens without JavaScript until the button is pressed.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(new URL(bare.url()).searchParams.has('district')).toBe(false)
    await bare.click('form.filters button[type="submit"]')
    await bare.waitForURL(/district=/)
    await bare.close()
  })

  it.skipIf(!catalogueReadsQ)(
    'filters by keyword in any language, best matches first, with and without JS',
    async () => {
      const { page } = await openPage(browser, `${site.url}/resources`)
      // The catalogue's own box (the header has a search box too).
      await page.fill('form.filters input[name="q"]', `مرکز ${word}`)
      await page.keyboard.press('Enter')
      await page.waitForURL(/q=/)
      expect((await page.locator('.results .title').allTextContents()).map((t) => t.trim())).toEqual([
        `Basic Health Unit ${word}`,
      ])
      expect(await page.textContent('.relevance')).toBe(catalogueMessages.en.byRelevance)
      await page.selectOption('form.filters select[name="district"]', { label: taxonomy.district.name })
      await page.waitForURL(/district=/)
      expect(new URL(page.url()).searchParams.get('q')).toBe(`مرکز ${word}`)
      await page.close()

      const { page: bare } = await openPage(browser, `${site.url}/ur/resources`, {
        javaScriptEnabled: false,
        onPage: (opened) => opened.setDefaultTimeout(5000),
      })
      await bare.fill('form.filters input[name="q"]', `BHU ${word}`)
      await bare.click('form.filters button[type="submit"]')
      await bare.waitForURL(/q=/)
      expect((await bare.locator('.results .title').allTextContents()).map((t) => t.trim())).toEqual([
        `بنیادی مرکز صحت ${word}`,
      ])
      await bare.close()
    },
  )
})

describe('suggestions', () => {
  it('hold their place with a skeleton while loading', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    const { page } = await openPage(browser, `${site.url}/search`, {
      onPage: (opened) =>
        opened.route(
          (url) => url.pathname === '/api/suggest',
          async (route) => {
            await held
            await route.continue()
          },
        ),
    })
    await page.locator('#search-q').fill(`Basic ${word.slice(0, 5)}`)
    await page.waitForSelector('#search-suggestions .skeleton')
    expect(await page.locator('#search-suggestions').isVisible()).toBe(true)
    expect(await page.getAttribute('#search-q', 'aria-expanded')).toBe('false')
    release()
    await page.waitForSelector('#search-suggestions [role="option"]')
    expect(await page.locator('#search-suggestions .skeleton').count()).toBe(0)
    await page.close()
  })
})

describe('axe on the changed pages', () => {
  for (const locale of LOCALES) {
    it(`finds nothing serious in ${locale}: search (folded, with dates) and the catalogue`, async () => {
      const page = await browser.newPage({ viewport: PHONE })
      for (const [pathname, query] of [
        ['/search', `q=${encodeURIComponent(`BHU ${word}`)}`],
        ['/search', `q=${word}&type=posts`],
        ['/search', `q=${encodeURIComponent(`${word} ${stem}s`)}`],
        ['/resources', `q=${word}`],
      ] as const) {
        const response = await page.goto(`${site.url}${localized(pathname, locale)}?${query}`)
        expect(response?.status(), query).toBe(200)
        // Unfolded, so the filters are audited too.
        await page.evaluate(() => {
          const filters = document.getElementById('search-filters') as HTMLDetailsElement | null
          if (filters) filters.open = true
        })
        expect(await axeViolations(page), `${locale} ${pathname}?${query}`).toEqual([])
      }
      await page.close()
    })
  }
})
