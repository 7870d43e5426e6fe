import { readFile } from 'node:fs/promises'
import { type Server, createServer } from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hoursMessages } from '../../site/src/i18n/hours'
import { mapMessages } from '../../site/src/i18n/map'
import { messages } from '../../site/src/i18n/messages'
import { localDigits } from '../../site/src/lib/numerals'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'
import { freePort } from '../helpers/startProcess'

/**
 * The map page, built and served as in production, reading a CMS that runs
 * Payload's real REST handlers (and so the real /api/geo/clusters) through a
 * front that can slow the CMS down or take it away: the list names places
 * and kinds, popups say how to reach a service, the legend explains the
 * markers, a GeometryCollection is drawn, a skeleton holds the list's place,
 * a failure offers Retry, and axe passes in all three languages.
 */
let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let axeSource: string
let front: Server
/** Milliseconds the front holds the CMS's cluster answers back. */
let clusterDelay = 0
let cmsDown = false

const LOCALES = ['en', 'ur', 'ps'] as const
/** An empty stretch of the southern Indian Ocean, where no other test puts resources. */
const AREA = { lng: 80, lat: -45 }
const VIEW = `bbox=${AREA.lng - 1.5},${AREA.lat - 1},${AREA.lng + 1.5},${AREA.lat + 1}&z=8`
const id = unique()
let mardan: Awaited<ReturnType<typeof createTaxonomy>>
let swabi: Awaited<ReturnType<typeof createTaxonomy>>
const names = {
  health: { en: `Health ${id}`, ur: `صحت ${id}`, ps: `روغتیا ${id}` },
  education: { en: `Education ${id}`, ur: `تعلیم ${id}`, ps: `زده کړه ${id}` },
  mardan: { en: `Mardan ${id}`, ur: `مردان ${id}`, ps: `مردان ${id}` },
  swabi: { en: `Swabi ${id}`, ur: `صوابی ${id}`, ps: `صوابۍ ${id}` },
}
const clinic = `Open clinic ${id}`
const pipeline = `Well and pipeline ${id}`

const localized = (pathname: string, locale: string) => (locale === 'en' ? pathname : `/${locale}${pathname}`)

beforeAll(async () => {
  payload = await getTestPayload()
  ;[mardan, swabi] = await Promise.all([createTaxonomy(payload), createTaxonomy(payload)])
  for (const locale of LOCALES) {
    for (const [collection, doc, name] of [
      ['categories', mardan.category, names.health[locale]],
      ['categories', swabi.category, names.education[locale]],
      ['districts', mardan.district, names.mardan[locale]],
      ['districts', swabi.district, names.swabi[locale]],
    ] as const) {
      await payload.update({ collection, id: doc.id, locale, data: { name }, overrideAccess: true })
    }
  }
  const publish = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'resources',
      data: { ...data, _status: 'published' } as never,
      overrideAccess: true,
    })
  const at = (dLng: number, dLat: number) => ({
    type: 'Point',
    coordinates: [AREA.lng + dLng, AREA.lat + dLat],
  })
  // Nine resources close together: 5 health and 3 education in Mardan, 1 education in Swabi.
  const group = [
    ...Array.from({ length: 5 }, () => [mardan, mardan.category.id] as const),
    ...Array.from({ length: 3 }, () => [mardan, swabi.category.id] as const),
    [swabi, swabi.category.id] as const,
  ]
  for (const [i, [place, category]] of group.entries()) {
    await publish(resourceData(place, { title: `Grouped ${i} ${id}`, category, location: at(i * 0.002, 0) }))
  }
  // One on its own, with a phone and hours that read the same at any hour: open around the clock.
  await publish(
    resourceData(mardan, {
      title: clinic,
      location: at(1, 0.5),
      phones: [{ number: '+92 000 1234567', kind: 'mobile', label: 'Desk' }],
      openingHours: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({
        day,
        mode: '24h',
      })),
    }),
  )
  // A KML MultiGeometry as imported: a well and its pipeline.
  await publish(
    resourceData(mardan, {
      title: pipeline,
      location: {
        type: 'GeometryCollection',
        geometries: [
          at(-1, -0.5),
          {
            type: 'LineString',
            coordinates: [
              [AREA.lng - 1, AREA.lat - 0.5],
              [AREA.lng - 0.9, AREA.lat - 0.45],
            ],
          },
        ],
      },
    }),
  )

  cms = await startCmsServer()
  front = createServer(async (req, res) => {
    if (cmsDown) return void res.writeHead(502).end()
    if (clusterDelay > 0 && req.url?.startsWith('/api/geo/clusters')) {
      await new Promise((resolve) => setTimeout(resolve, clusterDelay))
    }
    const upstream = await fetch(`${cms.url}${req.url}`)
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' })
    res.end(Buffer.from(await upstream.arrayBuffer()))
  })
  const frontPort = await freePort()
  await new Promise<void>((resolve) => front.listen(frontPort, '127.0.0.1', resolve))
  site = await startSite({ CMS_URL: `http://127.0.0.1:${frontPort}` })
  // The first page read compiles the CMS's REST handlers and builds the cluster index: on a busy
  // machine that can outlast the site's 5 s CMS timeout, so warm it before timing anything.
  for (let attempt = 0; attempt < 10; attempt += 1) {
    if ((await fetch(`${site.url}/map?${VIEW}`)).status === 200) break
  }
  browser = await launchChromium()
  axeSource = await readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8')
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  front?.closeAllConnections()
  await new Promise((resolve) => (front ? front.close(resolve) : resolve(null)))
  await cms?.close()
})

