import type { AnyPublicCollection } from './collection'
import type { JsonSchema } from './fields'

import { PUBLIC_LOCALES } from './locale'
import { MAX_LIMIT, sortValues } from './params'

const pascal = (slug: string) => slug.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())
/** `resources` → `Resource`, `categories` → `Category`: the name of one item's schema. */
const singular = (slug: string) => pascal(slug).replace(/ies$/, 'y').replace(/s$/, '')

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

const query = (name: string, description: string, schema: JsonSchema, example?: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...(example === undefined ? {} : { example }),
})

const FILTER_EXAMPLES: Record<string, string> = {
  category: '3,4',
  district: '12',
  tag: '7',
  organization: '2',
  status: 'active',
  updatedSince: '2026-12-01T00:00:00Z',
  bbox: '71.4,33.9,71.7,34.1',
}

const localeParameter = query(
  'locale',
  'Language of the text fields; where a text has no translation, the English one stands in.',
  { type: 'string', enum: PUBLIC_LOCALES, default: 'en' },
)

const fieldsParameter = (collection: AnyPublicCollection) =>
  query(
    'fields',
    'Comma-separated fields to return (`id` always comes too); all of them by default.',
    { type: 'string' },
    Object.keys(collection.projection).slice(1, 3).join(','),
  )

const conditionalHeaders = {
  ETag: { description: 'A hash of the body: send it back as `If-None-Match`.', schema: { type: 'string' } },
  'Last-Modified': {
    description: 'The newest change among the rows returned.',
    schema: { type: 'string' },
  },
  'Cache-Control': { schema: { type: 'string', examples: ['public, max-age=30'] } },
  'Content-Language': { schema: { type: 'string', enum: PUBLIC_LOCALES } },
  'X-Request-Id': { schema: { type: 'string' } },
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
})

const conditional = {
  parameters: [
    { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
    { name: 'If-Modified-Since', in: 'header', required: false, schema: { type: 'string' } },
  ],
  notModified: {
    description: 'Not modified: what the client holds is current.',
    headers: conditionalHeaders,
  },
}

/**
 * The OpenAPI 3.1 document of the public API, assembled from the same
 * definitions the endpoints run on (projections, sorts and filters), so the
 * document cannot list a field or a parameter the API does not have.
 */
export const openApiDocument = (collections: readonly AnyPublicCollection[], basePath: string) => {
  const paths: Record<string, unknown> = {}
  const schemas: Record<string, unknown> = {
    Error: {
      type: 'object',
      required: ['errors'],
      properties: {
        errors: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['message'],
            properties: {
              message: { type: 'string' },
              field: { type: 'string', description: 'The parameter to blame, when there is one.' },
            },
            additionalProperties: false,
          },
        },
        requestId: { type: 'string' },
      },
      additionalProperties: false,
    },
  }
  for (const collection of collections) {
    const item = singular(collection.slug)
    schemas[item] = {
      type: 'object',
      description: `${collection.description} With \`fields=\`, only \`id\` and the fields named come.`,
      required: Object.keys(collection.projection),
      properties: Object.fromEntries(
        Object.entries(collection.projection).map(([key, f]) => [key, f.schema]),
      ),
      additionalProperties: false,
    }
    schemas[`${item}List`] = {
      type: 'object',
      required: ['data', 'nextCursor', 'next'],
      properties: {
        data: { type: 'array', items: ref(item) },
        nextCursor: {
          type: ['string', 'null'],
          description: 'Pass as `cursor` (with the same `sort`) for the next page; null on the last page.',
        },
        next: {
          type: ['string', 'null'],
          description: 'The next page’s address, this request’s with the cursor.',
        },
      },
      additionalProperties: false,
    }
    const sorts = sortValues(collection)
    paths[`${basePath}/${collection.slug}`] = {
      get: {
        operationId: `list${pascal(collection.slug)}`,
        summary: `List ${collection.slug}`,
        description: `${collection.description} Pages by cursor: follow \`next\` until it is null.`,
        tags: [collection.slug],
        parameters: [
          ...Object.entries(collection.filters).map(([name, f]) =>
            query(name, f.description, { type: 'string' }, FILTER_EXAMPLES[name]),
          ),
          fieldsParameter(collection),
          query(
            'sort',
            'Order: a field, `-` in front for descending; ties are broken by id in the same direction.',
            { type: 'string', enum: sorts, default: collection.defaultSort ?? '-createdAt' },
          ),
          query('limit', 'Rows per page.', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 20 }),
          query('cursor', 'The `nextCursor` of the page before (opaque).', { type: 'string' }),
          localeParameter,
          ...conditional.parameters,
        ],
        responses: {
          '200': {
            description: 'One page.',
            headers: conditionalHeaders,
            content: { 'application/json': { schema: ref(`${item}List`) } },
          },
          '304': conditional.notModified,
          '400': errorResponse('A parameter is wrong; `field` names it.'),
        },
      },
    }
    paths[`${basePath}/${collection.slug}/{id}`] = {
      get: {
        operationId: `get${item}`,
        summary: `One of the ${collection.slug}`,
        tags: [collection.slug],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
          fieldsParameter(collection),
          localeParameter,
          ...conditional.parameters,
        ],
        responses: {
          '200': {
            description: 'The document.',
            headers: conditionalHeaders,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['data'],
                  properties: { data: ref(item) },
                  additionalProperties: false,
                },
              },
            },
          },
          '304': conditional.notModified,
          '400': errorResponse('A parameter is wrong; `field` names it.'),
          '404': errorResponse('No published document has this id.'),
        },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hujra public API',
      version: '1',
      description:
        'Read-only access to Hujra’s published catalogue: resources (HSDS-modelled services), posts, ' +
        'campaigns and their taxonomies, in English, Urdu and Pashto. Lists page by cursor; every ' +
        'answer carries an ETag for conditional requests.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api', description: 'This server' }],
    tags: collections.map((c) => ({ name: c.slug, description: c.description })),
    paths,
    components: { schemas },
  }
}
