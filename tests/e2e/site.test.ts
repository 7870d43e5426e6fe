import { generateKeyPairSync } from 'node:crypto'

import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signPreview } from '../../plugins/draft-preview/token'
import { resetConfig } from '../../utilities/config'
import { launchChromium } from '../helpers/browser'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { startCmsServer } from '../helpers/cmsServer'
import { createTaxonomy, createUser, PASSWORD, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'
import { freePort } from '../helpers/startProcess'
import { startRealtime } from '../realtime/server'

/**
 * The public site, built and served as in production, reading a CMS that
 * runs Payload's real REST handlers on the test database.
 */
let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let realtime: Awaited<ReturnType<typeof startRealtime>>
let browser: Browser

const SECRET = `purge-secret-${unique()}`
const id = unique()
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>
let translated: { slug?: string | null; id: number }
let englishOnly: { slug?: string | null; id: number }
let draft: { slug?: string | null; id: number }
let post: { slug?: string | null; id: number }
let attachment: { id: number }

/** A post body with every kind of node the site renders (uploads, relationships, checklists…). */
const richBody = () => {
  const node = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }
  const text = (value: string, format = 0) => ({
    type: 'text',
    text: value,
    format,
    mode: 'normal',
    style: '',
    detail: 0,
    version: 1,
  })
  const paragraph = (...children: unknown[]) => ({ ...node, type: 'paragraph', textFormat: 0, children })
  const item = (value: string, checked: boolean, n: number) => ({
    ...node,
    type: 'listitem',
    value: n,
    checked,
    children: [text(value)],
  })
  return {
    root: {
      ...node,
      type: 'root',
      children: [
        paragraph(text('Opening <script>alert(1)</script> '), text(`old hours ${id}`, 4)),
        { type: 'horizontalrule', version: 1 },
        {
          ...node,
          type: 'list',
          listType: 'check',
          tag: 'ul',
          start: 1,
          children: [item(`Bring your card ${id}`, true, 1), item(`Book ahead ${id}`, false, 2)],
        },
        { type: 'upload', version: 3, format: '', relationTo: 'files', value: attachment.id, fields: null },
        { type: 'relationship', version: 2, format: '', relationTo: 'resources', value: translated.id },
        paragraph({
          ...node,
          type: 'link',
          version: 3,
          fields: { url: 'https://example.org/timetable', linkType: 'custom', newTab: false },
          children: [text('Timetable')],
        }),
      ],
    },
  }
}

const html = async (pathname: string) => {
  const response = await fetch(`${site.url}${pathname}`)
  return { status: response.status, text: await response.text(), headers: response.headers }
}

