import type { Payload } from 'payload'

import type { SanitizedSearchOptions } from '../../plugins/search/types'

import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { Meilisearch } from 'meilisearch'

import { drain } from '../../plugins/outbox'
import { buildRecords } from '../../plugins/search/buildRecords'
import { indexStatus } from '../../plugins/search/indexStatus'
import { meiliSettings } from '../../plugins/search/meilisearch/client'
import { searchMeilisearch } from '../../plugins/search/meilisearch/query'
import { applyMeiliSettings } from '../../plugins/search/meilisearch/settings'
import { normalizeText } from '../../plugins/search/normalize'
import { searchOptionsOf } from '../../plugins/search/options'
import { searchPostgres } from '../../plugins/search/postgres/query'
import { replaceRecords } from '../../plugins/search/postgres/writeRecords'
import { reindexAll } from '../../plugins/search/reindex'
import { searchParamsSchema } from '../../plugins/search/searchParams'
import { loadSynonyms } from '../../plugins/search/synonyms'
import { snakeCase, tableNameOf } from '../../plugins/search/tables'
import { resetConfig } from '../../utilities/config'
import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { freePort } from '../helpers/startProcess'
import { anonymous } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
})

/** A made-up word of letters only, so each test's documents are found by it alone. */
const marker = () => `zq${unique().replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`

const publish = async (data: Record<string, unknown>) =>
  (await clients.editor.api.post('/resources', { ...resourceData(taxonomy), ...data, _status: 'published' }))
    .body.doc

interface Backend {
  name: string
  /** Runs a query given as a URL query string, the way GET /api/search reads it. */
  search: (query: string) => Promise<any>
  /** Waits until every write so far is searchable. */
  settle: () => Promise<void>
}

const parse = (query: string) => searchParamsSchema.parse(Object.fromEntries(new URLSearchParams(query)))

const postgres: Backend = {
  name: 'postgres',
  search: async (query) => searchPostgres(payload, parse(query), searchOptionsOf(payload)),
  settle: async () => undefined,
}

/** Runs only where a Meilisearch server is configured (none can run on the project's machines). */
const meili = meiliSettings()
const meilisearch: Backend = {
  name: 'meilisearch',
  search: async (query) => searchMeilisearch(meili!, parse(query)),
  settle: async () => {
    // Reindex jobs write PostgreSQL rows; the outbox pushes every change to Meilisearch.
    await payload.jobs.run({ queue: 'search', limit: 1000 })
    await drain(payload)
    await applyMeiliSettings(meili!, await loadSynonyms(payload, 'search-synonyms'))
    const client = new Meilisearch({ host: meili!.host, apiKey: meili!.apiKey })
    for (let i = 0; i < 100; i++) {
      const pending = await client.tasks.getTasks({ statuses: ['enqueued', 'processing'] })
      if (pending.results.length === 0) return
      await new Promise((r) => setTimeout(r, 100))
    }
  },
}

/** The endpoint itself, whichever backend the environment selects. */
const endpointSearch = async (query: string) => {
  const res = await anonymous().get(`/search?${query}`)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}
const titles = (body: any) => body.hits.map((h: any) => h.title)

/**
 * The contract both backends keep: run against PostgreSQL always, and
 * against Meilisearch when MEILISEARCH_HOST is set.
 */
