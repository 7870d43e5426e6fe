import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { campaignMessages, goalUnitLabel } from '../../site/src/i18n/campaigns'
import { messages } from '../../site/src/i18n/messages'
import { resetConfig } from '../../utilities/config'
import { launchChromium } from '../helpers/browser'
import { useOwnDatabase } from '../helpers/database'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { startCmsServer } from '../helpers/cmsServer'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'

/**
 * The campaign pages on the built site, in Chromium, over a CMS running
 * Payload's real REST handlers and the real campaign metrics: the list in
 * its order, a campaign's page in all three languages (axe, RTL, progress
 * in words, relative dates), the gallery's viewer driven by the keyboard and
 * its plain list without JavaScript, views counted once per reader and day
 * from the cached page, support with and without JavaScript, and the home
 * page's section. A database of its own: the list and the home page show
 * every published campaign, and other files make some.
 */
const SECRET = `campaigns-e2e-secret-${unique()}`
const LOCALES = ['en', 'ur', 'ps'] as const
type Locale = (typeof LOCALES)[number]
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** A browser's agent: the CMS counts no crawler, and headless Chromium says it is one. */
const agent = (name: string) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 ${name}`

let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let db: pg.Client

type Doc = { id: number; slug?: string | null }
const made = {} as Record<'polio' | 'floods' | 'enrolment' | 'water' | 'draft', Doc>
let post: Doc
let resource: Doc
let draftResource: Doc
const id = unique()
const titles = {
  polio: `Polio week ${id}`,
  floods: `Flood preparedness ${id}`,
  enrolment: `Girls' enrolment drive ${id}`,
  water: `Clean water ${id}`,
  draft: `Unpublished campaign ${id}`,
}
const photos = [
  {
    alt: `Vaccinator at a door ${id}`,
    altUr: `دروازے پر ویکسینیٹر ${id}`,
    caption: `Door to door in Mardan ${id}`,
  },
  {
    alt: `Children with marked fingers ${id}`,
    altUr: `نشان زدہ انگلیوں والے بچے ${id}`,
    caption: `Marked fingers ${id}`,
  },
  { alt: `A team briefing ${id}`, altUr: null, caption: null },
]

const path = (locale: Locale, pathname: string) =>
  locale === 'en' ? pathname : `/${locale}${pathname === '/' ? '' : pathname}`
const campaignPath = (locale: Locale, doc: Doc = made.polio) => path(locale, `/campaigns/${doc.slug}`)
const at = (ms: number) => new Date(Date.now() + ms).toISOString()

/** Today's figures for a campaign, as the metrics tables hold them. */
const figures = async (campaign: Doc) => {
  const { rows } = await db.query<{ views: number; reactions: number }>(
    `SELECT COALESCE(SUM(views), 0)::int AS views, COALESCE(SUM(reactions), 0)::int AS reactions
       FROM campaign_metrics_daily WHERE campaign_id = $1`,
    [campaign.id],
  )
  return rows[0]!
}

const png = async (width: number, height: number, seed: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: seed * 40, g: 120, b: 200 - seed * 30 } } })
    .png()
    .toBuffer()

/**
 * Payload writes file addresses on its SERVER_URL (localhost:3000), where no
 * CMS listens in this test: the browser is sent to the test's CMS instead.
 */
const routeFilesToCms = async (target: Page | BrowserContext) =>
  target.route('http://localhost:3000/**', (route) => {
    const url = new URL(route.request().url())
    return route.continue({ url: `${cms.url}${url.pathname}${url.search}` })
  })

/** A page of this file's, with the files' addresses routed to the CMS. */
const open = async (url: string, options: Parameters<typeof openPage>[2] = {}) =>
  openPage(browser, url, { ...options, onPage: routeFilesToCms })

