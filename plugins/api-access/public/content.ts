import { sql } from '@payloadcms/db-postgres'

import type { PublicCollection } from './collection'

import { CAMPAIGN_PHASES } from '../../../collections/campaigns/phase'
import { column, expression, localized, object, read, reader, relIds } from './fields'
import { filter } from './collection'
import { list, relFilter, updatedSinceFilter } from './filters'
import { z } from 'zod'

export interface PublicPost {
  id: number
  slug: string | null
  title: string
  summary: string | null
  body: string | null
  categories: number[]
  /** The campaign it belongs to, when that campaign is published. */
  campaign: number | null
  /** Published resources it mentions. */
  relatedResources: number[]
  publishedAt: string | null
  createdAt: string
  updatedAt: string
}

export const publicPosts: PublicCollection<PublicPost> = {
  slug: 'posts',
  table: 'posts',
  localesTable: 'posts_locales',
  drafts: true,
  description: 'News and awareness posts, published ones only.',
  defaultSort: '-publishedAt',
  projection: {
    id: column('id', read.id),
    slug: column('slug', read.stringOrNull),
    title: localized('title', read.string),
    summary: localized('summary', read.stringOrNull),
    body: localized('body', read.text),
    categories: expression(() => relIds('posts_rels', 'categories', 'categories_id'), read.ids),
    campaign: expression(
      () => sql`(select c.id from campaigns c where c.id = t.campaign_id and c._status = 'published')`,
      read.idOrNull,
    ),
    relatedResources: expression(
      () => relIds('posts_rels', 'relatedResources', 'resources_id', 'resources'),
      read.ids,
    ),
    publishedAt: column('published_at', read.dateOrNull),
    createdAt: column('created_at', read.date),
    updatedAt: column('updated_at', read.date),
  },
  sorts: {
    createdAt: { expression: sql`t.created_at`, cast: 'timestamptz' },
    updatedAt: { expression: sql`t.updated_at`, cast: 'timestamptz' },
    // A published post always has one (set on first publication); the creation time stands in otherwise.
    publishedAt: { expression: sql`coalesce(t.published_at, t.created_at)`, cast: 'timestamptz' },
    id: { expression: sql`t.id`, cast: 'int' },
  },
  filters: {
    category: relFilter('posts_rels', 'categories', 'categories_id', 'posts in categories'),
    updatedSince: updatedSinceFilter,
  },
}

const PUBLIC_PHASES = CAMPAIGN_PHASES.filter((p) => p !== 'draft') as ['scheduled', 'running', 'ended']
type PublicPhase = (typeof PUBLIC_PHASES)[number]

/** The phase from the dates, as `campaignPhase` derives it for a published campaign. */
const phaseSql = sql`case when now() < t.starts_at then 'scheduled' when now() >= t.ends_at then 'ended' else 'running' end`

export interface PublicCampaign {
  id: number
  slug: string | null
  title: string
  summary: string | null
  body: string | null
  startsAt: string
  endsAt: string
  /** From the dates: scheduled before the start, running until the end, ended after. */
  phase: PublicPhase
  goal: { target: number | null; unit: string | null }
  organization: number | null
  districts: number[]
  categories: number[]
  /** Published resources it promotes. */
  resources: number[]
  publishedAt: string | null
  createdAt: string
  updatedAt: string
}

export const publicCampaigns: PublicCollection<PublicCampaign> = {
  slug: 'campaigns',
  table: 'campaigns',
  localesTable: 'campaigns_locales',
  drafts: true,
  description: 'Awareness campaigns with dates and a goal, published ones only.',
  defaultSort: '-startsAt',
  projection: {
    id: column('id', read.id),
    slug: column('slug', read.stringOrNull),
    title: localized('title', read.string),
    summary: localized('summary', read.stringOrNull),
    body: localized('body', read.text),
    startsAt: column('starts_at', read.date),
    endsAt: column('ends_at', read.date),
    phase: expression(
      () => phaseSql,
      reader((raw) => String(raw) as PublicPhase, { type: 'string', enum: PUBLIC_PHASES }),
    ),
    goal: expression(
      () => sql`json_build_object('target', t.goal_target, 'unit', t.goal_unit)`,
      reader(
        (raw) => {
          const goal = (raw ?? {}) as { target?: unknown; unit?: unknown }
          return { target: read.numberOrNull.read(goal.target), unit: read.stringOrNull.read(goal.unit) }
        },
        object({ target: { type: ['number', 'null'] }, unit: { type: ['string', 'null'] } }),
      ),
    ),
    organization: column('organization_id', read.idOrNull),
    districts: expression(() => relIds('campaigns_rels', 'districts', 'districts_id'), read.ids),
    categories: expression(() => relIds('campaigns_rels', 'categories', 'categories_id'), read.ids),
    resources: expression(() => relIds('campaigns_rels', 'resources', 'resources_id', 'resources'), read.ids),
    publishedAt: column('published_at', read.dateOrNull),
    createdAt: column('created_at', read.date),
    updatedAt: column('updated_at', read.date),
  },
  sorts: {
    createdAt: { expression: sql`t.created_at`, cast: 'timestamptz' },
    updatedAt: { expression: sql`t.updated_at`, cast: 'timestamptz' },
    startsAt: { expression: sql`t.starts_at`, cast: 'timestamptz' },
    endsAt: { expression: sql`t.ends_at`, cast: 'timestamptz' },
    id: { expression: sql`t.id`, cast: 'int' },
  },
  filters: {
    category: relFilter('campaigns_rels', 'categories', 'categories_id', 'campaigns in categories'),
    district: relFilter('campaigns_rels', 'districts', 'districts_id', 'campaigns in districts'),
    status: filter(
      list(z.enum(PUBLIC_PHASES)),
      (phases: PublicPhase[]) => sql`(${phaseSql}) = any(${`{${phases.join(',')}}`}::text[])`,
      `Only campaigns in these phases (comma-separated: ${PUBLIC_PHASES.join(', ')}).`,
    ),
    updatedSince: updatedSinceFilter,
  },
}