const contract = (backend: Backend) => {
  const search = async (query: string) => {
    await backend.settle()
    return backend.search(query)
  }

  describe('the search index follows publishing', () => {
    it('indexes published documents, never drafts, and follows edits, unpublishing and deletion', async () => {
      const word = marker()
      const doc = await publish({ title: `Water point ${word}` })
      const draft = (
        await clients.editor.api.post('/resources?draft=true', {
          ...resourceData(taxonomy),
          title: `Draft ${word}`,
        })
      ).body.doc
      expect(titles(await search(`q=${word}`))).toEqual([`Water point ${word}`])

      // A draft edit of a published document changes nothing public.
      await clients.editor.api.patch(`/resources/${doc.id}?draft=true`, { title: `Secret draft ${word}` })
      expect(titles(await search(`q=${word}`))).toEqual([`Water point ${word}`])

      await clients.editor.api.patch(`/resources/${doc.id}`, {
        title: `Water tank ${word}`,
        _status: 'published',
      })
      expect(titles(await search(`q=tank ${word}`))).toEqual([`Water tank ${word}`])
      expect((await search(`q=point ${word}`)).totalDocs).toBe(0)

      await clients.editor.api.patch(`/resources/${doc.id}`, { _status: 'draft' })
      expect((await search(`q=${word}`)).totalDocs).toBe(0)

      await clients.editor.api.patch(`/resources/${doc.id}`, { _status: 'published' })
      expect((await search(`q=${word}`)).totalDocs).toBe(1)
      await clients.editor.api.delete(`/resources/${doc.id}`)
      expect((await search(`q=${word}`)).totalDocs).toBe(0)
      expect(draft.id).toBeTruthy()
    })

    it('keeps a row per locale with English filling untranslated text', async () => {
      const word = marker()
      const doc = await publish({ title: `Girls school ${word}` })
      await clients.editor.api.patch(`/resources/${doc.id}?locale=ur`, {
        title: `لڑکیوں کا اسکول ${word}`,
        _status: 'published',
      })
      expect(titles(await search(`q=${word}&locale=ur`))).toEqual([`لڑکیوں کا اسکول ${word}`])
      expect(titles(await search(`q=${word}&locale=ps`))).toEqual([`Girls school ${word}`])
    })
  })

  describe('matching', () => {
    it('ranks, stems, matches prefixes and tolerates typos', async () => {
      const word = marker()
      await publish({ title: `Health clinic ${word}`, summary: 'Mother and child care' })
      await publish({
        title: `Vocational centre ${word}`,
        summary: 'Tailoring; the health post is next door',
      })

      const ranked = await search(`q=health ${word}`)
      expect(titles(ranked)).toEqual([`Health clinic ${word}`, `Vocational centre ${word}`])
      expect(ranked.hits[0].score).toBeGreaterThan(ranked.hits[1].score)

      expect(titles(await search(`q=clinics ${word}`))).toEqual([`Health clinic ${word}`])
      expect(titles(await search(`q=${word} clin`))).toEqual([`Health clinic ${word}`])
      expect(titles(await search(`q=helth clinik ${word}`))).toEqual([`Health clinic ${word}`])
    })

    it('expands synonyms editors define', async () => {
      const word = marker()
      await publish({ title: `Basic health unit ${word}` })
      expect((await search(`q=bhu ${word}`)).totalDocs).toBe(0)
      const group = await clients.admin.api.post('/search-synonyms', {
        label: 'Basic health unit',
        terms: ['BHU', 'basic health unit', 'clinic'],
      })
      expect(group.status).toBe(201)
      expect(titles(await search(`q=BHU ${word}`))).toEqual([`Basic health unit ${word}`])
      // Only admins edit synonyms.
      expect(
        (await clients.editor.api.post('/search-synonyms', { label: 'x', terms: ['a', 'b'] })).status,
      ).toBe(403)
    })

    it('folds Arabic-script letter variants so Arabic-keyboard queries find Urdu and Pashto text', async () => {
      const word = marker()
      // Urdu spelling: Persian yeh (ی), keheh (ک), heh goal (ہ), Urdu tteh (ٹ).
      const urdu = await publish({ title: `ڈاکٹر کی کلینک ہسپتال ${word}` })
      // Pashto spelling: Pashto tteh (ټ), ddal (ډ), gaf (ګ).
      const pashto = await publish({ title: `ډاکټر ګل روغتون ${word}` })
      // Typed with Arabic yeh (ي) and kaf (ك), and plain heh (ه):
      expect(titles(await search(`q=${encodeURIComponent('كلينك')} ${word}`))).toEqual([urdu.title])
      expect(titles(await search(`q=${encodeURIComponent('هسپتال')} ${word}`))).toEqual([urdu.title])
      // Urdu letters find the Pashto spelling of the same word, and the other way round.
      expect(titles(await search(`q=${encodeURIComponent('ڈاکٹر')} ${word}`)).sort()).toEqual(
        [urdu.title, pashto.title].sort(),
      )
      expect(titles(await search(`q=${encodeURIComponent('گل')} ${word}`))).toEqual([pashto.title])
      expect(normalizeText('يك ۀ ٹ ټ ۱۲۳')).toBe(normalizeText('یک ہ ٹ ٹ 123'))
    })
  })

  describe('facets, snippets and paging', () => {
    it('counts each facet under the other filters and filters by them', async () => {
      const word = marker()
      const other = await createTaxonomy(payload)
      await publish({ title: `Shelter one ${word}`, status: 'active' })
      await publish({ title: `Shelter two ${word}`, status: 'closed' })
      await publish({
        title: `Shelter three ${word}`,
        status: 'active',
        category: other.category.id,
        district: other.district.id,
        tags: [other.tag.id],
      })
      const all = await search(`q=${word}`)
      expect(all.totalDocs).toBe(3)
      const count = (list: any[], value: unknown) => list.find((f: any) => f.value === value)?.count
      expect(count(all.facets.status, 'active')).toBe(2)
      expect(count(all.facets.category, taxonomy.category.id)).toBe(2)

      const filtered = await search(`q=${word}&district=${other.district.id}`)
      expect(titles(filtered)).toEqual([`Shelter three ${word}`])
      // The district facet ignores its own filter: both districts still show their counts.
      expect(count(filtered.facets.district, taxonomy.district.id)).toBe(2)
      expect(count(filtered.facets.status, 'closed')).toBeUndefined()

      const byTag = await search(`q=${word}&tags=${other.tag.id}`)
      expect(titles(byTag)).toEqual([`Shelter three ${word}`])
      const byStatus = await search(`q=${word}&status=closed,temporarily-closed`)
      expect(titles(byStatus)).toEqual([`Shelter two ${word}`])

      const page2 = await search(`q=${word}&limit=2&page=2`)
      expect(page2.hits).toHaveLength(1)
      expect(page2.totalPages).toBe(2)
    })

    it('highlights matches in snippets and escapes HTML from content', async () => {
      const word = marker()
      await publish({ title: `Legal aid ${word}`, summary: `Free <b>lawyers</b> for land disputes ${word}` })
      const [hit] = (await search(`q=lawyers ${word}`)).hits
      expect(hit.snippet).toContain('<mark>')
      expect(hit.snippet).toContain('&lt;b&gt;')
      expect(hit.snippet).not.toContain('<b>')
    })
  })
}

