import type { Locale } from '../i18n/messages'

import { cmsGet } from './cms'
import { slugParam } from './page'
import { STATUSES, type Status } from './resources'
import { taxonomy } from './taxonomy'

/** Khyber Pakhtunkhwa: where the map opens when the URL names no area. */
export const DEFAULT_BBOX: Bbox = [69.2, 31.0, 74.2, 36.95]
export type Bbox = [number, number, number, number]

/** The map's state in the URL: the search's filters plus the area and zoom. */
export interface MapState {
  q: string
  category?: string
  district?: string
  tag?: string
  status?: Status
  /** Publication dates, as on the search page (YYYY-MM-DD). */
  from?: string
  to?: string
  bbox: Bbox
  zoom: number
}

const parseBbox = (value: string | null): Bbox | null => {
  const parts = value?.split(',').map(Number)
  if (!parts || parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null
  const [west, south, east, north] = parts
  const valid = west >= -180 && east <= 180 && south >= -90 && north <= 90 && west < east && south < north
  return valid ? [west, south, east, north] : null
}

const isoDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)

/** Dates in order, or the later one dropped (as the search page does). */
const datesFrom = (fromParam: string | null, toParam: string | null) => {
  const from = isoDate(fromParam)
  const to = isoDate(toParam)
  return { from, to: from && to && to < from ? undefined : to }
}

/** Reads the map state from the URL; anything odd falls back to the default rather than failing. */
export const mapStateFrom = (url: URL): MapState => {
  const p = url.searchParams
  const zoom = Number(p.get('z'))
  const status = p.get('status')
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    category: slugParam(p.get('category')),
    district: slugParam(p.get('district')),
    tag: slugParam(p.get('tag')),
    status: STATUSES.find((s) => s === status),
    ...datesFrom(p.get('from'), p.get('to')),
    bbox: parseBbox(p.get('bbox')) ?? DEFAULT_BBOX,
    zoom: Number.isInteger(zoom) && zoom >= 3 && zoom <= 18 ? zoom : 7,
  }
}

/** The URL query of a state (what the form, links and the script write). */
export const mapQuery = (state: MapState, changes: Partial<MapState> = {}) => {
  const next = { ...state, ...changes }
  const params = new URLSearchParams()
  if (next.q) params.set('q', next.q)
  for (const key of ['category', 'district', 'tag', 'status', 'from', 'to'] as const) {
    const value = next[key]
    if (value) params.set(key, value)
  }
  params.set('bbox', next.bbox.map((n) => n.toFixed(4)).join(','))
  params.set('z', String(next.zoom))
  return params
}

import type { Hours } from './openNow'

/** A GeoJSON geometry as the CMS stores a location (a collection's parts are simple). */
export interface MapGeometry {
  type: string
  coordinates?: unknown
  geometries?: MapGeometry[]
}

export interface ClusterProperties {
  cluster: true
  point_count: number
  expansionZoom: number
  /** `[[category id, count], …]`, most first. */
  categories: [number, number][]
  /** `[[district id, count], …]`, most first. */
  districts: [number, number][]
}

export interface PointProperties {
  cluster?: false
  id: number
  title: string
  slug: string
  status: Status
  category: number | null
  district: number | null
  phone: { number: string; kind: string } | null
  hours: Hours | null
  /** The real shape of a line, area or collection (a point is its marker). */
  shape: MapGeometry | null
}

export interface ClusterFeature {
  type: 'Feature'
  id?: number
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: ClusterProperties | PointProperties
}

export interface ClusterCollection {
  type: 'FeatureCollection'
  total: number
  features: ClusterFeature[]
}

/**
 * The CMS's cluster query for a state: slugs in the URL become the ids the
 * CMS filters on (taxonomy is cached, so this costs nothing after the first).
 */
export const clusterQuery = async (locale: Locale, state: MapState) => {
  const lists = await taxonomy(locale)
  const params = new URLSearchParams({ locale, bbox: state.bbox.join(','), zoom: String(state.zoom) })
  if (state.q) params.set('q', state.q)
  const ids: [string, string | undefined, { slug: string; id: number }[]][] = [
    ['category', state.category, lists.categories],
    ['district', state.district, lists.districts],
    ['tags', state.tag, lists.tags],
  ]
  for (const [name, slug, terms] of ids) {
    if (!slug) continue
    // An unknown slug matches nothing, as it would on the resource list.
    params.set(name, String(terms.find((t) => t.slug === slug)?.id ?? 2147483647))
  }
  if (state.status) params.set('status', state.status)
  if (state.from) params.set('from', state.from)
  if (state.to) params.set('to', state.to)
  return params
}

export const loadClusters = async (locale: Locale, state: MapState) =>
  cmsGet<ClusterCollection>(`/geo/clusters?${await clusterQuery(locale, state)}`)

/** Zooming into a cluster: an area around it at its expansion zoom. */
export const areaAround = ([lng, lat]: [number, number], zoom: number): Bbox => {
  const half = 180 / 2 ** zoom
  return [lng - half, lat - half / 2, lng + half, lat + half / 2].map(
    (n) => Math.round(n * 1e4) / 1e4,
  ) as Bbox
}
