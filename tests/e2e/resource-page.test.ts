import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hoursMessages, openLine } from '../../site/src/i18n/hours'
import { messages } from '../../site/src/i18n/messages'
import { resourceMessages, timeAgo } from '../../site/src/i18n/resource'
import { localDigits } from '../../site/src/lib/numerals'
import { type Hours, localTime, openState } from '../../site/src/lib/openNow'
import { launchChromium } from '../helpers/browser'
import { PHONE, axeViolations, openPage } from '../helpers/page'
import { startCmsServer } from '../helpers/cmsServer'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'

/**
 * A resource page a reader can act on, built and served as in production
 * against Payload's real REST handlers: its links (call, WhatsApp, SMS,
 * email, website, directions), the open-now line on the server's own clock in
 * time zones a day apart, exceptions and closed services, "last checked",
 * share with its toast, print, attribute labels, and axe in three languages.
 */
let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser

const LOCALES = ['en', 'ur', 'ps'] as const
type Locale = (typeof LOCALES)[number]
const localized = (pathname: string, locale: Locale) => (locale === 'en' ? pathname : `/${locale}${pathname}`)

const SUMMARY = `Mothers and newborns are seen here ${unique()}`
const paragraph = (text: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
})
const lexical = (...texts: string[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: texts.map(paragraph) },
})

const hhmm = (minutes: number) =>
  minutes >= 1440
    ? '24:00'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** Open since an hour ago and closing within the hour, today in `timeZone`; closed every other day. */
const openNowHours = (timeZone: string): Hours => {
  const { weekday, minutes } = localTime(new Date(), timeZone)
  return {
    timeZone,
    openingHours: [
      {
        day: weekday,
        mode: 'open',
        ranges: [{ opens: hhmm(Math.max(0, minutes - 60)), closes: hhmm(Math.min(1440, minutes + 30)) }],
      },
    ],
    hoursExceptions: [],
  }
}

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
/** Closed today in `timeZone`, open from 09:00 the day after its local midnight. */
const opensTomorrowHours = (timeZone: string): Hours => {
  const { weekday } = localTime(new Date(), timeZone)
  const tomorrow = WEEK[(WEEK.indexOf(weekday) + 1) % 7]!
  return {
    timeZone,
    openingHours: [
      { day: weekday, mode: 'closed' },
      { day: tomorrow, mode: 'open', ranges: [{ opens: '09:00', closes: '17:00' }] },
    ],
    hoursExceptions: [],
  }
}

/** Open 24 hours every day, but closed today for a holiday (an exception for today's local date). */
const holidayHours = (timeZone: string): Hours => {
  const { date } = localTime(new Date(), timeZone)
  // An instant on that local day (noon UTC is 17:00 in Karachi): the day is read back in the service's zone.
  const onDay = new Date(`${date}T12:00:00Z`)
  return {
    timeZone,
    openingHours: WEEK.map((day) => ({ day, mode: '24h' as const })),
    hoursExceptions: [{ from: onDay.toISOString(), to: onDay.toISOString(), mode: 'closed' }],
  }
}

const SCHEMA = [
  { key: 'beds', label: 'Beds', type: 'number' as const, unit: 'beds' },
  { key: 'labourRoom', label: 'Labour room', type: 'boolean' as const },
  { key: 'visitDays', label: 'Visit days', type: 'list' as const },
  { key: 'retiredKey', label: 'Retired', type: 'text' as const },
]
const SCHEMA_UR = { beds: ['بستر', 'بستر'], labourRoom: ['زچگی کا کمرہ'], visitDays: ['دورے کے دن'] }
const SCHEMA_PS = { beds: ['بسترې', 'بسترې'], labourRoom: ['د زیږون خونه'], visitDays: ['د لیدنې ورځې'] }

const organizationName = `District Health Office ${unique()}`
const THREE_MONTHS_AGO = new Date(Date.now() - 92 * 86_400_000).toISOString()

interface Fixture {
  slug: string
  hours: Hours
}
let full: Fixture
let tomorrow: Fixture
let holiday: Fixture
let paused: Fixture

