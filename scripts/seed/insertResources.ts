import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import type { GeneratedResource } from './generateResource'

/**
 * Writes resources straight to their tables, published row and latest version
 * alike, a batch per transaction. Hundreds of thousands of Local API creates
 * would take most of an hour; this takes seconds. It bypasses hooks, so seeded
 * rows carry no audit events (seeding is not an editor's action).
 */
export const insertResources = async (
  payload: Payload,
  batch: GeneratedResource[],
  organizations: Map<string, number> = new Map(),
): Promise<number[]> => {
  const pool = payload.db.pool
  const client = await pool.connect()
  try {
    await client.query('begin')
    const rows = batch.map((r) => {
      const [lng, lat] = r.location.coordinates
      return {
        slug: r.slug,
        category_id: r.categoryId,
        district_id: r.districtId,
        status: r.status,
        featured: r.featured,
        attributes: r.attributes,
        location: r.location,
        lng,
        lat,
        source: r.provenance.source,
        source_url: r.provenance.sourceUrl,
        licence: r.provenance.licence,
        collected_at: r.provenance.collectedAt,
        collected_by: r.provenance.collectedBy,
        organization_id: r.profile.organizationSlug
          ? (organizations.get(r.profile.organizationSlug) ?? null)
          : null,
        email: r.profile.email,
        website: r.profile.website,
        postal_code: r.profile.postalCode,
        fees_kind: r.profile.feesKind,
        last_verified_at: r.profile.lastVerifiedAt,
        doc_status: r.published ? 'published' : 'draft',
      }
    })
    const inserted = await client.query<{ id: number; slug: string }>(
      `insert into resources (slug, category_id, district_id, status, featured, attributes, location,
         bbox_min_lng, bbox_min_lat, bbox_max_lng, bbox_max_lat,
         provenance_source, provenance_source_url, provenance_licence, provenance_collected_at,
         provenance_collected_by, organization_id, email, website, address_postal_code, fees_kind,
         last_verified_at, _status)
       select slug, category_id, district_id, status::enum_resources_operational_status, featured,
         attributes, location, lng, lat, lng, lat, source, source_url, licence, collected_at,
         collected_by, organization_id, email, website, postal_code, fees_kind::enum_resources_fees_kind,
         last_verified_at, doc_status::enum_resources_status
       from jsonb_to_recordset($1::jsonb) as x(slug text, category_id int, district_id int, status text,
         featured boolean, attributes jsonb, location jsonb, lng numeric, lat numeric, source text,
         source_url text, licence text, collected_at timestamptz, collected_by text, organization_id int,
         email text, website text, postal_code text, fees_kind text, last_verified_at timestamptz,
         doc_status text)
       returning id, slug`,
      [JSON.stringify(rows)],
    )
    const idBySlug = new Map(inserted.rows.map((row) => [row.slug, row.id]))
    const ids = batch.map((r) => idBySlug.get(r.slug)!)

    const locales = batch.flatMap((r, i) =>
      r.locales.map((l) => ({
        parent: ids[i],
        locale: l.locale,
        title: l.title,
        summary: l.summary,
        body: l.body,
        ...r.profile.text[l.locale],
      })),
    )
    await client.query(
      `insert into resources_locales (_parent_id, _locale, title, summary, body, address_street, address_town,
         landmark, eligibility, fees_note, how_to_apply, documents_to_bring)
       select parent, locale::_locales, title, summary, body, street, town, landmark, eligibility,
         "feesNote", "howToApply", documents
       from jsonb_to_recordset($1::jsonb) as x(parent int, locale text, title text, summary text, body jsonb,
         street text, town text, landmark text, eligibility text, "feesNote" text, "howToApply" text,
         documents text)`,
      [JSON.stringify(locales)],
    )
    await insertProfileRows(client, batch, ids)
    const rels = batch.flatMap((r, i) =>
      r.tagIds.map((tag, order) => ({ parent: ids[i], tag, order: order + 1 })),
    )
    await client.query(
      `insert into resources_rels (parent_id, path, tags_id, "order")
       select parent, 'tags', tag, "order" from jsonb_to_recordset($1::jsonb) as x(parent int, tag int, "order" int)`,
      [JSON.stringify(rels)],
    )

    // The version history Payload expects: one latest version per document.
    const versions = await client.query<{ id: number; parent_id: number }>(
      `insert into _resources_v (parent_id, version_slug, version_category_id, version_district_id,
         version_status, version_featured, version_attributes, version_location, version_bbox_min_lng,
         version_bbox_min_lat, version_bbox_max_lng, version_bbox_max_lat, version_provenance_source,
         version_provenance_source_url, version_provenance_licence, version_provenance_collected_at,
         version_provenance_collected_by, version_organization_id, version_email, version_website,
         version_address_postal_code, version_time_zone, version_fees_kind, version_last_verified_at,
         version_updated_at, version_created_at, version__status,
         created_at, updated_at, latest)
       select id, slug, category_id, district_id, status, featured, attributes, location, bbox_min_lng,
         bbox_min_lat, bbox_max_lng, bbox_max_lat, provenance_source, provenance_source_url,
         provenance_licence, provenance_collected_at, provenance_collected_by, organization_id, email,
         website, address_postal_code, time_zone, fees_kind::text::enum__resources_v_version_fees_kind,
         last_verified_at, updated_at, created_at,
         _status::text::enum__resources_v_version_status, created_at, updated_at, true
       from resources where id = any($1::int[])
       returning id, parent_id`,
      [ids],
    )
    await client.query(
      `insert into _resources_v_locales (_parent_id, _locale, version_title, version_summary, version_body,
         version_address_street, version_address_town, version_landmark, version_eligibility,
         version_fees_note, version_how_to_apply, version_documents_to_bring)
       select v.id, l._locale, l.title, l.summary, l.body, l.address_street, l.address_town, l.landmark,
         l.eligibility, l.fees_note, l.how_to_apply, l.documents_to_bring
       from resources_locales l join _resources_v v on v.parent_id = l._parent_id and l._locale = any(${ALL_LOCALES})
       where v.id = any($1::int[])`,
      [versions.rows.map((v) => v.id)],
    )
    await client.query(
      `insert into _resources_v_rels (parent_id, path, tags_id, "order")
       select v.id, 'version.tags', r.tags_id, r."order"
       from resources_rels r join _resources_v v on v.parent_id = r.parent_id
       where v.id = any($1::int[]) and r.path = 'tags'`,
      [versions.rows.map((v) => v.id)],
    )
    await copyProfileRowsToVersions(
      client,
      versions.rows.map((v) => v.id),
    )
    await client.query('commit')
    return ids
  } catch (error) {
    await client.query('rollback')
    throw error
  } finally {
    client.release()
  }
}

