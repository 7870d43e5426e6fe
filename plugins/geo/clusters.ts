import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import Supercluster from 'supercluster'

import type { ClusterParams } from './params'

import { poolDb } from '../../utilities/db'
import { pointDetails } from './pointDetails'
import { matchingResources } from './points'

interface PointProps {
  id: number
  title: string
  slug: string | null
  status: string | null
  category: number | null
  district: number | null
}

/** Counts by category and district id, summed up the cluster tree as Supercluster builds it. */
interface ClusterCounts {
  categories: Record<number, number>
  districts: Record<number, number>
}

type Index = Supercluster<PointProps, ClusterCounts>

const TTL_MS = 60_000
const MAX_INDEXES = 20
let generation = 0
const indexes = new Map<string, { at: number; generation: number; index: Index; total: number }>()

/** Content changed in this process: every cached cluster index is stale. */
export const invalidateClusters = () => {
  generation += 1
}

/**
 * Summed into a new object: Supercluster copies a child cluster's properties
 * shallowly into its parent, so changing the nested counts in place would
 * count the child twice.
 */
const sum = (a: Record<number, number>, b: Record<number, number>) => {
  const total = { ...a }
  for (const key in b) total[key as unknown as number] = (total[key as unknown as number] ?? 0) + b[key]!
  return total
}

/** Most first (ties by id, so answers are stable): `[[id, count], …]`. */
const ranked = (counts: Record<number, number>) =>
  Object.entries(counts)
    .map(([id, n]): [number, number] => [Number(id), n])
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])

/**
 * A Supercluster index of every point matching the filters (not the view), so
 * panning and zooming reuse it: building one for 100,000 points takes a few
 * hundred milliseconds, answering a viewport from it about one. Kept per
 * filter set for a minute or until content changes in this process. Each
 * cluster carries its counts by category and district, so the list under the
 * map can say what and where it is without asking again.
 */
const indexFor = async (payload: Payload, params: ClusterParams) => {
  const { bbox: _bbox, zoom: _zoom, ...filters } = params
  const key = JSON.stringify(filters)
  const cached = indexes.get(key)
  if (cached && cached.generation === generation && Date.now() - cached.at < TTL_MS) return cached
  const query = await matchingResources(
    payload,
    { ...filters },
    {
      columns: sql`r.id, s.title, s.slug, s.status, r.category_id, r.district_id,
        (r.bbox_min_lng + r.bbox_max_lng) / 2 as lng, (r.bbox_min_lat + r.bbox_max_lat) / 2 as lat`,
    },
  )
  const { rows } = await poolDb(payload).execute(query)
  const index: Index = new Supercluster<PointProps, ClusterCounts>({
    radius: 60,
    maxZoom: 17,
    minPoints: 2,
    map: (p) => ({
      categories: p.category === null ? {} : { [p.category]: 1 },
      districts: p.district === null ? {} : { [p.district]: 1 },
    }),
    reduce: (into, p) => {
      into.categories = sum(into.categories, p.categories)
      into.districts = sum(into.districts, p.districts)
    },
  })
  const seen = new Set<number>()
  index.load(
    rows.flatMap((r) => {
      // One marker per resource, even if the search index held it twice.
      const id = Number(r.id)
      if (seen.has(id)) return []
      seen.add(id)
      return [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [Number(r.lng), Number(r.lat)] },
          properties: {
            id,
            title: String(r.title),
            slug: (r.slug as string) ?? null,
            status: (r.status as string) ?? null,
            category: r.category_id === null ? null : Number(r.category_id),
            district: r.district_id === null ? null : Number(r.district_id),
          },
        },
      ]
    }),
  )
  if (indexes.size >= MAX_INDEXES) indexes.delete(indexes.keys().next().value!)
  const entry = { at: Date.now(), generation, index, total: seen.size }
  indexes.set(key, entry)
  return entry
}

/**
 * Clusters and single points in a viewport at a zoom, as a GeoJSON
 * FeatureCollection: clusters with their counts by category and district,
 * points with their first phone, hours and (for lines and areas) shape.
 */
export const clustersFor = async (payload: Payload, params: ClusterParams) => {
  const { index, total } = await indexFor(payload, params)
  const found = index.getClusters(params.bbox as [number, number, number, number], params.zoom)
  const singles = found.flatMap((f) =>
    'cluster' in f.properties && f.properties.cluster ? [] : [f.properties],
  )
  const details = await pointDetails(
    payload,
    singles.map((p) => (p as PointProps).id),
  )
  const features = found.map((f) => {
    if ('cluster' in f.properties && f.properties.cluster) {
      const { categories, districts, cluster_id, ...rest } = f.properties as typeof f.properties &
        ClusterCounts & { cluster_id: number }
      return {
        ...f,
        properties: {
          ...rest,
          cluster_id,
          expansionZoom: index.getClusterExpansionZoom(cluster_id),
          categories: ranked(categories),
          districts: ranked(districts),
        },
      }
    }
    const props = f.properties as PointProps
    const extra = details.get(props.id) ?? { phone: null, hours: null, shape: null }
    return { ...f, properties: { ...props, ...extra } }
  })
  return { type: 'FeatureCollection' as const, total, zoom: params.zoom, features }
}