beforeAll(async () => {
  payload = await getTestPayload()
  const taxonomy = await createTaxonomy(payload, { attributeSchema: SCHEMA })
  const organization = await payload.create({
    collection: 'organizations',
    data: { name: organizationName },
    overrideAccess: true,
  })
  const create = async (data: Record<string, unknown>) =>
    payload.create({
      collection: 'resources',
      data: { ...resourceData(taxonomy), _status: 'published', ...data } as never,
      overrideAccess: true,
    })

  const fullHours = openNowHours('Pacific/Kiritimati')
  const doc = await create({
    title: `Maternity clinic ${unique()}`,
    summary: SUMMARY,
    // The body opens with the summary again, as the demo's did.
    body: lexical(SUMMARY, 'Bring the mother card to every visit.'),
    organization: organization.id,
    phones: [
      { number: '+92 000 0000101', kind: 'voice', label: 'Reception' },
      { number: '+92-000-0000102', kind: 'whatsapp' },
      { number: '+92 000 0000103', kind: 'mobile', label: 'Lady health visitor' },
      { number: '+92 000 0000104', kind: 'fax' },
    ],
    email: 'clinic@example.org',
    website: 'https://example.org/clinic',
    address: { street: 'Hospital Road', town: 'Mardan' },
    landmark: 'Behind the district hospital',
    location: { type: 'Point', coordinates: [72.05, 34.2] },
    ...fullHours,
    eligibility: 'Pregnant women and children under five',
    fees: { kind: 'paid', note: 'PKR 20 registration slip' },
    languages: ['ps', 'ur', 'hno'],
    accessibility: ['wheelchair', 'women-staff'],
    howToApply: 'Walk in and ask at reception',
    documentsToBring: 'CNIC\nVaccination card',
    lastVerifiedAt: THREE_MONTHS_AGO,
    attributes: { beds: 12, labourRoom: true, visitDays: ['Monday', 'Thursday'], retiredKey: 'gone' },
  })
  const phones = (doc.phones ?? []) as { id: string }[]
  await payload.update({
    collection: 'resources',
    id: doc.id,
    locale: 'ur',
    overrideAccess: true,
    data: {
      title: 'زچہ بچہ مرکز',
      summary: 'یہاں ماؤں اور نوزائیدہ بچوں کا معائنہ ہوتا ہے',
      landmark: 'ضلعی ہسپتال کے پیچھے',
      phones: phones.map((p, i) => ({ ...p, label: ['استقبالیہ', null, 'لیڈی ہیلتھ وزیٹر', null][i] })),
    },
  })
  await payload.update({
    collection: 'resources',
    id: doc.id,
    locale: 'ps',
    overrideAccess: true,
    data: {
      title: 'د مور او ماشوم مرکز',
      summary: 'دلته د میندو او نویو زیږېدلو ماشومانو معاینه کېږي',
      landmark: 'د ولسوالۍ روغتون شاته',
      phones: phones.map((p, i) => ({ ...p, label: ['استقبالیه', null, 'لیډي هیلت وزیټر', null][i] })),
    },
  })
  full = { slug: doc.slug!, hours: fullHours }
  // An attribute the category no longer declares stays stored but is never shown.
  const declared = await payload.update({
    collection: 'categories',
    id: taxonomy.category.id,
    overrideAccess: true,
    data: {
      attributeSchema: (taxonomy.category.attributeSchema ?? []).filter((r) => r.key !== 'retiredKey'),
    },
  })
  // Labels in Urdu and Pashto: the same rows (by id) in the other locales.
  const rows = (declared.attributeSchema ?? []) as { id: string; key: string }[]
  for (const [locale, words] of [
    ['ur', SCHEMA_UR],
    ['ps', SCHEMA_PS],
  ] as const) {
    await payload.update({
      collection: 'categories',
      id: taxonomy.category.id,
      locale,
      overrideAccess: true,
      data: {
        name: locale === 'ur' ? 'صحت' : 'روغتیا',
        attributeSchema: rows.map((row) => {
          const [label, unit] = (words as Record<string, string[]>)[row.key] ?? ['—']
          return { ...row, label, ...(unit ? { unit } : {}) }
        }),
      },
    })
  }

  const tomorrowHours = opensTomorrowHours('Pacific/Pago_Pago')
  tomorrow = {
    slug: (await create({ title: `Night clinic ${unique()}`, ...tomorrowHours })).slug!,
    hours: tomorrowHours,
  }
  const holidayData = holidayHours('Asia/Karachi')
  const holidayDoc = await create({
    title: `Emergency room ${unique()}`,
    ...holidayData,
    hoursExceptions: holidayData.hoursExceptions!.map((e) => ({ ...e, label: 'Eid holiday' })),
  })
  holiday = { slug: holidayDoc.slug!, hours: holidayData }
  const pausedHours = openNowHours('Asia/Karachi')
  paused = {
    slug: (await create({ title: `Paused clinic ${unique()}`, status: 'temporarily-closed', ...pausedHours }))
      .slug!,
    hours: pausedHours,
  }

  cms = await startCmsServer()
  site = await startSite({ CMS_URL: cms.url })
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await cms?.close()
})

