import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { synonymGroups } from '../../scripts/seed/data/synonyms'
import { seedSynonyms } from '../../scripts/seed/synonyms'
import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
  // The seeded groups as shipped: a same-named group another file of the run made would win.
  await payload.delete({
    collection: 'search-synonyms',
    where: { label: { in: synonymGroups.map((g) => g.label) } },
    overrideAccess: true,
  })
  await seedSynonyms(payload)
})

// The run's files share one database: later files must not find the seeded groups.
afterAll(async () => {
  await payload.delete({
    collection: 'search-synonyms',
    where: { label: { in: synonymGroups.map((g) => g.label) } },
    overrideAccess: true,
  })
})

/** A made-up word of letters only, so each test's documents are found by it alone. */
const marker = () => `zq${unique().replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`

/** Publishes a resource in English, then the given Urdu and Pashto fields. */
const publish = async (
  en: Record<string, unknown>,
  translations: Partial<Record<'ur' | 'ps', Record<string, unknown>>> = {},
) => {
  const created = await clients.editor.api.post('/resources', {
    ...resourceData(taxonomy),
    summary: 'Services for the community',
    ...en,
    _status: 'published',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  for (const [locale, data] of Object.entries(translations)) {
    const res = await clients.editor.api.patch(`/resources/${created.body.doc.id}?locale=${locale}`, {
      ...data,
      _status: 'published',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
  return created.body.doc as { id: number; title: string }
}

const search = async (query: Record<string, string>) => {
  const res = await anonymous().get(`/search?${new URLSearchParams(query)}`)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body as {
    totalDocs: number
    corrected: string | null
    didYouMean: string | null
    hits: { id: number; title: string; translated: boolean; match: string; snippet: string }[]
  }
}
const ids = (body: { hits: { id: number }[] }) => body.hits.map((h) => h.id)

describe('cross-language search', () => {
  it('finds Urdu and Pashto text from the English page, once per document, shown in English', async () => {
    const word = marker()
    const urdu = await publish({ title: `Mother care ${word}` }, { ur: { title: `زچہ بچہ مرکز ${word}` } })
    const pashto = await publish(
      { title: `Town hospital ${word}` },
      { ps: { title: `د ښار روغتون ${word}` } },
    )

    const fromUrdu = await search({ q: `زچہ ${word}`, locale: 'en' })
    expect(fromUrdu.hits.map((h) => h.title)).toEqual([`Mother care ${word}`])
    const fromPashto = await search({ q: `روغتون ${word}`, locale: 'en' })
    expect(fromPashto.hits.map((h) => h.title)).toEqual([`Town hospital ${word}`])

    // Matched through its English, Urdu and Pashto rows at once, each document is listed once.
    const all = await search({ q: word, locale: 'ur' })
    expect(all.totalDocs).toBe(2)
    expect(ids(all).sort()).toEqual([urdu.id, pashto.id].sort())
    // Shown in the reader's language; English standing in is flagged, so the page can mark it.
    const byId = new Map(all.hits.map((h) => [h.id, h]))
    expect(byId.get(urdu.id)).toMatchObject({ title: `زچہ بچہ مرکز ${word}`, translated: true })
    expect(byId.get(pashto.id)).toMatchObject({ title: `Town hospital ${word}`, translated: false })
  })

  it("ranks a match in the reader's own language above a better match only in another", async () => {
    const word = marker()
    // English text carrying the word three times (a higher ts_rank), no Urdu translation.
    const elsewhere = await publish({
      title: `ہسپتال ہسپتال ${word}`,
      summary: `ہسپتال ${word}`,
    })
    const own = await publish({ title: `Small hospital ${word}` }, { ur: { title: `چھوٹا ہسپتال ${word}` } })
    const ur = await search({ q: `ہسپتال ${word}`, locale: 'ur' })
    expect(ids(ur)).toEqual([own.id, elsewhere.id])
    // On the English page neither is in the reader's language by a translation: rank decides.
    const en = await search({ q: `ہسپتال ${word}`, locale: 'en' })
    expect(ids(en)).toEqual([elsewhere.id, own.id])
  })
})

describe('relevance', () => {
  it('orders exact words above a prefix above a corrected spelling, whatever ts_rank says', async () => {
    const word = marker()
    const stem = `${word}zorbak`
    // Weakest text for the exact match (only in the summary); strongest for the others (title, twice).
    const exact = await publish({ title: `Alpha ${word}`, summary: `One ${stem} here` })
    const prefix = await publish({ title: `${stem}tin ${stem}tin ${word}` })
    // Only its Urdu row has the word, where no stemming joins the plural to it: found by correction.
    const typo = await publish({ title: `Gamma ${word}` }, { ur: { title: `${stem} ${stem} ${word}` } })

    // English stemming turns the plural into the word itself (exact), a prefix of the next one
    // (prefix), while the Urdu row, not stemmed, only matches the corrected spelling.
    const found = await search({ q: `${word} ${stem}s`, locale: 'en' })
    expect(found.hits.map((h) => [h.id, h.match])).toEqual([
      [exact.id, 'exact'],
      [prefix.id, 'prefix'],
      [typo.id, 'typo'],
    ])
    expect(found.corrected).toBe(`${word} ${stem}`)
  })

  it('corrects a misspelling to the best spelling only: the same top results, not more', async () => {
    const word = marker()
    const health = await publish({ title: `Health post ${word}` })
    // "heath" is close to "helth" too, but less close than "health".
    await publish({ title: `Heath house ${word}` })
    const right = await search({ q: `${word} health`, locale: 'en' })
    const wrong = await search({ q: `${word} helth`, locale: 'en' })
    expect(ids(right)).toEqual([health.id])
    expect(ids(wrong)).toEqual(ids(right))
    expect(wrong.totalDocs).toBeLessThanOrEqual(right.totalDocs)
    expect(wrong.corrected).toBe(`${word} health`)
    // A query whose words are all known is never widened.
    const known = await search({ q: `${word} heath`, locale: 'en' })
    expect(known.hits.map((h) => h.title)).toEqual([`Heath house ${word}`])
    expect(known.corrected).toBeNull()
  })

  it('marks snippets cut from a longer summary with an ellipsis', async () => {
    const word = marker()
    const long = Array.from({ length: 25 }, (_, i) => `filler${'abcdefghij'[i % 10]}`).join(' ')
    await publish({ title: `Snippet ${word}`, summary: `${long} ${word} ${long}` })
    const [hit] = (await search({ q: word, locale: 'en' })).hits
    expect(hit!.snippet).toMatch(/^… .*<mark>.*<\/mark>.* …$/)
    await publish({ title: `Short ${word}`, summary: `Whole ${word} summary` })
    const short = (await search({ q: `short ${word}`, locale: 'en' })).hits[0]!
    expect(short.snippet).not.toContain('…')
  })
})

describe('synonyms', () => {
  it('ships at least 30 groups, each in English, Urdu and Pashto, seeded once', async () => {
    expect(synonymGroups.length).toBeGreaterThanOrEqual(30)
    const arabicScript = /[\u0600-\u06FF]/
    for (const group of synonymGroups) {
      expect({
        label: group.label,
        en: group.en.every((t) => /^[\p{Script=Latin}\d\s'-]+$/u.test(t)),
      }).toEqual({
        label: group.label,
        en: true,
      })
      expect(group.ur.length * group.ps.length, group.label).toBeGreaterThan(0)
      expect(
        [...group.ur, ...group.ps].every((t) => arabicScript.test(t)),
        group.label,
      ).toBe(true)
    }
    const seeded = await payload.count({ collection: 'search-synonyms', overrideAccess: true })
    await seedSynonyms(payload)
    expect((await payload.count({ collection: 'search-synonyms', overrideAccess: true })).totalDocs).toBe(
      seeded.totalDocs,
    )
    expect(seeded.totalDocs).toBeGreaterThanOrEqual(synonymGroups.length)
  })

  it('finds "Basic Health Unit" and "بنیادی مرکز صحت" for BHU, and follows an admin edit at once', async () => {
    const word = marker()
    const english = await publish({ title: `Basic Health Unit ${word}` })
    const urdu = await publish(
      { title: `Village clinic ${word}` },
      { ur: { title: `بنیادی مرکز صحت ${word}` } },
    )
    expect(ids(await search({ q: `BHU ${word}`, locale: 'en' })).sort()).toEqual([english.id, urdu.id].sort())
    expect(ids(await search({ q: `بی ایچ یو ${word}`, locale: 'ps' })).sort()).toEqual(
      [english.id, urdu.id].sort(),
    )

    const newWord = marker()
    expect((await search({ q: `${newWord} ${word}`, locale: 'en' })).totalDocs).toBe(0)
    const { docs } = await payload.find({
      collection: 'search-synonyms',
      where: { label: { equals: 'Basic health unit' } },
      overrideAccess: true,
    })
    const group = docs[0]!
    const edited = await clients.admin.api.patch(`/search-synonyms/${group.id}`, {
      terms: [...(group.terms as string[]), newWord],
    })
    expect(edited.status).toBe(200)
    // No restart and no wait: the edit clears the cached groups.
    expect(ids(await search({ q: `${newWord} ${word}`, locale: 'en' })).sort()).toEqual(
      [english.id, urdu.id].sort(),
    )
    // A later seed leaves the edited group as the admin left it.
    await seedSynonyms(payload)
    const again = await payload.findByID({
      collection: 'search-synonyms',
      id: group.id,
      overrideAccess: true,
    })
    expect(again.terms).toContain(newWord)
  })
})
