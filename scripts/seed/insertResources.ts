import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { GeneratedResource } from './generateResource'

/**
 * Writes resources straight to their tables, published row and latest version
 * alike, a batch per transaction. Hundreds of thousands of Local API creates
 * would take most of an hour; this takes seconds. It bypasses hooks, so seeded
 * rows carry no audit events (seeding is not an editor's action).
 */
export const insertResources = async (payload: Payload, batch: GeneratedResource[]): Promise<number[]> => {
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
        doc_status: r.published ? 'published' : 'draft',
      }
    })
    const inserted = await client.query<{ id: number; slug: string }>(
      `insert into resources (slug, category_id, district_id, status, featured, attributes, location,
         bbox_min_lng, bbox_min_lat, bbox_max_lng, bbox_max_lat,
         provenance_source, provenance_source_url, provenance_licence, provenance_collected_at,
         provenance_collected_by, _status)
       select slug, category_id, district_id, status::enum_resources_operational_status, featured,
         attributes, location, lng, lat, lng, lat, source, source_url, licence, collected_at,
         collected_by, doc_status::enum_resources_status
       from jsonb_to_recordset($1::jsonb) as x(slug text, category_id int, district_id int, status text,
         featured boolean, attributes jsonb, location jsonb, lng numeric, lat numeric, source text,
         source_url text, licence text, collected_at timestamptz, collected_by text, doc_status text)
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
      })),
    )
    await client.query(
      `insert into resources_locales (_parent_id, _locale, title, summary, body)
       select parent, locale::_locales, title, summary, body
       from jsonb_to_recordset($1::jsonb) as x(parent int, locale text, title text, summary text, body jsonb)`,
      [JSON.stringify(locales)],
    )
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
         version_provenance_collected_by, version_updated_at, version_created_at, version__status,
         created_at, updated_at, latest)
       select id, slug, category_id, district_id, status, featured, attributes, location, bbox_min_lng,
         bbox_min_lat, bbox_max_lng, bbox_max_lat, provenance_source, provenance_source_url,
         provenance_licence, provenance_collected_at, provenance_collected_by, updated_at, created_at,
         _status::text::enum__resources_v_version_status, created_at, updated_at, true
       from resources where id = any($1::int[])
       returning id, parent_id`,
      [ids],
    )
    await client.query(
      `insert into _resources_v_locales (_parent_id, _locale, version_title, version_summary, version_body)
       select v.id, l._locale, l.title, l.summary, l.body
       from resources_locales l join _resources_v v on v.parent_id = l._parent_id
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
    await client.query('commit')
    return ids
  } catch (error) {
    await client.query('rollback')
    throw error
  } finally {
    client.release()
  }
}
