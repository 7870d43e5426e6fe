import { sql } from '@payloadcms/db-postgres'

import type { Geometry } from '../../../utilities/geojson'
import type { PublicCollection } from './collection'

import { column, localized, phones, read, reader } from './fields'
import { updatedSinceFilter } from './filters'

const timestamps = {
  createdAt: column('created_at', read.date),
  updatedAt: column('updated_at', read.date),
}

const sortsBy = (extra: PublicCollection<{ id: number; updatedAt: string }>['sorts'] = {}) => ({
  createdAt: { expression: sql`t.created_at`, cast: 'timestamptz' as const },
  updatedAt: { expression: sql`t.updated_at`, cast: 'timestamptz' as const },
  id: { expression: sql`t.id`, cast: 'int' as const },
  slug: { expression: sql`t.slug`, cast: 'text' as const },
  ...extra,
})

export interface PublicCategory {
  id: number
  slug: string | null
  name: string
  description: string | null
  icon: string | null
  order: number
  createdAt: string
  updatedAt: string
}

export const publicCategories: PublicCollection<PublicCategory> = {
  slug: 'categories',
  table: 'categories',
  localesTable: 'categories_locales',
  drafts: false,
  description: 'Kinds of service (health, education, water…).',
  defaultSort: 'order',
  projection: {
    id: column('id', read.id),
    slug: column('slug', read.stringOrNull),
    name: localized('name', read.string),
    description: localized('description', read.stringOrNull),
    icon: column('icon', read.stringOrNull),
    order: column(
      'order',
      reader((raw) => Number(raw ?? 0), { type: 'number' }),
    ),
    ...timestamps,
  },
  // `order` may be unset: coalesced here and in its index alike.
  sorts: sortsBy({ order: { expression: sql`coalesce(t."order", 0)`, cast: 'numeric' } }),
  filters: { updatedSince: updatedSinceFilter },
}

export interface PublicDistrict {
  id: number
  slug: string | null
  name: string
  division: string | null
  /** GeoJSON Point. */
  centroid: Geometry | null
  /** GeoJSON Polygon or MultiPolygon. */
  boundary: Geometry | null
  createdAt: string
  updatedAt: string
}

export const publicDistricts: PublicCollection<PublicDistrict> = {
  slug: 'districts',
  table: 'districts',
  localesTable: 'districts_locales',
  drafts: false,
  description: 'Districts of Khyber Pakhtunkhwa, with their centre and boundary.',
  defaultSort: 'slug',
  projection: {
    id: column('id', read.id),
    slug: column('slug', read.stringOrNull),
    name: localized('name', read.string),
    division: column('division', read.stringOrNull),
    centroid: column('centroid', read.geometry),
    boundary: column('boundary', read.geometry),
    ...timestamps,
  },
  sorts: sortsBy(),
  filters: { updatedSince: updatedSinceFilter },
}

export interface PublicTag {
  id: number
  slug: string | null
  name: string
  createdAt: string
  updatedAt: string
}

export const publicTags: PublicCollection<PublicTag> = {
  slug: 'tags',
  table: 'tags',
  localesTable: 'tags_locales',
  drafts: false,
  description: 'Free labels on resources (women-only, free of charge…).',
  defaultSort: 'slug',
  projection: {
    id: column('id', read.id),
    slug: column('slug', read.stringOrNull),
    name: localized('name', read.string),
    ...timestamps,
  },
  sorts: sortsBy(),
  filters: { updatedSince: updatedSinceFilter },
}

export interface PublicOrganization {
  id: number
  slug: string | null
  name: string
  description: string | null
  email: string | null
  website: string | null
  phones: { number: string; kind: string | null; label: string | null }[]
  legalStatus: string | null
  createdAt: string
  updatedAt: string
}

export const publicOrganizations: PublicCollection<PublicOrganization> = {
  slug: 'organizations',
  table: 'organizations',
  localesTable: 'organizations_locales',
  drafts: false,
  description: 'Providers of resources (HSDS organization): departments, NGOs, district offices.',
  projection: {
    id: column('id', read.id),
    slug: column('slug', read.stringOrNull),
    name: localized('name', read.string),
    description: localized('description', read.stringOrNull),
    email: column('email', read.stringOrNull),
    website: column('website', read.stringOrNull),
    phones: phones('organizations_phones'),
    legalStatus: column('legal_status', read.stringOrNull),
    ...timestamps,
  },
  sorts: sortsBy(),
  filters: { updatedSince: updatedSinceFilter },
}