/**
 * Locale tables are indexed on (_locale, _parent_id) only: naming the locales
 * lets a join by parent use that index instead of reading the whole table,
 * which grows with every batch (the copy to the version tables was quadratic).
 */
const ALL_LOCALES = `array['en', 'ur', 'ps']::_locales[]`

// Structural: the adapter bundles its own @types/pg, so its PoolClient is not the root one.
type Client = { query: (sql: string, values?: unknown[]) => Promise<unknown> }

/** Payload's array row ids: 24 hex characters, like the ones it makes itself. */
const rowId = () => randomBytes(12).toString('hex')

const insertJson = (client: Client, sql: string, rows: unknown[]) =>
  rows.length ? client.query(sql, [JSON.stringify(rows)]) : Promise.resolve()

/** The profile's arrays and hasMany selects: one row per item, localized labels beside them. */
const insertProfileRows = async (client: Client, batch: GeneratedResource[], ids: number[]) => {
  const phones: object[] = []
  const phoneLabels: object[] = []
  const days: object[] = []
  const exceptions: object[] = []
  const exceptionLabels: object[] = []
  const ranges: { table: 'hours' | 'exceptions'; row: object }[] = []
  const selects: { path: 'languages' | 'accessibility'; row: object }[] = []
  batch.forEach((r, i) => {
    const parent = ids[i]
    const locales = r.locales.map((l) => l.locale)
    r.profile.phones.forEach((phone, order) => {
      const id = rowId()
      phones.push({ id, parent, order: order + 1, number: phone.number, kind: phone.kind })
      for (const locale of locales) phoneLabels.push({ parent: id, locale, label: phone.label[locale] })
    })
    r.profile.openingHours.forEach((day, order) => {
      const id = rowId()
      days.push({ id, parent, order: order + 1, day: day.day, mode: day.mode })
      day.ranges.forEach(([opens, closes], n) =>
        ranges.push({ table: 'hours', row: { id: rowId(), parent: id, order: n + 1, opens, closes } }),
      )
    })
    r.profile.hoursExceptions.forEach((ex, order) => {
      const id = rowId()
      exceptions.push({ id, parent, order: order + 1, from: ex.from, to: ex.to, mode: ex.mode })
      for (const locale of locales) exceptionLabels.push({ parent: id, locale, label: ex.label[locale] })
      ex.ranges.forEach(([opens, closes], n) =>
        ranges.push({ table: 'exceptions', row: { id: rowId(), parent: id, order: n + 1, opens, closes } }),
      )
    })
    r.profile.languages.forEach((value, order) =>
      selects.push({ path: 'languages', row: { parent, order: order + 1, value } }),
    )
    r.profile.accessibility.forEach((value, order) =>
      selects.push({ path: 'accessibility', row: { parent, order: order + 1, value } }),
    )
  })
  const arrayRow = `x(id text, parent int, "order" int`
  await insertJson(
    client,
    `insert into resources_phones (id, _parent_id, _order, number, kind)
     select id, parent, "order", number, kind::enum_resources_phones_kind
     from jsonb_to_recordset($1::jsonb) as ${arrayRow}, number text, kind text)`,
    phones,
  )
  await insertJson(
    client,
    `insert into resources_phones_locales (_parent_id, _locale, label)
     select parent, locale::_locales, label from jsonb_to_recordset($1::jsonb) as x(parent text, locale text, label text)`,
    phoneLabels,
  )
  await insertJson(
    client,
    `insert into resources_opening_hours (id, _parent_id, _order, day, mode)
     select id, parent, "order", day::enum_resources_opening_hours_day, mode::enum_resources_opening_hours_mode
     from jsonb_to_recordset($1::jsonb) as ${arrayRow}, day text, mode text)`,
    days,
  )
  await insertJson(
    client,
    `insert into resources_hours_exceptions (id, _parent_id, _order, "from", "to", mode)
     select id, parent, "order", "from", "to", mode::enum_resources_hours_exceptions_mode
     from jsonb_to_recordset($1::jsonb) as ${arrayRow}, "from" timestamptz, "to" timestamptz, mode text)`,
    exceptions,
  )
  await insertJson(
    client,
    `insert into resources_hours_exceptions_locales (_parent_id, _locale, label)
     select parent, locale::_locales, label from jsonb_to_recordset($1::jsonb) as x(parent text, locale text, label text)`,
    exceptionLabels,
  )
  for (const table of ['hours', 'exceptions'] as const) {
    const name = table === 'hours' ? 'resources_opening_hours_ranges' : 'resources_hours_exceptions_ranges'
    await insertJson(
      client,
      `insert into ${name} (id, _parent_id, _order, opens, closes)
       select id, parent, "order", opens, closes
       from jsonb_to_recordset($1::jsonb) as x(id text, parent text, "order" int, opens text, closes text)`,
      ranges.filter((r) => r.table === table).map((r) => r.row),
    )
  }
  for (const path of ['languages', 'accessibility'] as const) {
    await insertJson(
      client,
      `insert into resources_${path} (parent_id, "order", value)
       select parent, "order", value::enum_resources_${path}
       from jsonb_to_recordset($1::jsonb) as x(parent int, "order" int, value text)`,
      selects.filter((s) => s.path === path).map((s) => s.row),
    )
  }
}

