import type { SanitizedSearchOptions } from './types'

import { defineEndpoint } from '../../utilities/endpoint'
import { meiliSettings } from './meilisearch/client'
import { searchMeilisearch } from './meilisearch/query'
import { searchPostgres } from './postgres/query'
import { cachedBrowse } from './resultCache'
import { searchParamsSchema } from './searchParams'

/**
 * `GET /api/search?q=…&locale=ur&category=3,4&page=2`: ranked results with
 * snippets and facet counts. Only published documents are ever indexed, so
 * nothing here can leak a draft, whoever asks.
 */
export const searchEndpoint = (options: SanitizedSearchOptions) =>
  defineEndpoint({
    method: 'get',
    path: '/search',
    query: searchParamsSchema,
    // Integrators search with a key that may read resources.
    apiKey: { scope: 'resources' },
    headers: { 'Cache-Control': 'public, max-age=10' },
    handler: async ({ req, query: params }) => {
      const started = performance.now()
      const postgres = () => searchPostgres(req.payload, params, options)
      const meili = meiliSettings()
      // PostgreSQL holds the same index, so a Meilisearch outage degrades to it.
      const run = !meili
        ? postgres
        : () =>
            searchMeilisearch(meili, params).catch((err: unknown) => {
              req.payload.logger.error({ err, msg: 'Meilisearch search failed; answering from PostgreSQL' })
              return postgres()
            })
      const result = params.q.trim() ? await run() : await cachedBrowse(JSON.stringify(params), run)
      return { ...result, tookMs: Math.round(performance.now() - started) }
    },
  })