/** The resource page on a phone of its own, or in `context` (permissions and scripts set up beforehand). */
const open = async (slug: string, locale: Locale = 'en', context?: BrowserContext) => {
  const url = `${site.url}${localized(`/resources/${slug}`, locale)}`
  const { page, response } = await openPage(context ?? browser, url, { viewport: PHONE })
  expect(response?.status()).toBe(200)
  return page
}

const mainText = async (page: Page) => ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ')

describe('actions', () => {
  it('links every way to reach the service, with the values the apps expect', async () => {
    const page = await open(full.slug)
    const hrefs = await page.$$eval('main a', (links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'tel:+920000000101',
        'tel:+920000000102',
        'https://wa.me/920000000102',
        'tel:+920000000103',
        'sms:+920000000103',
        'mailto:clinic@example.org',
        'https://example.org/clinic',
        'geo:34.2,72.05',
        'https://www.openstreetmap.org/directions?to=34.2%2C72.05',
      ]),
    )
    // A fax can be read, not called.
    expect(hrefs).not.toContain('tel:+920000000104')
    expect(await page.textContent('.contact')).toContain('+92 000 0000104')
    // The top buttons: call the first callable number, WhatsApp, directions.
    expect(await page.getAttribute('.actions [data-action="call"]', 'href')).toBe('tel:+920000000101')
    expect(await page.getAttribute('.actions [data-action="whatsapp"]', 'href')).toBe(
      'https://wa.me/920000000102',
    )
    const text = await mainText(page)
    for (const words of [
      organizationName,
      'Reception',
      'WhatsApp',
      'Lady health visitor',
      'Hospital Road',
      'Behind the district hospital',
    ])
      expect(text).toContain(words)
    await page.close()
  })

  it('reads numbers left to right on right-to-left pages, with labels in the reader’s language', async () => {
    for (const locale of ['ur', 'ps'] as const) {
      const page = await open(full.slug, locale)
      expect(await page.getAttribute('html', 'dir')).toBe('rtl')
      const numbers = await page.$$eval('.contact .number bdi, .contact bdi.number', (nodes) =>
        nodes.map((n) => [n.textContent, n.getAttribute('dir'), getComputedStyle(n).direction]),
      )
      // Shown in the locale's digits (Pashto's are ۰–۹), dialled with Latin ones.
      expect(numbers).toContainEqual([localDigits(locale, '+92 000 0000101'), 'ltr', 'ltr'])
      expect(numbers).toContainEqual([localDigits(locale, '+92 000 0000104'), 'ltr', 'ltr'])
      expect(await page.getAttribute('.contact a.number', 'href')).toBe('tel:+920000000101')
      const text = await page.textContent('.contact')
      const r = resourceMessages[locale]
      expect(text).toContain(locale === 'ur' ? 'استقبالیہ' : 'استقبالیه')
      // A phone without a label of its own is named by its kind, in the reader's language.
      expect(text).toContain(r.phoneKinds.whatsapp)
      expect(text).toContain(r.call)
      expect(text).toContain(locale === 'ur' ? 'ضلعی ہسپتال کے پیچھے' : 'د ولسوالۍ روغتون شاته')
      // Languages by name in the reader's language; our own names where Intl has none (Hindko).
      expect(await page.textContent('.service')).toContain(r.languageNames.hno)
      expect(await page.textContent('.service')).toContain(r.accessibilityLabels['women-staff'])
      await page.close()
    }
  })
})