beforeAll(async () => {
  payload = await getTestPayload()
  cms = await startCmsServer()
  // The site's origin is known only once it listens: let the realtime server accept any here.
  realtime = await startRealtime(payload, { allowedOrigins: [] })
  // The default configuration: no REALTIME_PUBLIC_URL, so pages reach the realtime port on the
  // host they were opened on (here 127.0.0.1, which the site's address uses).
  site = await startSite({
    CMS_URL: cms.url,
    SITE_CACHE_SECRET: SECRET,
    REALTIME_PORT: new URL(realtime.url).port,
  })
  realtime.allow(site.url)
  // The CMS process (here: this one) announces content changes to the site.
  process.env.SITE_PURGE_URLS = `${site.url}/api/cache/purge`
  process.env.SITE_CACHE_SECRET = SECRET
  // The CMS reads them through config(), parsed once: read them again.
  resetConfig()
  browser = await launchChromium()

  taxonomy = await createTaxonomy(payload)
  for (const [collection, doc, ur, ps] of [
    ['categories', taxonomy.category, `صحت ${id}`, `روغتیا ${id}`],
    ['districts', taxonomy.district, `پشاور ${id}`, `پېښور ${id}`],
    ['tags', taxonomy.tag, `مفت ${id}`, `وړیا ${id}`],
  ] as const) {
    await payload.update({ collection, id: doc.id, locale: 'ur', data: { name: ur }, overrideAccess: true })
    await payload.update({ collection, id: doc.id, locale: 'ps', data: { name: ps }, overrideAccess: true })
  }
  await payload.update({
    collection: 'districts',
    id: taxonomy.district.id,
    data: {
      boundary: {
        type: 'Polygon',
        coordinates: [
          [
            [71.3, 33.8],
            [71.7, 33.8],
            [71.7, 34.2],
            [71.3, 34.2],
            [71.3, 33.8],
          ],
        ],
      },
    },
    overrideAccess: true,
  })
  translated = await payload.create({
    collection: 'resources',
    data: { ...resourceData(taxonomy, { title: `Mother and child clinic ${id}` }), _status: 'published' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'resources',
    id: translated.id,
    locale: 'ur',
    data: { title: `زچہ بچہ کلینک ${id}`, summary: 'ماں اور بچے کی صحت' },
    overrideAccess: true,
  })
  const image = await sharp({
    create: {
      width: 8,
      height: 8,
      channels: 3,
      background: { r: 200, g: 10, b: Number.parseInt(id.slice(0, 2), 16) },
    },
  })
    .png()
    .toBuffer()
  attachment = await payload.create({
    collection: 'files',
    data: { alt: `Opening hours ${id}` },
    file: { data: image, mimetype: 'image/png', name: `hours-${id}.png`, size: image.length },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'resources',
    id: translated.id,
    data: { attachments: [attachment.id] },
    overrideAccess: true,
  })
  // The attachment's preview is made by a background job.
  await payload.jobs.run({ queue: 'files', limit: 10 })
  englishOnly = await payload.create({
    collection: 'resources',
    data: {
      ...resourceData(taxonomy, { title: `Water point ${id}`, status: 'closed' }),
      _status: 'published',
    },
    overrideAccess: true,
  })
  draft = await payload.create({
    collection: 'resources',
    data: { ...resourceData(taxonomy, { title: `Unpublished shelter ${id}` }), _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  post = await payload.create({
    collection: 'posts',
    data: {
      title: `Clinics reopen ${id}`,
      summary: 'News',
      body: richBody() as never,
      _status: 'published',
    },
    overrideAccess: true,
  })
  // Let the CMS's (debounced) announcement of these changes pass before the tests read.
  await new Promise((resolve) => setTimeout(resolve, 1000))
}, 180_000)

afterAll(async () => {
  await browser?.close()
  if (process.env.SHOW_SITE_OUTPUT) console.log(site?.output())
  await site?.stop()
  await realtime?.close()
  await cms?.close()
})

const pageTypes = () => {
  const slug = (doc: { slug?: string | null }) => encodeURIComponent(doc.slug ?? '')
  return [
    ['home', '/'],
    ['resource list', `/resources?category=${slug(taxonomy.category)}`],
    ['resource', `/resources/${slug(translated)}`],
    ['categories', '/categories'],
    ['category', `/categories/${slug(taxonomy.category)}`],
    ['districts', '/districts'],
    ['district', `/districts/${slug(taxonomy.district)}`],
    ['tags', '/tags'],
    ['tag', `/tags/${slug(taxonomy.tag)}`],
    ['map', `/map?category=${slug(taxonomy.category)}`],
    ['posts', '/posts'],
    ['search', `/search?q=${encodeURIComponent('water point')}`],
    ['community (signed out)', '/community'],
    ['call lobby (signed out)', '/community/some-room/call'],
    ['post', `/posts/${slug(post)}`],
    ['not found', '/no-such-page'],
  ] as const
}

const localized = (pathname: string, locale: string) =>
  locale === 'en' ? pathname : `/${locale}${pathname === '/' ? '' : pathname}`

describe('every page type in every language', () => {
  for (const locale of ['en', 'ur', 'ps'] as const) {
    it(`answers, is marked up as ${locale}, fits a 360 px phone and passes axe`, async () => {
      // One page walks every type, as a reader's tab would.
      const page = await browser.newPage({ viewport: PHONE })
      const failures: string[] = []
      for (const [name, pathname] of pageTypes()) {
        const response = await page.goto(`${site.url}${localized(pathname, locale)}`)
        // Audit the map as readers get it: drawn, with its markers.
        if (name === 'map') await page.waitForSelector('#map[data-ready="true"]')
        const expected = name === 'not found' ? 404 : 200
        if (response?.status() !== expected) failures.push(`${name}: HTTP ${response?.status()}`)
        const root = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          skip: document.querySelector('a.skip')?.getAttribute('href'),
          main: document.querySelectorAll('main').length,
        }))
        expect(root, name).toMatchObject({
          lang: locale,
          dir: locale === 'en' ? 'ltr' : 'rtl',
          skip: '#main',
          main: 1,
        })
        if (root.overflow > 0) failures.push(`${name}: scrolls sideways by ${root.overflow}px`)
        for (const violation of await axeViolations(page)) failures.push(`${name}: ${violation}`)
      }
      await page.close()
      expect(failures).toEqual([])
      // Sixteen pages with an axe audit each: on a loaded two-core machine that is over 30 s.
    }, 120_000)
  }
})

describe('content', () => {
  it('shows translated fields, and marks English shown in place of a missing translation', async () => {
    const urdu = await html(`/ur/resources/${englishOnly.slug}`)
    expect(urdu.status).toBe(200)
    expect(urdu.text).toMatch(new RegExp(`<span lang="en" dir="ltr"[^>]*>\\s*Water point ${id}`))
    expect(urdu.text).toContain('(انگریزی میں)')
    const translatedPage = await html(`/ur/resources/${translated.slug}`)
    expect(translatedPage.text).toMatch(new RegExp(`<h1[^>]*>\\s*زچہ بچہ کلینک ${id}\\s*</h1>`))
    // Relationship names come in the reader's language too.
    expect(translatedPage.text).toContain(`صحت ${id}`)
    expect((await html(`/resources/${englishOnly.slug}`)).text).not.toContain('in English')
  })

  it('links the attachments of a resource, downloadable from the CMS', async () => {
    const page = await html(`/resources/${translated.slug}`)
    const link = page.text.match(/<a href="([^"]+)" download[^>]*>\s*Opening hours/)?.[1]
    expect(link).toBeDefined()
    // Payload makes file URLs absolute on its SERVER_URL; here the CMS listens elsewhere.
    const file = await fetch(`${cms.url}${new URL(link!.replaceAll('&amp;', '&')).pathname}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('image/png')
    const preview = page.text.match(/<img class="preview"[^>]*src="([^"]+)"/)?.[1]
    expect(preview).toBeDefined()
    const image = await fetch(`${cms.url}${new URL(preview!.replaceAll('&amp;', '&')).pathname}`)
    expect(image.headers.get('content-type')).toBe('image/webp')
  })

  it('renders a post body with an image, a related resource, a rule, strikethrough and a checklist', async () => {
    const page = await html(`/ur/posts/${post.slug}`)
    expect(page.status).toBe(200)
    // Text is escaped: the script is words on the page, not a script.
    expect(page.text).toContain('Opening &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page.text).not.toContain('<script>alert(1)')
    expect(page.text).toContain(`<s>old hours ${id}</s>`)
    expect(page.text).toContain('<hr>')
    expect(page.text).toContain(`<input type="checkbox" disabled checked> Bring your card ${id}`)
    expect(page.text).toContain(`<input type="checkbox" disabled> Book ahead ${id}`)
    // The image through the CMS's public file URL, its alt text (English: no Urdu one) marked so.
    const img = page.text.match(/<img src="([^"]+)" alt="([^"]*)" lang="en"/)
    expect(img?.[2]).toBe(`Opening hours ${id}`)
    const file = await fetch(`${cms.url}${new URL(img![1]!.replaceAll('&amp;', '&')).pathname}`)
    expect(file.headers.get('content-type')).toContain('image/png')
    // The related resource, linked in the reader's language with its Urdu title.
    expect(page.text).toContain(
      `<p class="related"><a href="/ur/resources/${encodeURIComponent(translated.slug ?? '')}">زچہ بچہ کلینک ${id}</a></p>`,
    )
    expect(page.text).toContain(
      '<a href="https://example.org/timetable" rel="noopener noreferrer">Timetable</a>',
    )
  })

  it('answers 404, not 503, for addresses that cannot name a document', async () => {
    const long = 'a'.repeat(2000)
    for (const pathname of [
      '/resources/%00',
      '/ur/resources/%00',
      '/posts/%00',
      '/categories/..%2f',
      '/districts/%2e%2e%2f',
      '/tags/a%00b',
      `/resources/${long}`,
      `/posts/${long}`,
      '/resources/a%20b',
      '/resources/%3Cscript%3E',
    ]) {
      const response = await fetch(`${site.url}${pathname}`)
      await response.arrayBuffer()
      expect(response.status, pathname).toBe(404)
    }
    // Not UTF-8 at all: refused by the Node adapter itself before any page runs (a 400, never a 5xx).
    for (const pathname of ['/resources/%E0%A4%A', '/posts/%FF', '/%C0%AF']) {
      const response = await fetch(`${site.url}${pathname}`)
      await response.arrayBuffer()
      expect(response.status, pathname).toBe(400)
    }
  })

  it('never shows drafts', async () => {
    expect((await html(`/resources/${draft.slug}`)).status).toBe(404)
    const list = await html(`/resources?category=${taxonomy.category.slug}`)
    expect(list.text).toContain(`Water point ${id}`)
    expect(list.text).not.toContain(`Unpublished shelter ${id}`)
  })

  it('shows a draft only through a valid preview link, marked as a preview and never cached', async () => {
    const token = signPreview(payload.secret, 'resources', draft.id, Date.now() + 60_000)
    const preview = await html(`/preview/resources/${draft.id}?locale=ur&token=${token}`)
    expect(preview.status).toBe(200)
    expect(preview.text).toContain(`Unpublished shelter ${id}`)
    expect(preview.text).toContain('مسودے کا پیش منظر: یہ ابھی شائع نہیں ہوا۔')
    expect(preview.headers.get('cache-control')).toBe('private, no-store')
    expect(preview.headers.get('x-robots-tag')).toBe('noindex')
    const { page } = await openPage(
      browser,
      `${site.url}/preview/resources/${draft.id}?locale=ur&token=${token}`,
    )
    expect(await axeViolations(page)).toEqual([])
    await page.close()
    const forged = await html(`/preview/resources/${draft.id}?locale=ps&token=${token.replace(/.$/, 'x')}`)
    expect(forged.status).toBe(403)
    expect(forged.text).toContain('د مخکتنې دا لینک کار نه کوي')
    expect(forged.text).not.toContain(`Unpublished shelter ${id}`)
    expect((await html(`/preview/resources/${draft.id}`)).status).toBe(403)
    expect((await html(`/preview/resources/not-a-number?token=${token}`)).status).toBe(404)
  })

  it("moves a preview to its language's address, so the language switcher keeps the preview", async () => {
    const token = signPreview(payload.secret, 'resources', draft.id, Date.now() + 60_000)
    const moved = await fetch(`${site.url}/preview/resources/${draft.id}?locale=ur&token=${token}`, {
      redirect: 'manual',
    })
    expect(moved.status).toBe(302)
    expect(moved.headers.get('location')).toBe(`/ur/preview/resources/${draft.id}?token=${token}`)
    expect(moved.headers.get('cache-control')).toBe('private, no-store')
    const urdu = await html(`/ur/preview/resources/${draft.id}?token=${token}`)
    expect(urdu.headers.get('referrer-policy')).toBe('no-referrer')
    // The switcher's links lead to the same preview in English and Pashto.
    expect(urdu.text).toContain(`href="/preview/resources/${draft.id}?token=${token}"`)
    expect(urdu.text).toContain(`href="/ps/preview/resources/${draft.id}?token=${token}"`)
    const english = await html(`/preview/resources/${draft.id}?token=${token}`)
    expect(english.status).toBe(200)
    expect(english.text).toContain('Preview of a draft: this is not published.')
  })

  it('previews a draft post too', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: `Draft notice ${id}`, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    expect((await html(`/posts/${post.slug}`)).status).toBe(404)
    const token = signPreview(payload.secret, 'posts', post.id, Date.now() + 60_000)
    const preview = await html(`/ps/preview/posts/${post.id}?token=${token}`)
    expect(preview.status).toBe(200)
    expect(preview.text).toContain(`Draft notice ${id}`)
    expect(preview.text).toContain('د مسودې مخکتنه: دا لا نه دی خپور شوی.')
    expect((await html(`/preview/posts/${post.id}?token=${token}`)).text).toContain(`Draft notice ${id}`)
    // A resource's token does not open a post.
    const other = signPreview(payload.secret, 'resources', post.id, Date.now() + 60_000)
    expect((await html(`/ps/preview/posts/${post.id}?token=${other}`)).status).toBe(403)
  })

  it('filters in the URL, with an empty state that offers a way out', async () => {
    const closed = await html(`/resources?category=${taxonomy.category.slug}&status=closed`)
    expect(closed.text).toContain(`Water point ${id}`)
    expect(closed.text).not.toContain(`Mother and child clinic ${id}`)
    const none = await html(`/ps/resources?category=${taxonomy.category.slug}&status=unverified`)
    expect(none.text).toContain('د دې فلټرونو سره سمه هېڅ سرچینه ونه موندل شوه.')
    expect(none.text).toMatch(/<a href="\/ps\/resources"[^>]*>فلټرونه لرې کړئ<\/a>/)
  })

  it('filters without JavaScript, and the language switcher keeps the page and its filters', async () => {
    const { page } = await openPage(browser, `${site.url}/resources`, { javaScriptEnabled: false })
    await page.selectOption('select[name="category"]', taxonomy.category.slug ?? '')
    await page.selectOption('select[name="status"]', 'closed')
    await page.click('form.filters button[type="submit"]')
    await page.waitForURL(/status=closed/)
    expect(await page.locator('ol.results li').count()).toBe(1)
    // The form sent its empty fields (district, tag) too; the address keeps only those with a value.
    const sent = new URL(page.url()).searchParams
    expect(sent.get('category')).toBe(taxonomy.category.slug)
    expect([...sent.values()]).not.toContain('')
    await page.click('a[hreflang="ur"]')
    expect(new URL(page.url()).pathname).toBe('/ur/resources')
    expect(new URL(page.url()).searchParams.get('status')).toBe('closed')
    await page.close()
  })

  it('sends an address with empty fields to the same address without them', async () => {
    const answer = await fetch(`${site.url}/ur/resources?category=&status=closed&q=`, { redirect: 'manual' })
    expect(answer.status).toBe(302)
    expect(answer.headers.get('location')).toBe('/ur/resources?status=closed')
    const bare = await fetch(`${site.url}/search?q=`, { redirect: 'manual' })
    expect(bare.headers.get('location')).toBe('/search')
  })
})

describe('the search page', () => {
  it('finds, narrows by facets with counts, suggests as you type and shares its state in the URL', async () => {
    // Without JavaScript: a misspelled query still finds the resource, with a highlighted snippet.
    const found = await html(`/search?q=${encodeURIComponent(`watr point ${id} clinic`)}`)
    expect(found.status).toBe(200)
    expect(found.text).toContain(`Water point ${id}`)
    expect(found.text).toMatch(/<mark>[^<]*<\/mark>/)
    // Facets name the reader's terms with counts, and a facet link narrows the results.
    const urdu = await html(`/ur/search?q=${id}`)
    expect(urdu.text).toMatch(new RegExp(`صحت ${id} \\(2\\)`))
    const narrowed = await html(`/search?q=${id}&status=closed`)
    expect(narrowed.text).toContain(`Water point ${id}`)
    expect(narrowed.text).not.toContain(`Mother and child`)
    // Nothing found: a way out, and a suggestion when a close spelling exists.
    const none = await html(`/ps/search?q=qqqzzzxxxjjj`)
    expect(none.text).toContain('د دې لټون سره هېڅ سمون نه خوري.')

    // With JavaScript: suggestions as you type, chosen with the keyboard.
    const { page } = await openPage(browser, `${site.url}/search`)
    await page.fill('#search-q', `Water point ${id.slice(0, 4)}`)
    await page.waitForSelector('[role="option"]')
    expect(await page.getAttribute('#search-q', 'aria-expanded')).toBe('true')
    await page.keyboard.press('ArrowDown')
    expect(await page.getAttribute('#search-q', 'aria-activedescendant')).toBe('suggestion-0')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/resources\//)
    expect(await page.textContent('h1')).toContain('Water point')
    await page.close()
    expect((await fetch(`${site.url}/api/suggest?q=ab&locale=fr`)).status).toBe(400)
  })
})

describe('the map', () => {
  it('draws the filtered resources, follows the view in the URL, mirrors in Urdu and has a list', async () => {
    const { page } = await openPage(browser, `${site.url}/ur/map?category=${taxonomy.category.slug}`, {
      viewport: { width: 900, height: 900 },
    })
    await page.waitForSelector('#map[data-ready="true"]')
    // Both test resources sit on one spot: one cluster of two, or two points, depending on zoom.
    const drawn = await page.locator('.map-cluster, .map-point').count()
    expect(drawn).toBeGreaterThan(0)
    expect(new URL(page.url()).searchParams.get('bbox')).toMatch(/^[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+$/)
    expect(new URL(page.url()).searchParams.get('category')).toBe(taxonomy.category.slug)
    // Controls sit on the right in a right-to-left page.
    expect(await page.locator('.leaflet-top.leaflet-right .leaflet-control-zoom').count()).toBe(1)
    // Markers are reachable by keyboard.
    expect(await page.locator('.map-cluster[tabindex="0"], .map-point[tabindex="0"]').count()).toBe(drawn)
    // District boundaries arrive when their layer is switched on.
    await page.getByLabel('ضلعی حدود').check()
    await page.waitForSelector('path.leaflet-interactive')
    await page.getByLabel('حرارتی نقشہ').check()
    await page.waitForSelector('canvas.leaflet-heatmap-layer')
    await page.close()

    // The list alternative, without JavaScript: a cluster links to a closer view, which lists
    // the resources by name.
    const area = await html(`/map?category=${taxonomy.category.slug}&bbox=71.4,33.9,71.6,34.1&z=12`)
    expect(area.text).toContain('2 resources in this area')
    const closer = area.text.match(/<a href="(\/map\?[^"]+)"[^>]*>\s*zoom in/)?.[1]
    expect(closer).toBeDefined()
    const list = await html(closer!.replaceAll('&amp;', '&'))
    expect(list.text).toContain(`Water point ${id}`)
    expect(list.text).toContain(`Mother and child`)
  })

  it('takes the search page’s filters, so the map shows what the search shows', async () => {
    const year = new Date().getFullYear()
    // Dates filter news only (the map shows resources): the map link leaves them out.
    const search = await html(`/search?q=${id}&category=${taxonomy.category.slug}&from=${year}-01-01`)
    const link = search.text.match(/<a href="(\/map\?[^"]+)"/)?.[1]?.replaceAll('&amp;', '&')
    expect(link).toContain(`category=${taxonomy.category.slug}`)
    expect(link).not.toContain('from=')
    const map = await html(link!)
    expect(map.text).toContain('2 resources in this area')
    const future = await html(`/map?q=${id}&category=${taxonomy.category.slug}&from=${year + 5}-01-01`)
    expect(future.text).toContain('0 resources in this area')
  })

  it('answers the map script with clusters and refuses an unknown locale', async () => {
    const ok = await fetch(
      `${site.url}/api/map/clusters?locale=ps&bbox=71,33,72,35&z=8&category=${taxonomy.category.slug}`,
    )
    expect(ok.status).toBe(200)
    expect((await ok.json()).total).toBe(2)
    const bad = await fetch(`${site.url}/api/map/clusters?locale=fr`)
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toContain('locale')
  })
})

describe('the chat widget', () => {
  it('signs in, lists rooms, and talks live between two readers with replies, pins and reports', async () => {
    const owner = await createUser(payload, ['member'], `owner-${id}`)
    const guest = await createUser(payload, ['member'], `guest-${id}`)
    const room = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Clinic questions ${id}`, visibility: 'public' },
      user: owner,
      overrideAccess: false,
    })
    const signIn = async (user: { email: string }, path: string) => {
      const { page } = await openPage(browser, `${site.url}${path}`)
      const context = page.context()
      await page.fill('form.signin input[name="email"]', user.email)
      await page.fill('form.signin input[name="password"]', PASSWORD)
      await page.click('form.signin button[type="submit"]')
      return { context, page }
    }

    // The room list, then the room, as its owner.
    const a = await signIn(owner, '/community')
    await a.page.click(`text=Clinic questions ${id}`)
    await a.page.waitForSelector('section.room:not([hidden])')
    await a.page.waitForFunction(() => document.querySelector('.chat .status')?.textContent === 'Connected')
    // Opened on 127.0.0.1 with no REALTIME_PUBLIC_URL: the socket went to the same host, cookie and all.
    expect(new URL(a.page.url()).hostname).toBe('127.0.0.1')
    // The token never reaches scripts: it is an httpOnly cookie.
    expect(await a.page.evaluate(() => document.cookie)).not.toContain('payload-token')
    await a.page.fill('#chat-text', `Is the clinic open on Friday? ${id}`)
    await a.page.press('#chat-text', 'Enter')
    await a.page.waitForSelector(`.message:has-text("Is the clinic open on Friday? ${id}")`)

    // A second reader, in Urdu, sees it with its author's name and replies.
    const b = await signIn(guest, `/ur/community/${room.slug}`)
    const first = b.page.locator('.message', { hasText: `Is the clinic open on Friday? ${id}` })
    await first.waitFor()
    expect(await first.locator('.meta strong').textContent()).toBe(`owner-${id}`)
    expect(await axeViolations(b.page)).toEqual([])
    await first.locator('button[data-action="reply"]').click()
    await b.page.fill('#chat-text', `جی ہاں، صبح نو بجے سے ${id}`)
    await b.page.click('form.compose button[type="submit"]')
    const reply = a.page.locator('.message', { hasText: `جی ہاں، صبح نو بجے سے ${id}` })
    await reply.waitFor()
    expect(await reply.locator('.quote').textContent()).toContain('Is the clinic open on Friday?')

    // The owner pins the reply; the guest sees the badge.
    await reply.locator('button[data-action="pin"]').click()
    await b.page
      .locator('.message', { hasText: `جی ہاں، صبح نو بجے سے ${id}` })
      .locator('.badge')
      .waitFor()
    // The guest reports the owner's message; the owner is told.
    await first.locator('button[data-action="report"]').click()
    await b.page.selectOption('dialog.report select[name="type"]', 'other')
    await b.page.click('dialog.report button[value="send"]')
    await a.page.waitForFunction(() =>
      document.querySelector('.chat .status')?.textContent?.includes('report'),
    )
    const reports = await payload.find({
      collection: 'reports',
      where: { room: { equals: room.id } },
      overrideAccess: true,
    })
    expect(reports.docs).toHaveLength(1)
    await a.context.close()
    await b.context.close()
    // Two browsers and a dozen round trips: 7–17 s here, past 30 s when the two cores are busy.
  }, 90_000)
})

