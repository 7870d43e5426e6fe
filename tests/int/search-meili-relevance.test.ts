import type { Payload } from 'payload'

import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drain } from '../../plugins/outbox'
import { meiliSettings } from '../../plugins/search/meilisearch/client'
import { searchMeilisearch } from '../../plugins/search/meilisearch/query'
import { applyMeiliSettings } from '../../plugins/search/meilisearch/settings'
import { searchParamsSchema } from '../../plugins/search/searchParams'
import { loadSynonyms } from '../../plugins/search/synonyms'
import { synonymGroups } from '../../scripts/seed/data/synonyms'
import { seedSynonyms } from '../../scripts/seed/synonyms'
import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The relevance cases of search-relevance.test.ts, against Meilisearch. Runs
 * only where a Meilisearch server is configured (MEILISEARCH_HOST), as the
 * Meilisearch half of search.test.ts does; none can run on the project's
 * machines. Where the cases differ it is because Meilisearch does not stem
 * (see each case).
 */
const meili = meiliSettings()

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

const seeded = () =>
  payload.delete({
    collection: 'search-synonyms',
    where: { label: { in: synonymGroups.map((g) => g.label) } },
    overrideAccess: true,
  })

describe.skipIf(!meili)('Meilisearch relevance (needs MEILISEARCH_HOST)', () => {
  beforeAll(async () => {
    payload = await getTestPayload()
    clients = await clientsByRole(payload)
    taxonomy = await createTaxonomy(payload)
    // The seeded groups as shipped: a same-named group another file of the run made would win.
    await seeded()
    await seedSynonyms(payload)
  })

  // The run's files share one database: later files must not find the seeded groups.
  afterAll(async () => {
    await seeded()
  })

  /** A made-up word of letters only, so each test's documents are found by it alone. */
  const marker = () => `zq${unique().replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`

  /** Waits until every write so far, and the synonyms, are in Meilisearch. */
  const settle = async () => {
    await payload.jobs.run({ queue: 'search', limit: 1000 })
    await drain(payload)
    await applyMeiliSettings(meili!, await loadSynonyms(payload, 'search-synonyms'))
    const client = new Meilisearch({ host: meili!.host, apiKey: meili!.apiKey })
    for (let i = 0; i < 100; i++) {
      const pending = await client.tasks.getTasks({ statuses: ['enqueued', 'processing'] })
      if (pending.results.length === 0) return
      await new Promise((r) => setTimeout(r, 100))
    }
  }

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
    await settle()
    return searchMeilisearch(meili!, searchParamsSchema.parse(query))
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
      const byId = new Map(all.hits.map((h) => [h.id, h]))
      expect(byId.get(urdu.id)).toMatchObject({ title: `زچہ بچہ مرکز ${word}`, translated: true })
      expect(byId.get(pashto.id)).toMatchObject({ title: `Town hospital ${word}`, translated: false })
    })

    it("ranks a match in the reader's own language above a better match only in another", async () => {
      const word = marker()
      // Better text rank (in the title and the summary as well), no Urdu translation. Not a
      // field that is the query itself: Meilisearch's exactness ranks such a field first of all.
      const elsewhere = await publish({
        title: `بڑا ہسپتال ${word}`,
        summary: `بڑا ہسپتال ${word} اور ہسپتال`,
      })
      const own = await publish(
        { title: `Small hospital ${word}` },
        { ur: { title: `چھوٹا ہسپتال ${word}` } },
      )
      const ur = await search({ q: `ہسپتال ${word}`, locale: 'ur' })
      expect(ids(ur)).toEqual([own.id, elsewhere.id])
      // On the English page the first is English as written (its own language there), the other is not.
      const en = await search({ q: `ہسپتال ${word}`, locale: 'en' })
      expect(ids(en)).toEqual([elsewhere.id, own.id])
    })
  })

  describe('relevance', () => {
    it('orders exact words above a prefix, whatever the text rank says', async () => {
      const word = marker()
      const stem = `${word}zorbak`
      // Weakest text for the exact match (only in the summary); strongest for the prefix (title, twice).
      const exact = await publish({ title: `Alpha ${word}`, summary: `One ${stem} here` })
      const prefix = await publish({ title: `${stem}tin ${stem}tin ${word}` })
      const found = await search({ q: `${word} ${stem}`, locale: 'en' })
      expect(found.hits.map((h) => [h.id, h.match])).toEqual([
        [exact.id, 'exact'],
        [prefix.id, 'prefix'],
      ])
      expect(found.corrected).toBeNull()
    })

    it('corrects a spelling no document has, found only through the correction', async () => {
      const word = marker()
      const stem = `${word}quibel`
      // Only its Urdu row has the word. Meilisearch does not stem, so the plural is a misspelling.
      const typo = await publish({ title: `Gamma ${word}` }, { ur: { title: `${stem} ${stem} ${word}` } })
      // A word the correction begins: a corrected word is matched whole, never as a prefix.
      await publish({ title: `${stem}tin ${word}` })
      const found = await search({ q: `${word} ${stem}s`, locale: 'en' })
      expect(found.hits.map((h) => [h.id, h.match])).toEqual([[typo.id, 'typo']])
      expect(found.corrected).toBe(`${word} ${stem}`)
    })

    it('corrects a misspelling to the best spelling only: the same top results, not more', async () => {
      const word = marker()
      const health = await publish({ title: `Health post ${word}` })
      // "heath" is one edit from "helth" too, but less similar than "health".
      await publish({ title: `Heath house ${word}` })
      const right = await search({ q: `${word} health`, locale: 'en' })
      const wrong = await search({ q: `${word} helth`, locale: 'en' })
      // Meilisearch's own typo tolerance would find "Heath house" for both.
      expect(ids(right)).toEqual([health.id])
      expect(ids(wrong)).toEqual(ids(right))
      expect(wrong.totalDocs).toBeLessThanOrEqual(right.totalDocs)
      expect(wrong.corrected).toBe(`${word} health`)
      // A query whose words are all known is never widened.
      const known = await search({ q: `${word} heath`, locale: 'en' })
      expect(known.hits.map((h) => h.title)).toEqual([`Heath house ${word}`])
      expect(known.corrected).toBeNull()
    })

    it('offers the correction when even it finds nothing', async () => {
      const word = marker()
      await publish({ title: `Ambulance station ${word}` })
      const none = await search({ q: `ambulanse qqqvvvwww`, locale: 'en' })
      expect(none.totalDocs).toBe(0)
      expect(none.didYouMean).toMatch(/^ambulance /)
    })
  })

  describe('synonyms', () => {
    it('finds "Basic Health Unit" and "بنیادی مرکز صحت" for BHU, and a new term is never corrected', async () => {
      const word = marker()
      const english = await publish({ title: `Basic Health Unit ${word}` })
      const urdu = await publish(
        { title: `Village clinic ${word}` },
        { ur: { title: `بنیادی مرکز صحت ${word}` } },
      )
      expect(ids(await search({ q: `BHU ${word}`, locale: 'en' })).sort()).toEqual(
        [english.id, urdu.id].sort(),
      )
      expect(ids(await search({ q: `بی ایچ یو ${word}`, locale: 'ps' })).sort()).toEqual(
        [english.id, urdu.id].sort(),
      )

      // A synonym no document has: matched through its group, not "corrected" to some other word.
      const newWord = marker()
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
      const found = await search({ q: `${newWord} ${word}`, locale: 'en' })
      expect(ids(found).sort()).toEqual([english.id, urdu.id].sort())
      expect(found.corrected).toBeNull()
    })
  })
})