/**
 * The same rows in the latest version's tables: version array rows get
 * serial ids and keep the document row's id in `_uuid`, which is how their
 * nested rows and labels find them.
 */
const copyProfileRowsToVersions = async (client: Client, versionIds: number[]) => {
  const run = (sql: string) => client.query(sql, [versionIds])
  const copyArray = (name: string, columns: string, casts: string) =>
    run(`insert into _resources_v_version_${name} (_parent_id, _order, _uuid, ${columns})
         select v.id, a._order, a.id, ${casts}
         from resources_${name} a join _resources_v v on v.parent_id = a._parent_id
         where v.id = any($1::int[])`)
  await copyArray('phones', 'number, kind', 'a.number, a.kind::text::enum__resources_v_version_phones_kind')
  await copyArray(
    'opening_hours',
    'day, mode',
    'a.day::text::enum__resources_v_version_opening_hours_day, a.mode::text::enum__resources_v_version_opening_hours_mode',
  )
  await copyArray(
    'hours_exceptions',
    '"from", "to", mode',
    'a."from", a."to", a.mode::text::enum__resources_v_version_hours_exceptions_mode',
  )
  for (const name of ['phones', 'hours_exceptions']) {
    await run(`insert into _resources_v_version_${name}_locales (_parent_id, _locale, label)
               select va.id, l._locale, l.label
               from _resources_v_version_${name} va
                 join resources_${name}_locales l on l._parent_id = va._uuid and l._locale = any(${ALL_LOCALES})
               where va._parent_id = any($1::int[])`)
  }
  for (const name of ['opening_hours', 'hours_exceptions']) {
    await run(`insert into _resources_v_version_${name}_ranges (_parent_id, _order, _uuid, opens, closes)
               select va.id, r._order, r.id, r.opens, r.closes
               from _resources_v_version_${name} va join resources_${name}_ranges r on r._parent_id = va._uuid
               where va._parent_id = any($1::int[])`)
  }
  for (const path of ['languages', 'accessibility']) {
    await run(`insert into _resources_v_version_${path} (parent_id, "order", value)
               select v.id, s."order", s.value::text::enum__resources_v_version_${path}
               from resources_${path} s join _resources_v v on v.parent_id = s.parent_id
               where v.id = any($1::int[])`)
  }
}
