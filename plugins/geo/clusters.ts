import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import Supercluster from 'supercluster'

import type { ClusterParams } from './params'

import { poolDb } from '../../utilities/db'
import { matchingResources } from './points'

interface PointProps {
  id: number
  title: string
  slug: string | null
  status: string | null
}

type Index = Supercluster<PointProps, Record<string, never>>

const TTL_MS = 60_000
const MAX_INDEXES = 20
let generation = 0
const indexes = new Map<string, { at: number; generation: number; index: Index; total: number }>()

/** Content changed in this process: every cached cluster index is stale. */
export const invalidateClusters = () => {
  generation += 1
}

/**
 * A Supercluster index of every point matching the filters (not the view), so
 * panning and zooming reuse it: building one for 100,000 points takes a few
 * hundred milliseconds, answering a viewport from it about one. Kept per
 * filter set for a minute or until content changes in this process.
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
      columns: sql`r.id, s.title, s.slug, s.status,
        (r.bbox_min_lng + r.bbox_max_lng) / 2 as lng, (r.bbox_min_lat + r.bbox_max_lat) / 2 as lat`,
    },
  )
  const { rows } = await poolDb(payload).execute(query)
  const index: Index = new Supercluster({ radius: 60, maxZoom: 17, minPoints: 2 })
  index.load(
    rows.map((r) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [Number(r.lng), Number(r.lat)] },
      properties: {
        id: Number(r.id),
        title: String(r.title),
        slug: (r.slug as string) ?? null,
        status: (r.status as string) ?? null,
      },
    })),
  )
  if (indexes.size >= MAX_INDEXES) indexes.delete(indexes.keys().next().value!)
  const entry = { at: Date.now(), generation, index, total: rows.length }
  indexes.set(key, entry)
  return entry
}

/** Clusters and single points in a viewport at a zoom, as a GeoJSON FeatureCollection. */
export const clustersFor = async (payload: Payload, params: ClusterParams) => {
  const { index, total } = await indexFor(payload, params)
  const features = index.getClusters(params.bbox as [number, number, number, number], params.zoom).map((f) =>
    'cluster' in f.properties && f.properties.cluster
      ? {
          ...f,
          properties: {
            ...f.properties,
            expansionZoom: index.getClusterExpansionZoom(f.properties.cluster_id),
          },
        }
      : f,
  )
  return { type: 'FeatureCollection' as const, total, zoom: params.zoom, features }
}