describe('the open-now line, on the server’s clock', () => {
  /** The line the page must show: computed just before and just after the load (a minute may turn). */
  const expectLine = async (fixture: Fixture, locale: Locale, kind: 'open' | 'closed') => {
    const before = openState(fixture.hours, new Date())
    const page = await open(fixture.slug, locale)
    const after = openState(fixture.hours, new Date())
    expect(before.kind).toBe(kind)
    const shown = (await page.textContent('.open-now'))?.replace(/\s+/g, ' ').trim()
    expect([openLine(locale, before), openLine(locale, after)]).toContain(shown)
    await page.close()
    return shown
  }

  it('is right in zones a day apart (UTC+14 and UTC−11), on either side of their midnights', async () => {
    // The same instant falls on different local dates there: the fixture means what it says.
    const now = new Date()
    expect(localTime(now, 'Pacific/Kiritimati').date).not.toBe(localTime(now, 'Pacific/Pago_Pago').date)
    for (const locale of LOCALES) {
      const open = await expectLine(full, locale, 'open')
      expect(open).toContain(hoursMessages[locale].openNow)
      await expectLine(tomorrow, locale, 'closed')
    }
    // Closed today, open the day after the local midnight.
    const state = openState(tomorrow.hours, new Date())
    expect(state).toMatchObject({ kind: 'closed', opens: { inDays: 1, time: '09:00' } })
  })

  it('follows a dated exception for today over the weekly hours, and lists it', async () => {
    const shown = await expectLine(holiday, 'en', 'closed')
    expect(shown).toMatch(/^Closed · opens tomorrow 00:00$/)
    const page = await open(holiday.slug)
    expect(await page.textContent('.hours')).toContain('Eid holiday')
    expect(await page.textContent('.hours .today')).toContain('Open 24 hours')
    await page.close()
  })

  it('a temporarily closed service says so instead of an open-now line', async () => {
    // Its hours say open right now; its status wins.
    expect(openState(paused.hours, new Date()).kind).toBe('open')
    for (const locale of LOCALES) {
      const page = await open(paused.slug, locale)
      const line = (await page.textContent('.open-now'))?.trim()
      expect(line).toContain(resourceMessages[locale].statusNotice['temporarily-closed'])
      expect(await mainText(page)).not.toContain(hoursMessages[locale].openNow)
      // The badge carries a symbol and a word, not only a colour.
      expect((await page.textContent('.badge'))?.replace(/\s+/g, ' ').trim()).toBe(
        `⏸ ${messages[locale].status['temporarily-closed']}`,
      )
      await page.close()
    }
  })
})

describe('last checked', () => {
  it('says how long ago an editor confirmed the entry, or that nobody has', async () => {
    for (const locale of LOCALES) {
      const page = await open(full.slug, locale)
      const expected = resourceMessages[locale].lastChecked(timeAgo(locale, THREE_MONTHS_AGO, new Date()))
      expect((await page.textContent('.checked'))?.trim()).toBe(expected)
      await page.close()
    }
    expect(resourceMessages.en.lastChecked(timeAgo('en', THREE_MONTHS_AGO, new Date()))).toBe(
      'Last checked 3 months ago',
    )
    const page = await open(paused.slug)
    expect((await page.textContent('.checked'))?.trim()).toBe('Not yet checked')
    await page.close()
  })
})

describe('share', () => {
  it('without a share sheet, copies the link and says so in the live region', async () => {
    for (const locale of ['en', 'ur'] as const) {
      const context = await browser.newContext({ viewport: PHONE })
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url })
      // Chromium on Linux has no share sheet; make sure of it.
      await context.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true })
      })
      const page = await open(full.slug, locale, context)
      await page.click('.actions [data-share]')
      await page.waitForFunction(
        (text) => document.getElementById('toasts')?.textContent?.includes(text),
        resourceMessages[locale].linkCopied,
      )
      expect(await page.getAttribute('#toasts', 'aria-live')).toBe('polite')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
      await context.close()
    }
  })

  it('uses the share sheet where there is one, with the page’s address', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          ;(window as unknown as { shared: ShareData }).shared = data
          return Promise.resolve()
        },
      })
    })
    const page = await open(full.slug, 'en', context)
    await page.click('.actions [data-share]')
    await page.waitForFunction(() => 'shared' in window)
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url)).toBe(
      page.url(),
    )
    expect(await page.textContent('#toasts')).toBe('')
    await context.close()
  })

  it('is a plain link to the page without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await open(full.slug, 'en', context)
    expect(await page.getAttribute('.actions [data-share]', 'href')).toBe(`/resources/${full.slug}`)
    // The print button needs JavaScript, so it is not offered.
    expect(await page.isVisible('[data-print]')).toBe(false)
    await context.close()
  })
})