const audit = async (page: Page) => {
  await page.addScriptTag({ content: axeSource })
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }).axe
    return axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })
  })
  return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** The cluster's line as the reader's language writes it. */
const groupLine = (locale: (typeof LOCALES)[number]) => {
  const m = mapMessages[locale]
  return m.clusterLine(
    m.resources(9),
    m.inPlaces([names.mardan[locale], names.swabi[locale]], 0),
    m.kinds(
      [
        [names.health[locale], 5],
        [names.education[locale], 4],
      ],
      0,
    ),
  )
}

describe('the list under the map', () => {
  it.each(LOCALES)('names places and counts by kind, in %s, without JavaScript', async (locale) => {
    const response = await fetch(`${site.url}${localized('/map', locale)}?${VIEW}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(groupLine(locale))
    expect(html).not.toContain('close together')
    // The single resources: title, category, status in words, the open-now line and the phone.
    const t = messages[locale]
    expect(html).toContain(clinic)
    expect(html).toContain(`${names.health[locale]} · ${t.status.active}`)
    expect(html).toContain(hoursMessages[locale].open24)
    expect(html).toMatch(/<a class="phone" href="tel:\+920001234567" dir="ltr"/)
    // A cluster's entry links to the map zoomed into it.
    const zoom = html.match(/<li class="cluster">[\s\S]*?<a href="([^"]+)">\s*([^<]+)<\/a>/)
    expect(zoom?.[2]?.trim()).toBe(mapMessages[locale].zoomInto)
    expect(new URL(zoom![1]!.replaceAll('&amp;', '&'), site.url).searchParams.get('z')).not.toBe('8')
  })
})

describe('the interactive map', () => {
  it('shows popups with category, status, a phone to tap and the open-now line', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    await page.goto(`${site.url}/ps/map?${VIEW}`)
    await page.waitForSelector('#map[data-ready="true"]')
    expect((await page.locator('#map-entries').textContent())?.replace(/\s+/g, ' ')).toContain(
      groupLine('ps'),
    )
    await page.locator('.map-point.marker-active', { hasText: clinic }).click()
    const popup = page.locator('.leaflet-popup-content .map-popup')
    await popup.waitFor()
    expect(await popup.locator('a.popup-title').textContent()).toBe(clinic)
    expect(await popup.locator('.popup-meta').textContent()).toBe(
      `${names.health.ps} · ${messages.ps.status.active}`,
    )
    expect(await popup.locator('.popup-open').textContent()).toBe(hoursMessages.ps.open24)
    const phone = popup.locator('a.phone')
    expect(await phone.getAttribute('href')).toBe('tel:+920001234567')
    expect(await phone.getAttribute('dir')).toBe('ltr')
    // The shown number follows Pashto's numeral style (lib/numerals.ts); the dialler gets Latin digits.
    expect(await phone.textContent()).toBe(localDigits('ps', '+92 000 1234567'))
    expect(await popup.locator('a.popup-whatsapp').getAttribute('href')).toBe('https://wa.me/920001234567')
    await page.close()
  })

  it('draws a GeometryCollection resource as its parts', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    await page.goto(`${site.url}/map?${VIEW}`)
    await page.waitForSelector('#map[data-ready="true"]')
    // The line and the circle of its point, beside the resource's own marker.
    expect(await page.locator('#map path.map-shape-path').count()).toBe(2)
    expect(await page.locator('.map-marker', { hasText: pipeline }).count()).toBe(1)
    await page.close()
  })

  it.each(LOCALES)('explains the markers in a legend in %s', async (locale) => {
    const html = await (await fetch(`${site.url}${localized('/map', locale)}?${VIEW}`)).text()
    const legend = html.match(/<section class="legend"[\s\S]*?<\/section>/)?.[0] ?? ''
    expect(legend).toContain(`>${mapMessages[locale].legendTitle}</h2>`)
    for (const text of Object.values(mapMessages[locale].legend)) expect(legend).toContain(text)
    // The sample markers are for the eye only: the words are what is read.
    expect(legend.match(/class="map-sample marker-[^"]*"[^>]*aria-hidden="true"/g)).toHaveLength(6)
  })

  it('holds the list with a skeleton while it loads, and offers Retry when it fails', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    await page.goto(`${site.url}/map?${VIEW}`)
    await page.waitForSelector('#map[data-ready="true"]')
    clusterDelay = 1500
    try {
      await page.click('.leaflet-control-zoom-in')
      await page.waitForSelector('#map-entries .skeleton')
      expect(await page.getAttribute('#map-list', 'aria-busy')).toBe('true')
      expect(await page.locator('#map-entries .skeleton').count()).toBe(4)
      await page.waitForSelector('#map-entries .skeleton', { state: 'detached' })
      expect(await page.getAttribute('#map-list', 'aria-busy')).toBe('false')
      expect(await page.locator('#map-entries .entries > li').count()).toBeGreaterThan(0)
    } finally {
      clusterDelay = 0
    }
    cmsDown = true
    const alert = page.locator('#toasts [role="alert"]')
    try {
      await page.click('.leaflet-control-zoom-in')
      await alert.waitFor()
      expect(await alert.textContent()).toContain(mapMessages.en.loadFailed)
      // The last list stays rather than a skeleton that never ends.
      expect(await page.locator('#map-entries .skeleton').count()).toBe(0)
    } finally {
      cmsDown = false
    }
    await alert.getByRole('button', { name: mapMessages.en.retry }).click()
    await page.waitForFunction(
      () => document.querySelector('#map-list')?.getAttribute('aria-busy') === 'false',
    )
    await page.waitForSelector('#map-entries .entries > li')
    expect(await alert.count()).toBe(0)
    await page.close()
  })

  it.each(LOCALES)('passes axe in %s, drawn and with a popup open', async (locale) => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    await page.goto(`${site.url}${localized('/map', locale)}?${VIEW}`)
    await page.waitForSelector('#map[data-ready="true"]')
    await page.locator('.map-point.marker-active', { hasText: clinic }).click()
    await page.locator('.leaflet-popup-content .map-popup').waitFor()
    expect(await audit(page)).toEqual([])
    await page.close()
  })
})
