import { sql } from '@payloadcms/db-postgres'

import type { Geometry } from '../../../utilities/geojson'
import type { PublicCollection } from './collection'

import { RESOURCE_STATUSES, type ResourceStatus } from '../../../collections/Resources/statuses'
import {
  column,
  expression,
  json,
  localized,
  object,
  phones,
  read,
  reader,
  relIds,
  selectValues,
} from './fields'
import { bboxFilter, enumFilter, idFilter, relFilter, updatedSinceFilter } from './filters'

export interface PublicPhone {
  number: string
  kind: string | null
  label: string | null
}

export interface PublicTimeRange {
  opens: string
  closes: string
}

/**
 * A resource as integrators see it: the HSDS-modelled profile (see the
 * README's "Resource profiles (HSDS)") in the reader's language. Left out on
 * purpose: who verified it (a user), who collected it, attachments (files
 * have their own visibility), the draft state and the derived bbox columns.
 */
export interface PublicResource {
  id: number
  slug: string | null
  title: string
  summary: string | null
  /** The body as plain text, paragraphs on their own lines. */
  body: string | null
  category: number | null
  district: number | null
  tags: number[]
  organization: number | null
  status: ResourceStatus
  featured: boolean
  /** GeoJSON geometry (WGS 84), usually a Point. */
  location: Geometry | null
  phones: PublicPhone[]
  email: string | null
  website: string | null
  address: { street: string | null; town: string | null; postalCode: string | null }
  landmark: string | null
  timeZone: string | null
  openingHours: { day: string; mode: string; ranges: PublicTimeRange[] }[]
  hoursExceptions: {
    from: string
    to: string
    label: string | null
    mode: string
    ranges: PublicTimeRange[]
  }[]
  eligibility: string | null
  fees: { kind: 'free' | 'paid' | null; note: string | null }
  languages: string[]
  accessibility: string[]
  howToApply: string | null
  documentsToBring: string[]
  /** Values the category's attribute schema declares (`GET /categories` does not list schemas yet). */
  attributes: Record<string, unknown>
  references: { label: string; url: string }[]
  provenance: {
    source: string | null
    sourceUrl: string | null
    licence: string | null
    collectedAt: string | null
  }
  lastVerifiedAt: string | null
  createdAt: string
  updatedAt: string
}

const ranges = (table: string, parent: string) =>
  sql`coalesce((select json_agg(json_build_object('opens', x.opens, 'closes', x.closes) order by x._order)
    from ${sql.identifier(table)} x where x._parent_id = ${sql.identifier(parent)}.id), '[]'::json)`

const NULLABLE = { type: ['string', 'null'] }
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const MODES = ['open', 'closed', '24h']
const RANGES = { type: 'array', items: object({ opens: { type: 'string' }, closes: { type: 'string' } }) }

