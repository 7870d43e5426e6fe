import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import ObjectIdImport from 'bson-objectid'

import type { GeneratedResource } from './generateResource'

import { copyRows } from '../../plugins/search/postgres/copyRows'

/**
 * Writes resources straight to their tables, published row and latest version
 * alike, a batch per transaction, with PostgreSQL's bulk load (`COPY`): every
 * row, down to the version's opening-hours ranges, is made here in Node with
 * ids reserved from the tables' own sequences, so each of the 30 tables gets
 * one statement per batch and nothing is read back. Hundreds of thousands of
 * Local API creates would take most of an hour. It bypasses hooks, so seeded
 * rows carry no audit events (seeding is not an editor's action) and are not
 * in the search index yet: the seed rebuilds it for them afterwards.
 *
 * Foreign-key checks are PostgreSQL triggers that look up the parent of every
 * row one at a time, most of the cost of a bulk load here. Every reference
 * written is to a row made in the same batch or to the taxonomy just read,
 * so where the role may (a superuser, or one granted
 * `SET session_replication_role`) the batch skips them, as `pg_restore
 * --disable-triggers` does; otherwise they run.
 */
export const insertResources = async (
  payload: Payload,
  batch: GeneratedResource[],
  organizations: Map<string, number> = new Map(),
): Promise<number[]> => {
  if (batch.length === 0) return []
  const client = await payload.db.pool.connect()
  try {
    await client.query('begin')
    const { rows: privilege } = await client.query<{ may: boolean }>(
      `select current_setting('is_superuser') = 'on'
           or has_parameter_privilege('session_replication_role', 'SET') as may`,
    )
    if (privilege[0]?.may) await client.query('set local session_replication_role = replica')
    const tables = buildRows(batch, organizations, await reserveIds(client, batch))
    for (const [table, columns, rows] of tables) await copyRows(client, table, columns, rows)
    await client.query('commit')
    return tables[0]![2].map((row) => row[0] as number)
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/**
 * Refreshes the planner's statistics of every table `insertResources` writes.
 * After a bulk load they describe the tables as they were (or as nothing, where
 * autovacuum is off), and PostgreSQL then plans a look-up by a few thousand
 * parents as a read of the whole table: the search rebuild that follows spent
 * over a second per batch on such reads at 100,000 resources, 15 ms after this.
 */
export const analyzeResourceTables = async (payload: Payload) => {
  const none = [].values()
  const names = buildRows([], new Map(), {
    resources: none,
    versions: none,
    versionPhones: none,
    versionDays: none,
    versionExceptions: none,
  }).map(([name]) => `"${name}"`)
  await payload.db.pool.query(`analyze ${names.join(', ')}`)
}

// Structural: the adapter bundles its own @types/pg, so its PoolClient is not the root one.
type Client = {
  query: <R>(sql: string, values?: unknown[]) => Promise<{ rows: R[] }>
}

/** Serial ids the batch needs before writing: rows that other rows of it point to. */
interface Ids {
  resources: Iterator<number>
  versions: Iterator<number>
  versionPhones: Iterator<number>
  versionDays: Iterator<number>
  versionExceptions: Iterator<number>
}

const reserveIds = async (client: Client, batch: GeneratedResource[]): Promise<Ids> => {
  const take = async (table: string, count: number) => {
    const { rows } = await client.query<{ id: number }>(
      `select nextval(pg_get_serial_sequence($1, 'id'))::int as id from generate_series(1, $2)`,
      [table, count],
    )
    return rows.map((row) => row.id).values()
  }
  const sum = (count: (r: GeneratedResource) => number) => batch.reduce((n, r) => n + count(r), 0)
  return {
    resources: await take('resources', batch.length),
    versions: await take('_resources_v', batch.length),
    versionPhones: await take(
      '_resources_v_version_phones',
      sum((r) => r.profile.phones.length),
    ),
    versionDays: await take(
      '_resources_v_version_opening_hours',
      sum((r) => r.profile.openingHours.length),
    ),
    versionExceptions: await take(
      '_resources_v_version_hours_exceptions',
      sum((r) => r.profile.hoursExceptions.length),
    ),
  }
}

const next = (ids: Iterator<number>) => {
  const { value, done } = ids.next()
  if (done) throw new Error('insertResources reserved too few ids')
  return value
}

// As Payload imports it (the package's CommonJS default differs between loaders).
const ObjectId = (
  'default' in ObjectIdImport ? ObjectIdImport.default : ObjectIdImport
) as typeof ObjectIdImport

/**
 * Payload's array row ids, made as Payload makes them (an ObjectId's 24 hex
 * characters). They grow with time, so each lands at the end of its primary
 * key's index instead of at a random page of it.
 */
const rowId = () => new ObjectId().toHexString()

type Table = [name: string, columns: string[], rows: unknown[][]]

/**
 * Every row of the batch, table by table, parents before children. Array
 * rows of the latest version get serial ids and keep the document row's id
 * in `_uuid`, which is how Payload pairs them.
 */
const buildRows = (batch: GeneratedResource[], organizations: Map<string, number>, ids: Ids): Table[] => {
  const table = (name: string, columns: string): Table => [name, columns.split(' '), []]
  // The document's own columns, in the order `fields` below lists their values.
  const own = [
    'slug category_id district_id status featured attributes location bbox_min_lng bbox_min_lat',
    'bbox_max_lng bbox_max_lat provenance_source provenance_source_url provenance_licence',
    'provenance_collected_at provenance_collected_by organization_id email website address_postal_code',
    'fees_kind last_verified_at _status',
  ].join(' ')
  const resources = table('resources', `id ${own} created_at updated_at`)
  const versions = table(
    '_resources_v',
    `id parent_id ${own.replace(/(\S+)/g, 'version_$1')} version_created_at version_updated_at created_at updated_at latest`,
  )
  const localeColumns = [
    'title summary body address_street address_town landmark eligibility fees_note how_to_apply',
    'documents_to_bring',
  ].join(' ')
  const locales = table('resources_locales', `_parent_id _locale ${localeColumns}`)
  const versionLocales = table(
    '_resources_v_locales',
    `_parent_id _locale ${localeColumns.replace(/(\S+)/g, 'version_$1')}`,
  )
  const rels = table('resources_rels', 'parent_id path tags_id order')
  const versionRels = table('_resources_v_rels', 'parent_id path tags_id order')
  const phones = table('resources_phones', 'id _parent_id _order number kind')
  const phoneLabels = table('resources_phones_locales', '_parent_id _locale label')
  const versionPhones = table('_resources_v_version_phones', 'id _parent_id _order _uuid number kind')
  const versionPhoneLabels = table('_resources_v_version_phones_locales', '_parent_id _locale label')
  const days = table('resources_opening_hours', 'id _parent_id _order day mode')
  const versionDays = table('_resources_v_version_opening_hours', 'id _parent_id _order _uuid day mode')
  const dayRanges = table('resources_opening_hours_ranges', 'id _parent_id _order opens closes')
  const versionDayRanges = table(
    '_resources_v_version_opening_hours_ranges',
    '_parent_id _order _uuid opens closes',
  )
  const exceptions = table('resources_hours_exceptions', 'id _parent_id _order from to mode')
  const versionExceptions = table(
    '_resources_v_version_hours_exceptions',
    'id _parent_id _order _uuid from to mode',
  )
  const exceptionLabels = table('resources_hours_exceptions_locales', '_parent_id _locale label')
  const versionExceptionLabels = table(
    '_resources_v_version_hours_exceptions_locales',
    '_parent_id _locale label',
  )
  const exceptionRanges = table('resources_hours_exceptions_ranges', 'id _parent_id _order opens closes')
  const versionExceptionRanges = table(
    '_resources_v_version_hours_exceptions_ranges',
    '_parent_id _order _uuid opens closes',
  )
  const selects = (path: 'languages' | 'accessibility') => [
    table(`resources_${path}`, 'parent_id order value'),
    table(`_resources_v_version_${path}`, 'parent_id order value'),
  ]
  const [languages, versionLanguages] = selects('languages') as [Table, Table]
  const [accessibility, versionAccessibility] = selects('accessibility') as [Table, Table]

  // One moment for the whole batch, as the column default `now()` gave one per transaction.
  const now = new Date().toISOString()
  for (const r of batch) {
    const id = next(ids.resources)
    const version = next(ids.versions)
    const [lng, lat] = r.location.coordinates
    const p = r.provenance
    const organization = r.profile.organizationSlug
      ? (organizations.get(r.profile.organizationSlug) ?? null)
      : null
    const status = r.published ? 'published' : 'draft'
    const fields = [
      r.slug,
      r.categoryId,
      r.districtId,
      r.status,
      r.featured,
      JSON.stringify(r.attributes),
      JSON.stringify(r.location),
      lng,
      lat,
      lng,
      lat,
      p.source,
      p.sourceUrl,
      p.licence,
      p.collectedAt,
      p.collectedBy,
      organization,
      r.profile.email,
      r.profile.website,
      r.profile.postalCode,
      r.profile.feesKind,
      r.profile.lastVerifiedAt,
      status,
    ]
    resources[2].push([id, ...fields, now, now])
    versions[2].push([version, id, ...fields, now, now, now, now, true])

    const localeCodes = r.locales.map((l) => l.locale)
    for (const l of r.locales) {
      const text = r.profile.text[l.locale]
      // Written twice (document and version): turned into JSON once.
      const body = JSON.stringify(l.body)
      const values = [
        l.title,
        l.summary,
        body,
        text?.street,
        text?.town,
        text?.landmark,
        text?.eligibility,
        text?.feesNote,
        text?.howToApply,
        text?.documents,
      ]
      locales[2].push([id, l.locale, ...values])
      versionLocales[2].push([version, l.locale, ...values])
    }
    r.tagIds.forEach((tag, order) => {
      rels[2].push([id, 'tags', tag, order + 1])
      versionRels[2].push([version, 'version.tags', tag, order + 1])
    })
    r.profile.phones.forEach((phone, order) => {
      const row = rowId()
      const versionRow = next(ids.versionPhones)
      phones[2].push([row, id, order + 1, phone.number, phone.kind])
      versionPhones[2].push([versionRow, version, order + 1, row, phone.number, phone.kind])
      for (const locale of localeCodes) {
        phoneLabels[2].push([row, locale, phone.label[locale]])
        versionPhoneLabels[2].push([versionRow, locale, phone.label[locale]])
      }
    })
    r.profile.openingHours.forEach((day, order) => {
      const row = rowId()
      const versionRow = next(ids.versionDays)
      days[2].push([row, id, order + 1, day.day, day.mode])
      versionDays[2].push([versionRow, version, order + 1, row, day.day, day.mode])
      day.ranges.forEach(([opens, closes], n) => {
        const range = rowId()
        dayRanges[2].push([range, row, n + 1, opens, closes])
        versionDayRanges[2].push([versionRow, n + 1, range, opens, closes])
      })
    })
    r.profile.hoursExceptions.forEach((ex, order) => {
      const row = rowId()
      const versionRow = next(ids.versionExceptions)
      exceptions[2].push([row, id, order + 1, ex.from, ex.to, ex.mode])
      versionExceptions[2].push([versionRow, version, order + 1, row, ex.from, ex.to, ex.mode])
      for (const locale of localeCodes) {
        exceptionLabels[2].push([row, locale, ex.label[locale]])
        versionExceptionLabels[2].push([versionRow, locale, ex.label[locale]])
      }
      ex.ranges.forEach(([opens, closes], n) => {
        const range = rowId()
        exceptionRanges[2].push([range, row, n + 1, opens, closes])
        versionExceptionRanges[2].push([versionRow, n + 1, range, opens, closes])
      })
    })
    r.profile.languages.forEach((value, order) => {
      languages[2].push([id, order + 1, value])
      versionLanguages[2].push([version, order + 1, value])
    })
    r.profile.accessibility.forEach((value, order) => {
      accessibility[2].push([id, order + 1, value])
      versionAccessibility[2].push([version, order + 1, value])
    })
  }
  return [
    resources,
    locales,
    rels,
    phones,
    phoneLabels,
    days,
    dayRanges,
    exceptions,
    exceptionLabels,
    exceptionRanges,
    languages,
    accessibility,
    versions,
    versionLocales,
    versionRels,
    versionPhones,
    versionPhoneLabels,
    versionDays,
    versionDayRanges,
    versionExceptions,
    versionExceptionLabels,
    versionExceptionRanges,
    versionLanguages,
    versionAccessibility,
  ]
}