beforeAll(async () => {
  await useOwnDatabase('campaigns_e2e')
  // The CMS here runs in this process: it must know the secret the site vouches for readers with.
  process.env.SITE_CACHE_SECRET = SECRET
  delete process.env.REDIS_URL
  resetConfig()
  payload = await getTestPayload()
  db = new pg.Client({ connectionString: process.env.HUJRA_TEST_DATABASE_URL })
  await db.connect()

  const taxonomy = await createTaxonomy(payload)
  for (const [collection, doc, ur, ps] of [
    ['categories', taxonomy.category, `صحت ${id}`, `روغتیا ${id}`],
    ['districts', taxonomy.district, `مردان ${id}`, `مردان ${id}`],
  ] as const) {
    await payload.update({ collection, id: doc.id, locale: 'ur', data: { name: ur }, overrideAccess: true })
    await payload.update({ collection, id: doc.id, locale: 'ps', data: { name: ps }, overrideAccess: true })
  }
  resource = await payload.create({
    collection: 'resources',
    data: { ...resourceData(taxonomy, { title: `Vaccination centre ${id}` }), _status: 'published' },
    overrideAccess: true,
  })
  draftResource = await payload.create({
    collection: 'resources',
    data: { ...resourceData(taxonomy, { title: `Unpublished centre ${id}` }), _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  const files: { id: number }[] = []
  for (const [i, photo] of photos.entries()) {
    const bytes = await png(640, 480, i + 1)
    files.push(
      await payload.create({
        collection: 'files',
        data: { alt: photo.alt },
        file: { data: bytes, mimetype: 'image/png', name: `photo-${i}-${id}.png`, size: bytes.length },
        overrideAccess: true,
      }),
    )
  }
  // The thumbnails are the previews, made by a background job.
  await payload.jobs.run({ queue: 'files', limit: 10 })

  const base = {
    goal: { target: 5000, unit: 'children-vaccinated' as const },
    districts: [taxonomy.district.id],
    categories: [taxonomy.category.id],
  }
  const create = async (
    key: keyof typeof made,
    dates: { startsAt: string; endsAt: string },
    extra: Record<string, unknown> = {},
    status: 'published' | 'draft' = 'published',
  ) => {
    made[key] = (await payload.create({
      collection: 'campaigns',
      data: {
        ...base,
        title: titles[key],
        summary: `About ${titles[key]}`,
        ...dates,
        ...extra,
        _status: status,
      },
      draft: status === 'draft',
      overrideAccess: true,
    } as never)) as Doc
  }
  // Running, ends in 5 days (and an hour, so the whole days are five however long the test takes).
  await create(
    'polio',
    { startsAt: at(-2 * DAY), endsAt: at(5 * DAY + HOUR) },
    {
      progress: [
        { date: at(-DAY), amount: 1000 },
        { date: at(-HOUR), amount: 240 },
      ],
      resources: [resource.id, draftResource.id],
      heroImage: files[0]!.id,
      gallery: photos.map((photo, i) => ({ image: files[i]!.id, alt: photo.alt, caption: photo.caption })),
    },
  )
  // Urdu alt text for the photos that have one; the last keeps only its English.
  const stored = (await payload.findByID({
    collection: 'campaigns',
    id: made.polio.id,
    overrideAccess: true,
  })) as {
    gallery: { id: string }[]
  }
  await payload.update({
    collection: 'campaigns',
    id: made.polio.id,
    locale: 'ur',
    data: {
      title: `پولیو ہفتہ ${id}`,
      gallery: stored.gallery.map((row, i) => ({
        id: row.id,
        image: files[i]!.id,
        ...(photos[i]!.altUr && { alt: photos[i]!.altUr }),
      })),
    },
    overrideAccess: true,
  } as never)
  await create(
    'floods',
    { startsAt: at(-DAY), endsAt: at(12 * DAY) },
    { goal: { target: 200, unit: 'households' } },
  )
  await create('enrolment', { startsAt: at(2 * DAY + HOUR), endsAt: at(20 * DAY) })
  await create('water', { startsAt: at(-20 * DAY), endsAt: at(-3 * DAY - HOUR) })
  await create('draft', { startsAt: at(-DAY), endsAt: at(3 * DAY) }, {}, 'draft')
  post = await payload.create({
    collection: 'posts',
    data: { title: `Teams set out ${id}`, campaign: made.polio.id, _status: 'published' },
    overrideAccess: true,
  } as never)
  // Its draft news stays off the page.
  await payload.create({
    collection: 'posts',
    data: { title: `Draft news ${id}`, campaign: made.polio.id, _status: 'draft' },
    draft: true,
    overrideAccess: true,
  } as never)

  cms = await startCmsServer()
  site = await startSite({ CMS_URL: cms.url, SITE_CACHE_SECRET: SECRET, SERVER_URL: cms.url })
  process.env.SITE_PURGE_URLS = `${site.url}/api/cache/purge`
  resetConfig()
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await cms?.close()
  await db?.end()
  delete process.env.SITE_CACHE_SECRET
  delete process.env.SITE_PURGE_URLS
  resetConfig()
})

describe('the campaigns list', () => {
  it('shows running campaigns first (ending soonest first), then scheduled, then ended; no drafts', async () => {
    for (const locale of LOCALES) {
      const m = campaignMessages[locale]
      const { page, response } = await open(`${site.url}${path(locale, '/campaigns')}`, { viewport: PHONE })
      expect(response?.status()).toBe(200)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
      expect(await page.locator('main h2').allTextContents()).toEqual([
        m.sections.running,
        m.sections.scheduled,
        m.sections.ended,
      ])
      const order = await page.locator('main section').evaluateAll((sections) =>
        sections.map((s) => ({
          section: (s as HTMLElement).dataset.section,
          campaigns: [...s.querySelectorAll<HTMLElement>('[data-campaign]')].map((c) => c.dataset.campaign),
        })),
      )
      expect(order).toEqual([
        { section: 'running', campaigns: [made.polio.slug, made.floods.slug] },
        { section: 'scheduled', campaigns: [made.enrolment.slug] },
        { section: 'ended', campaigns: [made.water.slug] },
      ])
      expect(await page.locator('main').textContent()).not.toContain(titles.draft)
      // Each with its dates, its summary, its progress and (the polio week) its photo.
      const polio = page.locator(`[data-campaign="${made.polio.slug}"]`)
      expect(await polio.locator('.when-relative').textContent()).toBe(
        m.when.running(relative(locale, 5, 'day')),
      )
      expect(await polio.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe('1240')
      expect(await polio.locator('img').count()).toBe(1)
      expect(await page.locator(`[data-campaign="${made.water.slug}"] .when-relative`).textContent()).toBe(
        m.when.ended(relative(locale, -3, 'day')),
      )
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    }
  }, 120_000)
})

/** What Intl says for "in 5 days" in the reader's language, as the site shows it. */
const relative = (locale: Locale, count: number, unit: Intl.RelativeTimeFormatUnit) => {
  const tag = locale === 'en' ? 'en-GB' : `${locale}-PK-u-nu-${locale === 'ps' ? 'arabext' : 'latn'}`
  return new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(count, unit)
}

describe('a campaign page', () => {
  for (const locale of LOCALES) {
    it(`in ${locale}: dates in words, progress in words, the unit in the language, linked news and resources, and axe`, async () => {
      const m = campaignMessages[locale]
      const t = messages[locale]
      const { page, response } = await open(`${site.url}${campaignPath(locale)}`, { viewport: PHONE })
      expect(response?.status()).toBe(200)
      expect(
        await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual([locale, locale === 'en' ? 'ltr' : 'rtl'])
      expect(await page.locator('.campaign > .when .when-relative').textContent()).toBe(
        m.when.running(relative(locale, 5, 'day')),
      )
      const bar = page.locator('.campaign [role="progressbar"]')
      const words = m.progressText(1240, 5000, goalUnitLabel(locale, 'children-vaccinated'), 25)
      expect(
        await bar.evaluate((el) => ({
          now: el.getAttribute('aria-valuenow'),
          min: el.getAttribute('aria-valuemin'),
          max: el.getAttribute('aria-valuemax'),
          text: el.getAttribute('aria-valuetext'),
        })),
      ).toEqual({ now: '1240', min: '0', max: '5000', text: words })
      expect(await page.locator('.campaign .progress-text').textContent()).toBe(words)
      // Chromium's accessibility tree: the bar is named by its heading and valued in words.
      const tree = await page.locator('.campaign').ariaSnapshot()
      expect(tree).toContain(`progressbar "${m.progress}"`)
      // News and resources: published only; districts and categories link to their pages.
      const main = (await page.locator('main').textContent()) ?? ''
      expect(main).toContain(`Teams set out ${id}`)
      expect(main).not.toContain(`Draft news ${id}`)
      expect(main).toContain(`Vaccination centre ${id}`)
      expect(main).not.toContain(`Unpublished centre ${id}`)
      expect(await page.locator(`a[href="${path(locale, `/posts/${post.slug}`)}"]`).count()).toBe(1)
      expect(await page.locator(`a[href="${path(locale, `/resources/${resource.slug}`)}"]`).count()).toBe(1)
      expect(
        await page
          .locator('#campaign-terms + ul a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ).toEqual([
        expect.stringMatching(new RegExp(`^${path(locale, '/districts/')}`)),
        expect.stringMatching(new RegExp(`^${path(locale, '/categories/')}`)),
      ])
      expect(await page.locator('#campaign-resources').textContent()).toBe(t.relatedResources)
      // Nothing sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    }, 90_000)
  }

  it('says when a scheduled campaign starts and how long ago an ended one ended, in Pashto digits too', async () => {
    const cases: [Doc, Locale, string][] = [
      [made.enrolment, 'en', 'Starts in 2 days'],
      [made.water, 'en', 'Ended 3 days ago'],
      [made.enrolment, 'ps', campaignMessages.ps.when.scheduled(relative('ps', 2, 'day'))],
      [made.water, 'ur', campaignMessages.ur.when.ended(relative('ur', -3, 'day'))],
    ]
    for (const [doc, locale, expected] of cases) {
      const response = await fetch(`${site.url}${campaignPath(locale, doc)}`)
      const html = await response.text()
      expect(html).toContain(expected)
      // Until when the wording holds is for the site's cache only, never sent to the browser.
      expect(response.headers.get('x-cache-expires')).toBeNull()
    }
    expect(campaignMessages.ps.when.scheduled(relative('ps', 2, 'day'))).toContain('۲')
  })

  it('is not found for a draft, an unknown slug or one that cannot be a slug', async () => {
    for (const slug of [made.draft.slug, `no-such-${id}`, '%00']) {
      expect((await fetch(`${site.url}/campaigns/${slug}`)).status).toBe(404)
    }
  })
})

describe('the gallery', () => {
  const m = campaignMessages.en
  const position = (page: Page) => page.locator('dialog.lightbox .lightbox-position').textContent()
  const focusInDialog = (page: Page) =>
    page.evaluate(() => !!document.activeElement?.closest('dialog.lightbox[open]'))

  it('opens in a dialog with Enter, keeps focus inside, moves with the arrows and the buttons, closes with Esc back on its thumbnail', async () => {
    const { page } = await open(`${site.url}${campaignPath('en')}`)
    const thumbs = page.locator('a.gallery-thumb')
    expect(await thumbs.count()).toBe(3)
    await thumbs.nth(1).focus()
    await page.keyboard.press('Enter')
    const dialog = page.locator('dialog.lightbox')
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true)
    expect(await focusInDialog(page)).toBe(true)
    expect(await position(page)).toBe(m.photoOf(2, 3))
    expect(await position(page)).toBe('2 of 3')
    const large = page.locator('dialog.lightbox .lightbox-image')
    expect(await large.getAttribute('alt')).toBe(photos[1]!.alt)
    expect(await page.locator('dialog.lightbox .lightbox-caption').textContent()).toBe(photos[1]!.caption)
    // The full-size photo, not the thumbnail.
    await expect.poll(() => large.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640)
    expect(await dialog.getAttribute('aria-label')).toBe(m.viewer)
    expect(await page.locator('dialog.lightbox [aria-live="polite"]').count()).toBe(1)

    // Tab and Shift+Tab go round the viewer's buttons and never leave it.
    const seen = new Set<string>()
    for (let i = 0; i < 7; i += 1) {
      await page.keyboard.press('Tab')
      expect(await focusInDialog(page)).toBe(true)
      seen.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
    }
    expect([...seen].sort()).toEqual([m.closeViewer, m.nextPhoto, m.previousPhoto].sort())
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Shift+Tab')
      expect(await focusInDialog(page)).toBe(true)
    }

    await page.keyboard.press('ArrowRight')
    expect(await position(page)).toBe('3 of 3')
    expect(await large.getAttribute('alt')).toBe(photos[2]!.alt)
    // The third photo has no caption: none is shown.
    expect(await page.locator('dialog.lightbox .lightbox-caption').isVisible()).toBe(false)
    await page.keyboard.press('ArrowRight')
    expect(await position(page)).toBe('1 of 3')
    await page.keyboard.press('ArrowLeft')
    expect(await position(page)).toBe('3 of 3')
    await page.getByRole('button', { name: m.previousPhoto }).click()
    expect(await position(page)).toBe('2 of 3')
    await page.getByRole('button', { name: m.nextPhoto }).click()
    expect(await position(page)).toBe('3 of 3')
    expect(await axeViolations(page, { include: 'dialog.lightbox' })).toEqual([])

    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false)
    // Back on the thumbnail it was opened from, whichever photo was shown last.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.index)).toBe('1')
    await page.close()
  }, 90_000)

  it('mirrors the arrows right to left, names its buttons in the language, and follows a swipe', async () => {
    const m = campaignMessages.ur
    const { page } = await open(`${site.url}${campaignPath('ur')}`)
    await page.locator('a.gallery-thumb').first().click()
    expect(await position(page)).toBe(m.photoOf(1, 3))
    // The Urdu alt text where there is one; the English one, marked as English, where not.
    expect(await page.locator('dialog.lightbox .lightbox-image').getAttribute('alt')).toBe(photos[0]!.altUr)
    expect(await page.getByRole('button', { name: m.nextPhoto }).count()).toBe(1)
    expect(await page.getByRole('button', { name: m.closeViewer }).count()).toBe(1)
    // Right to left the next photo is to the left.
    await page.keyboard.press('ArrowLeft')
    expect(await position(page)).toBe(m.photoOf(2, 3))
    await page.keyboard.press('ArrowRight')
    expect(await position(page)).toBe(m.photoOf(1, 3))
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    expect(await position(page)).toBe(m.photoOf(3, 3))
    const third = page.locator('dialog.lightbox .lightbox-image')
    expect(await third.getAttribute('alt')).toBe(photos[2]!.alt)
    expect(await third.getAttribute('lang')).toBe('en')
    // The "next" button sits at the inline end: on the left, its arrow pointing left.
    const [next, previous] = await Promise.all(
      [m.nextPhoto, m.previousPhoto].map(
        async (name) => (await page.getByRole('button', { name }).boundingBox())!,
      ),
    )
    expect(next!.x).toBeLessThan(previous!.x)
    // A swipe to the right (pointer events) shows the next photo right to left.
    const box = (await page.locator('dialog.lightbox .lightbox-figure').boundingBox())!
    const y = box.y + box.height / 2
    await page.mouse.move(box.x + box.width * 0.3, y)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 })
    await page.mouse.move(box.x + box.width * 0.7, y, { steps: 4 })
    await page.mouse.up()
    expect(await position(page)).toBe(m.photoOf(1, 3))
    await page.close()
  }, 90_000)

  it('without JavaScript is a plain list: thumbnails linking to the full photos, alt text, captions as figcaption', async () => {
    const { page } = await open(`${site.url}${campaignPath('en')}`, { javaScriptEnabled: false })
    const items = await page.locator('.gallery-list li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href'),
        alt: li.querySelector('img')?.getAttribute('alt'),
        thumb: li.querySelector('img')?.getAttribute('src'),
        caption: li.querySelector('figure > figcaption')?.textContent?.trim() ?? null,
      })),
    )
    expect(items.map((i) => [i.alt, i.caption])).toEqual(photos.map((p) => [p.alt, p.caption]))
    for (const item of items) {
      expect(item.href).toMatch(/\/api\/files\/file\/.+\.png$/)
      expect(item.thumb).toMatch(/\/api\/files\/\d+\/preview$/)
    }
    expect(await page.locator('dialog.lightbox').isVisible()).toBe(false)
    expect(await page.locator('.gallery-list img').first().isVisible()).toBe(true)
    // Following a thumbnail opens the photo itself.
    const [photo] = await Promise.all([
      page.waitForEvent('response', (r) => r.url().endsWith('.png')),
      page.locator('a.gallery-thumb').first().click(),
    ])
    expect(photo.headers()['content-type']).toContain('image/png')
    await page.goto(`${site.url}${campaignPath('ps')}`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  }, 90_000)
})

