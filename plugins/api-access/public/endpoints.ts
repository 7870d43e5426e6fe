import type { Endpoint } from 'payload'

import { z } from 'zod'

import type { SanitizedApiAccessOptions } from '../types'
import type { AnyPublicCollection } from './collection'

import { defineEndpoint } from '../../../utilities/endpoint'
import { notFound } from '../../../utilities/errors'
import { idParam } from '../../../utilities/idParam'
import { preflight, withCors } from '../cors'
import { conditionalJson } from './conditional'
import { docsPage } from './docsPage'
import { openApiDocument } from './openapi'
import { type ListQuery, itemParams, listParams } from './params'
import { findOne, listPage } from './query'

/** Public data, the same for every reader: shared caches may keep it briefly; clients revalidate with the ETag. */
const CACHE_CONTROL = 'public, max-age=30'

const baseHeaders = (locale: string) => ({ 'Cache-Control': CACHE_CONTROL, 'Content-Language': locale })

/** The address of the next page: this request's, with the new cursor. */
const nextLink = (url: string, cursor: string | null): string | null => {
  if (!cursor) return null
  const next = new URL(url)
  next.searchParams.set('cursor', cursor)
  return `${next.pathname}${next.search}`
}

/**
 * `GET <base>/<collection>` and `GET <base>/<collection>/:id` for one public
 * collection, through the request kernel (validation, the authorize hook,
 * one error shape), with CORS on every answer.
 */
const collectionEndpoints = (
  collection: AnyPublicCollection,
  options: SanitizedApiAccessOptions,
): Endpoint[] => {
  const access = ({ req }: { req: Parameters<SanitizedApiAccessOptions['authorize']>[0]['req'] }) =>
    options.authorize({ req, collection: collection.slug })
  const path = `${options.basePath}/${collection.slug}`
  return [
    withCors(
      defineEndpoint({
        method: 'get',
        path,
        query: listParams(collection),
        access,
        apiKey: { scope: collection.slug },
        handler: async ({ req, query }) => {
          const page = await listPage(req.payload.db.pool, collection, query as ListQuery)
          return conditionalJson(
            req,
            { data: page.data, nextCursor: page.nextCursor, next: nextLink(req.url!, page.nextCursor) },
            { lastModified: page.lastModified, headers: baseHeaders(query.locale) },
          )
        },
      }),
    ),
    withCors(
      defineEndpoint({
        method: 'get',
        path: `${path}/:id`,
        params: z.object({ id: idParam() }),
        query: itemParams(collection),
        apiKey: { scope: collection.slug },
        access,
        handler: async ({ req, params, query }) => {
          const found = await findOne(req.payload.db.pool, collection, params.id, query)
          if (!found) throw notFound(`No published ${collection.slug} has id ${params.id}`, 'id')
          return conditionalJson(
            req,
            { data: found.data },
            { lastModified: found.lastModified, headers: baseHeaders(query.locale) },
          )
        },
      }),
    ),
  ]
}

export const publicEndpoints = (
  collections: readonly AnyPublicCollection[],
  options: SanitizedApiAccessOptions,
): Endpoint[] => {
  const document = openApiDocument(collections, options.basePath)
  const openApiPath = `${options.basePath}/openapi.json`
  const docs = docsPage(document, openApiPath)
  return [
    withCors(
      defineEndpoint({
        method: 'get',
        path: openApiPath,
        // The contract is public; a key may read it as anyone may.
        apiKey: {},
        headers: { 'Cache-Control': 'public, max-age=300' },
        handler: async ({ req }) =>
          conditionalJson(req, document, { headers: { 'Cache-Control': 'public, max-age=300' } }),
      }),
    ),
    defineEndpoint({
      method: 'get',
      path: `${options.basePath}/docs`,
      apiKey: {},
      handler: async () =>
        new Response(docs, {
          headers: {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'public, max-age=300',
            // Nothing to load from anywhere: inline styles only, no script at all.
            'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
          },
        }),
    }),
    ...collections.flatMap((collection) => collectionEndpoints(collection, options)),
    // Not through the kernel: a preflight carries the real request's query string (which the
    // kernel would refuse as unknown parameters), reads nothing and runs no handler.
    { method: 'options', path: `${options.basePath}/:collection`, handler: async (req) => preflight(req) },
    {
      method: 'options',
      path: `${options.basePath}/:collection/:id`,
      handler: async (req) => preflight(req),
    },
  ]
}
