import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Geometry } from '../../utilities/geojson'

import { poolDb } from '../../utilities/db'

/** What a map popup needs beyond the title: one phone, the hours, and the real shape when not a point. */
export interface PointDetails {
  phone: { number: string; kind: string } | null
  hours: {
    timeZone: string | null
    openingHours: { day: string; mode: string; ranges: { opens: string; closes: string }[] | null }[] | null
    hoursExceptions:
      { from: string; to: string; mode: string; ranges: { opens: string; closes: string }[] | null }[] | null
  } | null
  /** The stored geometry, for lines, polygons and collections; a point is drawn as its marker. */
  shape: Geometry | null
}

const ranges = (
  table: 'resources_hours_exceptions_ranges' | 'resources_opening_hours_ranges',
  parent: string,
) =>
  sql`(select json_agg(json_build_object('opens', x.opens, 'closes', x.closes) order by x._order)
    from ${sql.identifier(table)} x where x._parent_id = ${sql.raw(parent)}.id)`

/**
 * The details of the single points a viewport shows (clusters need none),
 * read in one query from the array tables, not as whole documents: a few
 * hundred at most, since clusters absorb the rest. Exceptions that ended
 * more than two days ago are left out (the open-now line looks a week ahead).
 */
export const pointDetails = async (payload: Payload, ids: number[]): Promise<Map<number, PointDetails>> => {
  if (ids.length === 0) return new Map()
  const since = new Date(Date.now() - 2 * 86_400_000).toISOString()
  const { rows } = await poolDb(payload).execute(sql`
    select r.id, r.time_zone,
      case when r.location->>'type' <> 'Point' then r.location end as shape,
      (select json_build_object('number', p.number, 'kind', p.kind) from resources_phones p
        where p._parent_id = r.id and p.number is not null order by p._order limit 1) as phone,
      (select json_agg(json_build_object('day', h.day, 'mode', h.mode, 'ranges',
          ${ranges('resources_opening_hours_ranges', 'h')}) order by h._order)
        from resources_opening_hours h where h._parent_id = r.id) as opening_hours,
      (select json_agg(json_build_object('from', e."from", 'to', e."to", 'mode', e.mode, 'ranges',
          ${ranges('resources_hours_exceptions_ranges', 'e')}) order by e._order)
        from resources_hours_exceptions e where e._parent_id = r.id and e."to" >= ${since}) as hours_exceptions
    from resources r
    where r.id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::int)`)
  return new Map(
    rows.map((row) => {
      const openingHours = (row.opening_hours as NonNullable<PointDetails['hours']>['openingHours']) ?? null
      const hoursExceptions =
        (row.hours_exceptions as NonNullable<PointDetails['hours']>['hoursExceptions']) ?? null
      return [
        Number(row.id),
        {
          phone: (row.phone as PointDetails['phone']) ?? null,
          hours:
            openingHours || hoursExceptions
              ? { timeZone: (row.time_zone as string) ?? null, openingHours, hoursExceptions }
              : null,
          shape: (row.shape as Geometry) ?? null,
        },
      ]
    }),
  )
}