export const publicResources: PublicCollection<PublicResource> = {
  slug: 'resources',
  table: 'resources',
  localesTable: 'resources_locales',
  drafts: true,
  description: 'Services and places (clinics, schools, water points…), published ones only.',
  projection: {
    id: column('id', read.id),
    slug: column('slug', read.stringOrNull),
    title: localized('title', read.string),
    summary: localized('summary', read.stringOrNull),
    body: localized('body', read.text),
    category: column('category_id', read.idOrNull),
    district: column('district_id', read.idOrNull),
    tags: expression(() => relIds('resources_rels', 'tags', 'tags_id'), read.ids),
    organization: column('organization_id', read.idOrNull),
    status: column(
      'status',
      reader((raw) => String(raw) as ResourceStatus, { type: 'string', enum: RESOURCE_STATUSES }),
    ),
    featured: column('featured', read.boolean),
    location: column('location', read.geometry),
    phones: phones('resources_phones'),
    email: column('email', read.stringOrNull),
    website: column('website', read.stringOrNull),
    address: expression(
      (ctx) => sql`json_build_object('street', ${ctx.localized('address_street')},
        'town', ${ctx.localized('address_town')}, 'postalCode', t.address_postal_code)`,
      json(
        { street: null, town: null, postalCode: null },
        object({ street: NULLABLE, town: NULLABLE, postalCode: NULLABLE }),
      ),
    ),
    landmark: localized('landmark', read.stringOrNull),
    timeZone: column('time_zone', read.stringOrNull),
    openingHours: expression(
      () => sql`coalesce((select json_agg(json_build_object('day', h.day, 'mode', h.mode,
          'ranges', ${ranges('resources_opening_hours_ranges', 'h')}) order by h._order)
        from resources_opening_hours h where h._parent_id = t.id), '[]'::json)`,
      json([], {
        type: 'array',
        items: object({
          day: { type: 'string', enum: DAYS },
          mode: { type: 'string', enum: MODES },
          ranges: RANGES,
        }),
      }),
    ),
    hoursExceptions: expression(
      (ctx) => sql`coalesce((select json_agg(json_build_object('from', e."from", 'to', e."to",
          'label', coalesce(
            (select nullif(el.label, '') from resources_hours_exceptions_locales el where el._parent_id = e.id and el._locale = ${ctx.locale}),
            (select nullif(el.label, '') from resources_hours_exceptions_locales el where el._parent_id = e.id and el._locale = ${ctx.fallback})),
          'mode', e.mode, 'ranges', ${ranges('resources_hours_exceptions_ranges', 'e')}) order by e._order)
        from resources_hours_exceptions e where e._parent_id = t.id), '[]'::json)`,
      reader(
        (raw) =>
          ((raw ?? []) as PublicResource['hoursExceptions']).map((e) => ({
            ...e,
            from: read.date.read(e.from),
            to: read.date.read(e.to),
          })),
        {
          type: 'array',
          items: object({
            from: read.date.schema,
            to: read.date.schema,
            label: NULLABLE,
            mode: { type: 'string', enum: MODES },
            ranges: RANGES,
          }),
        },
      ),
    ),
    eligibility: localized('eligibility', read.stringOrNull),
    fees: expression(
      (ctx) => sql`json_build_object('kind', t.fees_kind, 'note', ${ctx.localized('fees_note')})`,
      json(
        { kind: null, note: null },
        object({ kind: { type: ['string', 'null'], enum: ['free', 'paid', null] }, note: NULLABLE }),
      ),
    ),
    languages: expression(() => selectValues('resources_languages'), read.strings),
    accessibility: expression(() => selectValues('resources_accessibility'), read.strings),
    howToApply: localized('how_to_apply', read.stringOrNull),
    documentsToBring: localized('documents_to_bring', read.lines),
    attributes: column('attributes', json({}, { type: 'object' })),
    references: expression(
      () => sql`coalesce((select json_agg(json_build_object('label', x.label, 'url', x.url) order by x._order)
        from resources_references x where x._parent_id = t.id), '[]'::json)`,
      json([], {
        type: 'array',
        items: object({ label: { type: 'string' }, url: { type: 'string', format: 'uri' } }),
      }),
    ),
    provenance: expression(
      () => sql`json_build_object('source', t.provenance_source, 'sourceUrl', t.provenance_source_url,
        'licence', t.provenance_licence, 'collectedAt', t.provenance_collected_at)`,
      reader(
        (raw) => {
          const p = (raw ?? {}) as PublicResource['provenance']
          return {
            source: p.source ?? null,
            sourceUrl: p.sourceUrl ?? null,
            licence: p.licence ?? null,
            collectedAt: read.dateOrNull.read(p.collectedAt),
          }
        },
        object({
          source: NULLABLE,
          sourceUrl: NULLABLE,
          licence: NULLABLE,
          collectedAt: read.dateOrNull.schema,
        }),
      ),
    ),
    lastVerifiedAt: column('last_verified_at', read.dateOrNull),
    createdAt: column('created_at', read.date),
    updatedAt: column('updated_at', read.date),
  },
  sorts: {
    createdAt: { expression: sql`t.created_at`, cast: 'timestamptz' },
    updatedAt: { expression: sql`t.updated_at`, cast: 'timestamptz' },
    id: { expression: sql`t.id`, cast: 'int' },
  },
  filters: {
    category: idFilter('category_id', 'resources in categories'),
    district: idFilter('district_id', 'resources in districts'),
    tag: relFilter('resources_rels', 'tags', 'tags_id', 'resources tagged'),
    organization: idFilter('organization_id', 'resources provided by organizations'),
    status: enumFilter(
      'status',
      RESOURCE_STATUSES,
      'enum_resources_operational_status',
      'resources in these states',
    ),
    updatedSince: updatedSinceFilter,
    bbox: bboxFilter,
  },
}