describe('the chat widget without its realtime server', () => {
  it('explains in words, offers a retry and keeps the unsent message in the box', async () => {
    const reader = await createUser(payload, ['member'], `offline-${id}`)
    const room = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Offline room ${id}`, visibility: 'public' },
      user: reader,
      overrideAccess: false,
    })
    // The same build, pointed at a realtime port where nothing listens (the sidecar stopped).
    const offline = await site.serve({
      CMS_URL: cms.url,
      REALTIME_PORT: String(await freePort()),
    })
    const context = await browser.newContext()
    try {
      const { page } = await openPage(context, `${offline.url}/ur/community/${room.slug}`)
      await page.fill('form.signin input[name="email"]', reader.email)
      await page.fill('form.signin input[name="password"]', PASSWORD)
      await page.click('form.signin button[type="submit"]')
      await page.waitForSelector('section.room:not([hidden])')
      const notice = page.locator('.chat .connection')
      await notice.waitFor({ state: 'visible' })
      expect(await notice.getAttribute('role')).toBe('alert')
      expect(await notice.locator('.why').textContent()).toContain('چیٹ سرور سے رابطہ نہیں ہو پا رہا')
      expect(await notice.textContent()).not.toContain('websocket error')
      const retry = notice.locator('button.retry')
      expect(await retry.textContent()).toBe('دوبارہ کوشش کریں')

      await page.fill('#chat-text', `Anyone there? ${id}`)
      await page.press('#chat-text', 'Enter')
      await notice.locator('.unsent:not([hidden])').waitFor()
      expect(await page.inputValue('#chat-text')).toBe(`Anyone there? ${id}`)

      // Trying again, with the server still away, explains again and keeps the text.
      await retry.click()
      await page.waitForFunction(() =>
        document.querySelector('.chat .connection .why')?.textContent?.includes('چیٹ سرور سے رابطہ نہیں'),
      )
      expect(await page.inputValue('#chat-text')).toBe(`Anyone there? ${id}`)
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await context.close()
      await offline.stop()
    }
  })
})

describe('the chat widget when its realtime server stops', () => {
  it('says the connection was lost, and a message typed meanwhile stays in the box', async () => {
    const reader = await createUser(payload, ['member'], `lost-${id}`)
    const room = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Lost room ${id}`, visibility: 'public' },
      user: reader,
      overrideAccess: false,
    })
    const own = await startRealtime(payload, { allowedOrigins: [] })
    const served = await site.serve({ CMS_URL: cms.url, REALTIME_PORT: new URL(own.url).port })
    own.allow(served.url)
    const context = await browser.newContext()
    let closed = false
    try {
      const { page } = await openPage(context, `${served.url}/ps/community/${room.slug}`)
      await page.fill('form.signin input[name="email"]', reader.email)
      await page.fill('form.signin input[name="password"]', PASSWORD)
      await page.click('form.signin button[type="submit"]')
      await page.waitForFunction(() => document.querySelector('.chat .status')?.textContent === 'نښلول شوی')
      expect(await page.isVisible('.chat .connection')).toBe(false)

      // The sidecar stops.
      await own.close()
      closed = true
      const notice = page.locator('.chat .connection')
      await notice.waitFor({ state: 'visible' })
      expect(await notice.locator('.why').textContent()).toMatch(/اړیکه پرې شوه|اړیکه نه کېږي/)
      await page.fill('#chat-text', `Still there? ${id}`)
      await page.click('form.compose button[type="submit"]')
      await notice.locator('.unsent:not([hidden])').waitFor()
      expect(await page.inputValue('#chat-text')).toBe(`Still there? ${id}`)
      expect(await notice.locator('button.retry').isVisible()).toBe(true)
    } finally {
      await context.close()
      await served.stop()
      if (!closed) await own.close()
    }
  }, 90_000)
})