describe('views', () => {
  /** Opens the campaign page as one reader and waits for its beacon to be answered. */
  const view = async (context: BrowserContext, locale: Locale = 'en') => {
    const page = await context.newPage()
    await routeFilesToCms(page)
    const [beacon] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/campaigns/${made.polio.id}/view`)),
      page.goto(`${site.url}${campaignPath(locale)}`),
    ])
    expect(beacon.request().method()).toBe('POST')
    expect(beacon.status()).toBe(204)
    await page.close()
  }

  it('are counted from the cached page by a beacon, once per reader and day, without cookies', async () => {
    const before = (await figures(made.polio)).views
    const reader = await browser.newContext({ userAgent: agent('reader-one') })
    await view(reader)
    await expect.poll(async () => (await figures(made.polio)).views).toBe(before + 1)
    // The page came from the cache and the beacon went again: the same reader, the same day, one view.
    await view(reader, 'ur')
    const again = await fetch(`${site.url}${campaignPath('ur')}`)
    expect(again.headers.get('x-cache')).toBe('hit')
    await new Promise((r) => setTimeout(r, 300))
    expect((await figures(made.polio)).views).toBe(before + 1)
    expect(await reader.cookies()).toEqual([])
    await reader.close()
    // Another browser is another reader.
    const other = await browser.newContext({ userAgent: agent('reader-two') })
    await view(other)
    await expect.poll(async () => (await figures(made.polio)).views).toBe(before + 2)
    await other.close()
    // Headless Chromium says it is a crawler: the site passes on the reader's agent, and the CMS counts none.
    const crawler = await browser.newContext()
    await view(crawler)
    await new Promise((r) => setTimeout(r, 300))
    expect((await figures(made.polio)).views).toBe(before + 2)
    await crawler.close()
  }, 90_000)

  it('are refused for an id that is no campaign, and for another site', async () => {
    const beacon = (campaign: string, origin = site.url) =>
      fetch(`${site.url}/api/campaigns/${campaign}/view`, { method: 'POST', headers: { origin } })
    expect((await beacon('abc')).status).toBe(404)
    expect((await beacon(String(made.draft.id))).status).toBe(404)
    expect((await beacon(String(made.polio.id), 'https://elsewhere.example')).status).toBe(403)
  })
})

describe('support', () => {
  it('without JavaScript: the form posts, the answer page says so in the language, and undoing works', async () => {
    const m = campaignMessages.ps
    const before = (await figures(made.floods)).reactions
    const { page } = await open(`${site.url}${campaignPath('ps', made.floods)}`, {
      javaScriptEnabled: false,
      userAgent: agent('support-nojs'),
    })
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: m.support }).click(),
    ])
    expect(answer.status()).toBe(200)
    expect(new URL(answer.url()).pathname).toBe(`${campaignPath('ps', made.floods)}/support`)
    expect(await page.locator('h1').textContent()).toBe(m.supportAdded)
    expect(await page.locator('.support-count').textContent()).toBe(m.supporters(before + 1))
    expect((await figures(made.floods)).reactions).toBe(before + 1)
    expect(await axeViolations(page)).toEqual([])
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: m.withdraw }).click(),
    ])
    expect(await page.locator('h1').textContent()).toBe(m.supportWithdrawn)
    expect((await figures(made.floods)).reactions).toBe(before)
    expect(await page.context().cookies()).toEqual([])
    await page.close()
    // Asked for by GET (a reload of the answer, a shared address): back to the campaign.
    const get = await fetch(`${site.url}${campaignPath('en', made.floods)}/support`, { redirect: 'manual' })
    expect(get.status).toBe(303)
    expect(get.headers.get('location')).toBe(campaignPath('en', made.floods))
  }, 90_000)

  it('with JavaScript: a toggle button, its state asked for after load, the outcome read out', async () => {
    const m = campaignMessages.en
    const before = (await figures(made.floods)).reactions
    const context = await browser.newContext({ userAgent: agent('support-js') })
    const page = await context.newPage()
    await page.goto(`${site.url}${campaignPath('en', made.floods)}`)
    const button = page.getByRole('button', { name: m.support })
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false')
    expect(await page.locator('.support-count').textContent()).toBe(m.supporters(before))
    await button.click()
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('.support-status').textContent()).toBe(m.supportAdded)
    expect(await page.locator('.support-status').getAttribute('role')).toBe('status')
    expect(await page.locator('.support-count').textContent()).toBe(m.supporters(before + 1))
    expect(page.url()).toBe(`${site.url}${campaignPath('en', made.floods)}`)
    expect((await figures(made.floods)).reactions).toBe(before + 1)
    // The cached page does not know this reader; the state comes back after load.
    await page.reload()
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true')
    await button.click()
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false')
    expect(await page.locator('.support-status').textContent()).toBe(m.supportWithdrawn)
    expect((await figures(made.floods)).reactions).toBe(before)
    expect(await context.cookies()).toEqual([])
    await context.close()
  }, 90_000)
})

describe('the home page', () => {
  it('shows the running campaigns in a section of their own, in each language', async () => {
    for (const locale of LOCALES) {
      const m = campaignMessages[locale]
      const { page } = await open(`${site.url}${path(locale, '/')}`)
      const section = page.locator('[data-shelf="campaigns"]')
      expect(await section.locator('h2').first().textContent()).toBe(m.homeHeading)
      expect(
        await section
          .locator('[data-campaign]')
          .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.campaign)),
      ).toEqual([made.polio.slug, made.floods.slug])
      expect(await section.locator(`a[href="${path(locale, '/campaigns')}"]`).textContent()).toBe(
        m.allCampaigns,
      )
      expect(await axeViolations(page, { include: '[data-shelf="campaigns"]' })).toEqual([])
      await page.close()
    }
  }, 90_000)
})