describe('search contract: postgres', () => contract(postgres))
describe.skipIf(!meili)('search contract: meilisearch (needs MEILISEARCH_HOST)', () => contract(meilisearch))

describe('postgres only', () => {
  const search = endpointSearch
  it('offers "did you mean" when nothing matches', async () => {
    const word = marker()
    await publish({ title: `Ambulance station ${word}` })
    const found = await search(`q=ambulanse ${word}`)
    expect(titles(found)).toEqual([`Ambulance station ${word}`])
    expect(found.didYouMean).toBeNull()
    const none = await search(`q=ambulanse qqqvvvwww`)
    expect(none.totalDocs).toBe(0)
    expect(none.didYouMean).toMatch(/^ambulance /)
    const nothingClose = await search('q=xqzvw')
    expect(nothingClose.totalDocs).toBe(0)
    expect(nothingClose.didYouMean).toBeNull()
  })
})

describe('validation', () => {
  it.each([
    ['limit', 'limit=1000'],
    ['locale', 'locale=fr'],
    ['category', 'category=abc'],
    ['status', 'status=open'],
    ['to', 'from=2026-02-01&to=2026-01-01'],
    ['page', 'page=0'],
    ['colour', 'colour=red'],
    ['q', 'q=a&q=b'],
  ])('400 naming %s', async (field, query) => {
    const res = await anonymous().get(`/search?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ message: expect.stringContaining(field), field }])
  })

  it('refuses unknown parameters on the admin endpoints too, before anything else', async () => {
    for (const [method, pathname] of [
      ['get', '/search/status?verbose=1'],
      ['post', '/search/resync?verbose=1'],
    ] as const) {
      const res =
        method === 'get' ? await clients.admin.api.get(pathname) : await clients.admin.api.post(pathname, {})
      expect({ pathname, status: res.status, errors: res.body.errors }).toEqual({
        pathname,
        status: 400,
        errors: [{ message: 'verbose: unknown parameter', field: 'verbose' }],
      })
    }
  })

  it('treats tsquery syntax as plain words', async () => {
    const res = await anonymous().get(`/search?q=${encodeURIComponent("a & !b | c:* <-> 'd'")}`)
    expect(res.status).toBe(200)
  })
})

describe('index status', () => {
  it('shows admins, per collection and locale, the database and index counts', async () => {
    await publish({ title: `Counted ${marker()}` })
    const res = await clients.admin.api.get('/search/status')
    expect(res.status).toBe(200)
    expect(res.body.inSync).toBe(true)
    const resourcesEn = res.body.collections.find(
      (c: any) => c.collection === 'resources' && c.locale === 'en',
    )
    expect(resourcesEn.database).toBeGreaterThan(0)
    expect(resourcesEn.drift).toBe(0)
    for (const role of ['editor', 'moderator', 'member'] as const) {
      expect((await clients[role].api.get('/search/status')).status).toBe(403)
    }
    const anon = await anonymous().get('/search/status')
    expect(anon.status).toBe(401)
    expect(anon.body.errors).toEqual([{ message: expect.any(String) }])
  })

  it('lets admins queue a rebuild that repairs drift', async () => {
    const word = marker()
    const doc = await publish({ title: `Repaired ${word}` })
    await payload.db.drizzle.execute(
      sql`delete from search_index where doc_id = ${doc.id} and doc_collection = 'resources'`,
    )
    expect((await clients.editor.api.post('/search/resync', {})).status).toBe(403)
    expect((await anonymous().post('/search/resync', {})).status).toBe(401)
    const queued = await clients.admin.api.post('/search/resync', {})
    expect(queued.status).toBe(202)
    await payload.jobs.run({ queue: 'search', where: { id: { equals: queued.body.jobId } } })
    expect((await clients.admin.api.get('/search/status')).body.inSync).toBe(true)
    expect(titles(await endpointSearch(`q=${word}`))).toEqual([`Repaired ${word}`])
  })

  it('reports drift when the index misses documents', async () => {
    const word = marker()
    const doc = await publish({ title: `Drifting ${word}` })
    await payload.db.drizzle.execute(
      sql`delete from search_index where doc_id = ${doc.id} and doc_collection = 'resources'`,
    )
    const res = await clients.admin.api.get('/search/status')
    expect(res.body.inSync).toBe(false)
    await reindexAll(payload)
    expect((await clients.admin.api.get('/search/status')).body.inSync).toBe(true)
  })

  it('survives two rebuilds of the same documents at once', async () => {
    await publish({ title: `Concurrent ${marker()}` })
    // Each rebuild deletes then inserts the same rows; without an upsert the
    // slower one hits the unique index and the job fails.
    for (let round = 0; round < 3; round += 1) {
      await expect(
        Promise.all([reindexAll(payload), reindexAll(payload), reindexAll(payload)]),
      ).resolves.toBeDefined()
    }
    expect((await clients.admin.api.get('/search/status')).body.inSync).toBe(true)
  })
})

describe('renaming a category, district or tag', () => {
  it('reindexes the documents that show it, in the background', async () => {
    const word = marker()
    const own = await createTaxonomy(payload)
    await publish({ title: `Night shelter ${word}`, category: own.category.id, tags: [own.tag.id] })
    const renamed = marker()
    await clients.editor.api.patch(`/categories/${own.category.id}`, { name: `Refuge ${renamed}` })
    await clients.editor.api.patch(`/tags/${own.tag.id}`, { name: `Sanctuary ${renamed}` })
    expect((await endpointSearch(`q=${renamed}`)).totalDocs).toBe(0)
    await payload.jobs.run({ queue: 'search', limit: 1000 })
    expect(titles(await endpointSearch(`q=refuge ${renamed}`))).toEqual([`Night shelter ${word}`])
    expect(titles(await endpointSearch(`q=sanctuary ${renamed}`))).toEqual([`Night shelter ${word}`])
  })
})

/** Sets environment variables for one block, re-reading the configuration before and after. */
const withEnv = async (vars: Record<string, string | undefined>, run: () => Promise<void>) => {
  const previous = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    resetConfig()
  }
  apply(vars)
  try {
    await run()
  } finally {
    apply(previous)
  }
}

describe('with Meilisearch configured but down', () => {
  // That the sync stays queued for retry is the outbox's test (tests/int/outbox.test.ts).
  it('saves and searches as usual', async () => {
    // Nothing listens on a port just found free: every call is refused.
    await withEnv({ MEILISEARCH_HOST: `http://127.0.0.1:${await freePort()}` }, async () => {
      const word = marker()
      const started = performance.now()
      const doc = await publish({ title: `Outage proof ${word}` })
      expect(doc.id).toBeTruthy()
      expect(performance.now() - started).toBeLessThan(2000)

      // The search endpoint falls back to PostgreSQL, which has the same index.
      expect(titles(await endpointSearch(`q=${word}`))).toEqual([`Outage proof ${word}`])
    })
  })
})