describe('the call lobby', () => {
  const JITSI = { JITSI_APP_ID: 'vpaas-magic-cookie-test', JITSI_KEY_ID: 'vpaas-magic-cookie-test/key' }

  it('checks camera and microphone, explains missing configuration, and joins the meeting with a token', async () => {
    // A fake camera and microphone (a test pattern and a beep), allowed without asking.
    const media = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ])
    try {
      const host = await createUser(payload, ['member'], `host-${id}`)
      const room = await payload.create({
        collection: 'chat-rooms',
        data: { name: `Call room ${id}`, visibility: 'members-only' },
        user: host,
        overrideAccess: false,
      })
      const { page } = await openPage(media, `${site.url}/community`)
      await page.fill('form.signin input[name="email"]', host.email)
      await page.fill('form.signin input[name="password"]', PASSWORD)
      await page.click('form.signin button[type="submit"]')
      await page.waitForSelector('section.rooms:not([hidden])')

      await page.goto(`${site.url}/ur/community/${room.slug}/call`)
      await page.waitForSelector('.check:not([hidden])')
      // The preview plays and the level meter moves with the (fake) microphone.
      await page.waitForFunction(
        () => (document.querySelector('video.preview') as HTMLVideoElement).videoWidth > 0,
      )
      await page.waitForFunction(() => (document.querySelector('meter.level') as HTMLMeterElement).value > 0)
      expect(await page.locator('select[name="camera"] option').count()).toBeGreaterThan(0)
      expect(await page.locator('select[name="microphone"] option').count()).toBeGreaterThan(0)
      expect(await page.inputValue('input[name="displayName"]')).toBe(host.name)
      expect(await page.isVisible('section.host')).toBe(true)
      expect(await axeViolations(page)).toEqual([])

      // Without JITSI_* the lobby says what is missing.
      await page.click('form.join button[type="submit"]')
      await page.waitForFunction(() =>
        document.querySelector('#lobby .status')?.textContent?.includes('JITSI_APP_ID'),
      )

      // Configured: the JaaS script gets the token for this room's meeting (the script is
      // served by the test, as no network reaches 8x8.vc here).
      const { privateKey } = generateKeyPairSync('rsa', {
        modulusLength: 2048,
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        publicKeyEncoding: { type: 'spki', format: 'pem' },
      })
      Object.assign(process.env, JITSI, { JITSI_PRIVATE_KEY: privateKey })
      resetConfig()
      await page.route(`https://8x8.vc/${JITSI.JITSI_APP_ID}/external_api.js`, (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: 'window.JitsiMeetExternalAPI = function (domain, options) { window.__meeting = { domain, roomName: options.roomName, jwt: options.jwt, name: options.userInfo.displayName }; this.dispose = function () {}; this.addListener = function () {} }',
        }),
      )
      await page.click('form.join button[type="submit"]')
      await page.waitForSelector('#lobby[data-joined]')
      const meeting = await page.evaluate(
        () => (window as unknown as { __meeting: Record<string, string> }).__meeting,
      )
      expect(meeting).toMatchObject({ domain: '8x8.vc', name: host.name })
      expect(meeting.roomName).toMatch(new RegExp(`^${JITSI.JITSI_APP_ID}/hujra-${room.id}-[0-9a-f]{16}$`))
      expect(meeting.jwt.split('.')).toHaveLength(3)
    } finally {
      for (const name of [...Object.keys(JITSI), 'JITSI_PRIVATE_KEY']) delete process.env[name]
      resetConfig()
      await media.close()
    }
  })

  it('tells the reader when the camera is refused', async () => {
    const invite = 'not-a-real-invite'
    const { page } = await openPage(browser, `${site.url}/ps/community/any-room/call?invite=${invite}`, {
      onPage: (opened) =>
        opened.addInitScript(() => {
          navigator.mediaDevices.getUserMedia = () =>
            Promise.reject(new DOMException('denied', 'NotAllowedError'))
        }),
    })
    await page.waitForFunction(() => document.querySelector('#lobby .status')?.textContent?.includes('اجازه'))
    expect(await page.textContent('.intro')).toContain('رابلل شوي')
    await page.close()
  })
})