describe('print', () => {
  it('leaves out navigation, buttons and the map; keeps phones, address and hours; writes out link addresses', async () => {
    const page = await open(full.slug)
    expect(await page.isVisible('body > header nav')).toBe(true)
    await page.emulateMedia({ media: 'print' })
    for (const selector of [
      'body > header nav',
      '.header-search',
      '.actions',
      '.mini-map',
      '.correction-area',
    ])
      expect(await page.isVisible(selector), selector).toBe(false)
    for (const selector of ['.contact .phones', '.contact .address', '.hours table'])
      expect(await page.isVisible(selector), selector).toBe(true)
    expect(await page.textContent('.contact .phones')).toContain('+92 000 0000101')
    const after = await page.$eval(
      '.contact a[href^="https://example.org"]',
      (a) => getComputedStyle(a, '::after').content,
    )
    expect(after).toContain('https://example.org/clinic')
    await page.close()
  })
})

describe('details and text', () => {
  it('labels attributes from the category schema in each language, never with a raw key', async () => {
    const expected = {
      en: ['Beds', '12 beds', 'Labour room', 'Yes', 'Visit days', 'Monday and Thursday'],
      ur: ['بستر', `${localDigits('ur', '12')} بستر`, 'زچگی کا کمرہ', 'ہاں', 'دورے کے دن'],
      ps: ['بسترې', `${localDigits('ps', '12')} بسترې`, 'د زیږون خونه', 'هو', 'د لیدنې ورځې'],
    }
    for (const locale of LOCALES) {
      const page = await open(full.slug, locale)
      const details = ((await page.textContent('.details')) ?? '').replace(/\s+/g, ' ')
      for (const words of expected[locale]) expect(details, locale).toContain(words)
      const text = await mainText(page)
      for (const key of ['labourRoom', 'visitDays', 'retiredKey', 'gone', 'beds:', 'openingHours'])
        expect(text, `${locale}: ${key}`).not.toContain(key)
      await page.close()
    }
  })

  it('shows the summary once even when the body repeats it, and the rest of the body', async () => {
    const page = await open(full.slug)
    const text = await mainText(page)
    expect(text.split(SUMMARY).length - 1).toBe(1)
    expect(text).toContain('Bring the mother card to every visit.')
    await page.close()
  })
})

describe('accessibility', () => {
  /** Every violation, minor ones too: this page is held to more than the others. */
  const audit = (page: Page) => axeViolations(page, { minImpact: 'minor' })

  /** Elements that reach past the viewport's edges, to say what does not fit. */
  const overflowing = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth
      // What is clipped (the map's tiles, the form's honeypot) cannot widen the page.
      const clipped = (el: Element) => !!el.parentElement?.closest('.mini-map, .correction-area')
      return [...document.querySelectorAll('main *')]
        .filter((el) => {
          const box = el.getBoundingClientRect()
          return box.width > 0 && (box.right > width + 1 || box.left < -1) && !clipped(el)
        })
        .map((el) => {
          const box = el.getBoundingClientRect()
          return `${el.tagName.toLowerCase()}.${String(el.className)} [${Math.round(box.left)}, ${Math.round(box.right)}]: ${el.textContent?.slice(0, 40)}`
        })
    })

  for (const locale of LOCALES) {
    it(`the resource page passes axe and its content fits 360 px in ${locale}`, async () => {
      for (const fixture of [full, paused]) {
        const page = await open(fixture.slug, locale)
        // The page's own content; the layout's header is the layout's (its Urdu search box is reported).
        expect(await overflowing(page)).toEqual([])
        expect(await audit(page)).toEqual([])
        await page.close()
      }
    })
  }
})
