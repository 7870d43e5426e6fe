import { type Server, createServer } from 'node:http'

import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hoursMessages } from '../../site/src/i18n/hours'
import { mapMessages } from '../../site/src/i18n/map'
import { messages } from '../../site/src/i18n/messages'
import { localDigits } from '../../site/src/lib/numerals'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { axeViolations, openPage } from '../helpers/page'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'
import { freePort } from '../helpers/startProcess'

/**
 * The map page, built and served as in production, reading a CMS that runs
 * Payload's real REST handlers (and so the real /api/geo/clusters) through a
 * front that can slow the CMS down or take it away: the list names places
 * and kinds (a group next to a town by the town), popups say how to reach a
 * service, the legend explains the
 * markers, a GeometryCollection is drawn, a skeleton holds the list's place,
 * a failure offers Retry, and axe passes in all three languages.
 */
let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let front: Server
/** Milliseconds the front holds the CMS's cluster answers back. */
let clusterDelay = 0
let cmsDown = false

const LOCALES = ['en', 'ur', 'ps'] as const
const VIEWPORT = { width: 1000, height: 900 }
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
/** Further east in the same ocean: a district's town with resources beside it and further off. */
const TOWN = { lng: 95, lat: -50 }
const TOWN_VIEW = `bbox=${TOWN.lng - 0.2},${TOWN.lat - 0.1},${TOWN.lng + 0.5},${TOWN.lat + 0.1}`
let bannu: Awaited<ReturnType<typeof createTaxonomy>>
const townNames = {
  district: { en: `Bannu ${id}`, ur: `بنوں ${id}`, ps: `بنو ${id}` },
  town: { en: `Domel ${id}`, ur: `ڈومیل ${id}`, ps: `ډومېل ${id}` },
}
const clinic = `Open clinic ${id}`
const pipeline = `Well and pipeline ${id}`

const localized = (pathname: string, locale: string) => (locale === 'en' ? pathname : `/${locale}${pathname}`)

beforeAll(async () => {
  payload = await getTestPayload()
  ;[mardan, swabi, bannu] = await Promise.all([
    createTaxonomy(payload),
    createTaxonomy(payload),
    createTaxonomy(payload),
  ])
  // The district's town, named in each language on the row English created.
  let townRow: string | undefined
  for (const locale of LOCALES) {
    const updated = await payload.update({
      collection: 'districts',
      id: bannu.district.id,
      locale,
      data: {
        name: townNames.district[locale],
        towns: [
          {
            ...(townRow && { id: townRow }),
            name: townNames.town[locale],
            centre: { type: 'Point', coordinates: [TOWN.lng, TOWN.lat] },
          },
        ],
      },
      overrideAccess: true,
    })
    townRow = updated.towns?.[0]?.id ?? undefined
  }
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
  // Beside the town (about 1.5 km east): 2 health, 1 education. 20 km further east: 3 more.
  for (const [i, dLng] of [0.02, 0.021, 0.022, 0.3, 0.301, 0.302].entries()) {
    await publish(
      resourceData(bannu, {
        title: `By the town ${i} ${id}`,
        category: i === 2 ? swabi.category.id : mardan.category.id,
        location: { type: 'Point', coordinates: [TOWN.lng + dLng, TOWN.lat] },
      }),
    )
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
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  front?.closeAllConnections()
  await new Promise((resolve) => (front ? front.close(resolve) : resolve(null)))
  await cms?.close()
})

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

describe('a group next to a town', () => {
  const nearTown = (locale: (typeof LOCALES)[number]) => {
    const m = mapMessages[locale]
    return m.clusterLine(
      m.resources(3),
      m.nearPlace(townNames.town[locale]),
      m.kinds(
        [
          [names.health[locale], 2],
          [names.education[locale], 1],
        ],
        0,
      ),
    )
  }

  it.each(LOCALES)('is named after the town in %s; one 20 km off after its district', async (locale) => {
    const html = await (await fetch(`${site.url}${localized('/map', locale)}?${TOWN_VIEW}&z=11`)).text()
    expect(html).toContain(nearTown(locale))
    const m = mapMessages[locale]
    expect(html).toContain(
      m.clusterLine(m.kinds([[names.health[locale], 3]], 0), m.inPlaces([townNames.district[locale]], 0), ''),
    )
  })

  it('is named after its district when zoomed out, where a group reaches far beyond the town', async () => {
    const html = await (await fetch(`${site.url}/map?${TOWN_VIEW}&z=8`)).text()
    expect(html).toContain(mapMessages.en.inPlaces([townNames.district.en], 0))
    expect(html).not.toContain(mapMessages.en.nearPlace(townNames.town.en))
  })

  it('is named after the town by the map script too (Urdu)', async () => {
    const { page } = await openPage(browser, `${site.url}/ur/map?${TOWN_VIEW}&z=11`, { viewport: VIEWPORT })
    await page.waitForSelector('#map[data-ready="true"]')
    // The script's list comes from /api/map/clusters for the view Leaflet settled on.
    await page.waitForFunction(
      () => document.querySelector('#map-list')?.getAttribute('aria-busy') === 'false',
    )
    expect((await page.locator('#map-entries').textContent())?.replace(/\s+/g, ' ')).toContain(nearTown('ur'))
    await page.close()
  })
})

describe('the interactive map', () => {
  it('shows popups with category, status, a phone to tap and the open-now line', async () => {
    const { page } = await openPage(browser, `${site.url}/ps/map?${VIEW}`, { viewport: VIEWPORT })
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
    const { page } = await openPage(browser, `${site.url}/map?${VIEW}`, { viewport: VIEWPORT })
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
    const { page } = await openPage(browser, `${site.url}/map?${VIEW}`, { viewport: VIEWPORT })
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
    const { page } = await openPage(browser, `${site.url}${localized('/map', locale)}?${VIEW}`, {
      viewport: VIEWPORT,
    })
    await page.waitForSelector('#map[data-ready="true"]')
    await page.locator('.map-point.marker-active', { hasText: clinic }).click()
    await page.locator('.leaflet-popup-content .map-popup').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