describe('configuration', () => {
  it('stops the site at start with one line naming a bad variable', async () => {
    const { code, output } = await site.run({ CMS_URL: cms.url, SITE_CACHE_TTL_SECONDS: 'soon' })
    expect(code).toBe(1)
    expect(output.trim()).toBe(
      'Configuration error: SITE_CACHE_TTL_SECONDS must be a whole number from 0 to 86400 (got "soon")',
    )
  })

  it('embeds no realtime address when none is configured, so the page uses its own host', async () => {
    const page = await html('/community')
    expect(page.text).toMatch(/data-realtime(?:="")?[\s>]/)
    expect(page.text).toContain(`data-realtime-port="${new URL(realtime.url).port}"`)
    expect(page.text).not.toContain('localhost')
  })
})

describe('caching', () => {
  it('serves repeat requests from memory, compressed, with a validator', async () => {
    const pathname = `/districts/${taxonomy.district.slug}`
    const first = await fetch(`${site.url}${pathname}`, { headers: { 'accept-encoding': 'br' } })
    await first.arrayBuffer()
    const second = await fetch(`${site.url}${pathname}`, { headers: { 'accept-encoding': 'br' } })
    await second.arrayBuffer()
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.headers.get('content-encoding')).toBe('br')
    const etag = second.headers.get('etag')
    expect(etag).toMatch(/^W\/"/)
    const revalidated = await fetch(`${site.url}${pathname}`, { headers: { 'if-none-match': etag ?? '' } })
    expect(revalidated.status).toBe(304)
  })

  it('honours Accept-Encoding q-values', async () => {
    const pathname = `/districts/${taxonomy.district.slug}`
    for (const [accept, expected] of [
      ['br;q=0', null],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0, br', 'br'],
      ['gzip, br;q=0.5', 'gzip'],
      ['*;q=0', null],
      ['*', 'br'],
    ] as const) {
      const response = await fetch(`${site.url}${pathname}`, { headers: { 'accept-encoding': accept } })
      await response.arrayBuffer()
      expect(response.headers.get('content-encoding'), accept).toBe(expected)
    }
  })

  it('makes no cache entry for parameters a page does not read', async () => {
    const pathname = `/districts/${taxonomy.district.slug}`
    await (await fetch(`${site.url}${pathname}?utm_source=mail`)).arrayBuffer()
    const states = new Map<string, number>()
    const ids = Array.from({ length: 1000 }, (_, i) => i + 1)
    // Twenty at a time: a thousand addresses that differ only in a parameter the page ignores.
    for (let i = 0; i < ids.length; i += 20) {
      await Promise.all(
        ids.slice(i, i + 20).map(async (n) => {
          const response = await fetch(`${site.url}${pathname}?x=${n}&utm${n}=1`)
          const text = await response.text()
          expect(response.status).toBe(200)
          expect(text).toContain(taxonomy.district.name)
          // Nor do they reach the cached page's links (language switcher, pagination).
          expect(text).not.toMatch(/[?&](?:x|utm\d*)=/)
          const state = response.headers.get('x-cache') ?? ''
          states.set(state, (states.get(state) ?? 0) + 1)
        }),
      )
    }
    // All served by the one entry the first request made.
    expect(Object.fromEntries(states)).toEqual({ hit: 1000 })
  })

  it('shows a change as soon as the CMS announces it', async () => {
    const pathname = `/resources/${translated.slug}`
    expect((await html(pathname)).text).toContain(`Mother and child clinic ${id}`)
    expect((await html(pathname)).headers.get('x-cache')).toBe('hit')
    await payload.update({
      collection: 'resources',
      id: translated.id,
      data: { title: `Mother and child hospital ${id}` },
      overrideAccess: true,
    })
    const deadline = Date.now() + 5000
    let text = ''
    while (Date.now() < deadline) {
      text = (await html(pathname)).text
      if (text.includes(`Mother and child hospital ${id}`)) break
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(text).toContain(`Mother and child hospital ${id}`)
  })

  it('refuses a purge without the shared secret', async () => {
    const refused = await fetch(`${site.url}/api/cache/purge`, {
      method: 'POST',
      headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' },
      body: '{}',
    })
    expect(refused.status).toBe(401)
  })

  it('fingerprints static assets and lets browsers keep them for a year', async () => {
    const page = await html(`/ur/resources/${translated.slug}`)
    const asset = page.text.match(/\/_astro\/[^"')\s]+\.(?:css|js)/)?.[0]
    expect(asset).toBeDefined()
    const response = await fetch(`${site.url}${asset}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('immutable')
  })
})