describe('choosing the search backend', () => {
  /** A stand-in Meilisearch that counts what reaches it and answers every call 503. */
  const countingServer = async () => {
    let requests = 0
    const server = createServer((_req, res) => {
      requests += 1
      res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"message":"down"}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    return {
      url: `http://127.0.0.1:${port}`,
      requests: () => requests,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    }
  }

  it('SEARCH_BACKEND=postgres answers from PostgreSQL even with MEILISEARCH_HOST set', async () => {
    const word = marker()
    await publish({ title: `Backend choice ${word}` })
    const meili = await countingServer()
    try {
      await withEnv({ SEARCH_BACKEND: 'postgres', MEILISEARCH_HOST: meili.url }, async () => {
        expect(titles(await endpointSearch(`q=${word}`))).toEqual([`Backend choice ${word}`])
        expect((await clients.admin.api.get('/search/status')).body.backend).toBe('postgres')
        expect(meili.requests()).toBe(0)
      })
      // Unset, MEILISEARCH_HOST alone selects Meilisearch (down here, so PostgreSQL answers after it).
      await withEnv({ SEARCH_BACKEND: undefined, MEILISEARCH_HOST: meili.url }, async () => {
        expect(titles(await endpointSearch(`q=${word}`))).toEqual([`Backend choice ${word}`])
        expect((await clients.admin.api.get('/search/status')).body.backend).toBe('meilisearch')
        expect(meili.requests()).toBeGreaterThan(0)
      })
    } finally {
      await meili.close()
    }
  })
})

describe('the indexSlug option', () => {
  it('names tables the way Payload does, for every collection of the config', () => {
    for (const collection of payload.config.collections) {
      expect({
        slug: collection.slug,
        table: tableNameOf(payload, collection.slug) in payload.db.tables,
      }).toEqual({ slug: collection.slug, table: true })
    }
    expect(tableNameOf(payload, searchOptionsOf(payload).indexSlug)).toBe('search_index')
    expect(snakeCase('search-records')).toBe('search_records')
    expect(snakeCase('searchRecords')).toBe('search_records')
    expect(snakeCase('search--records_v2')).toBe('search_records_v2')
  })

  it('writes and searches the table the slug names, not search_index', async () => {
    // The table a plugin built with indexSlug 'other-index' would get from its migration.
    await payload.db.drizzle.execute(
      sql`create table if not exists other_index (like search_index including all)`,
    )
    const options: SanitizedSearchOptions = {
      ...searchOptionsOf(payload),
      indexSlug: 'other-index' as SanitizedSearchOptions['indexSlug'],
    }
    const [word, elsewhere] = [marker(), marker()]
    const doc = await publish({ title: `Elsewhere ${word}` })
    const req = await createLocalReq({}, payload)
    // Rows only the other table has: a title the default index does not know.
    const records = (await buildRecords(req, 'resources', [doc.id])).map((r) => ({
      ...r,
      title: `Moved ${elsewhere}`,
      normTitle: normalizeText(`Moved ${elsewhere}`),
    }))
    await replaceRecords(req, 'resources', [doc.id], records, options)
    const search = (query: string, using = options) => searchPostgres(payload, parse(query), using)

    const found = await search(`q=${elsewhere}`)
    expect({ total: found.totalDocs, hits: titles(found) }).toEqual({
      total: 1,
      hits: [`Moved ${elsewhere}`],
    })
    expect(titles(await search(`q=${word}`))).toEqual([])
    const status = await indexStatus(payload, options)
    expect(status.collections.find((c) => c.collection === 'resources' && c.locale === 'en')?.index).toBe(1)
    // The default index still has the document as published, and nothing of the other's.
    expect(titles(await search(`q=${word}`, searchOptionsOf(payload)))).toEqual([`Elsewhere ${word}`])
    expect((await search(`q=${elsewhere}`, searchOptionsOf(payload))).totalDocs).toBe(0)

    await replaceRecords(req, 'resources', [doc.id], [], options)
    const gone = await search(`q=${elsewhere}`)
    expect({ total: gone.totalDocs, hits: titles(gone) }).toEqual({ total: 0, hits: [] })
    expect(titles(await search(`q=${word}`, searchOptionsOf(payload)))).toEqual([`Elsewhere ${word}`])
  })

  it('no SQL in the search or geo plugins names the index table itself', () => {
    const root = path.resolve(import.meta.dirname, '../../plugins')
    const files = ['search', 'geo'].flatMap((plugin) =>
      readdirSync(path.join(root, plugin), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => path.join(plugin, file)),
    )
    const naming = files.filter((file) =>
      /\bsearch_(index|terms)\b/.test(
        readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
      ),
    )
    expect(files.length).toBeGreaterThan(20)
    // tables.ts holds the vocabulary's one name; nothing else may name either table.
    expect(naming).toEqual([path.join('search', 'tables.ts')])
  })
})
