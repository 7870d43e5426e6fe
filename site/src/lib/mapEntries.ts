import { type Locale, localizedPath, messages } from '../i18n/messages'
import { openLine } from '../i18n/hours'
import { type LegendKey, mapMessages } from '../i18n/map'
import type { Term } from './catalog'
import { type ClusterCollection, type MapGeometry, type MapState, areaAround, mapQuery } from './mapView'
import { localDigits } from './numerals'
import { openState } from './openNow'
import type { Status } from './resources'
import { type Town, nearestTown, townName } from './towns'

/** How many category counts a cluster's line names before "and N more". */
const KINDS_SHOWN = 3
/** How many districts it names before "and N other districts". */
const PLACES_SHOWN = 2
/** A cluster whose centre is this close to a town is named after it ("near Takht Bhai"). */
const TOWN_KM = 8

/**
 * How far from its centre a cluster gathers resources at a zoom: the CMS
 * clusters within 60 of a tile's 512 units (plugins/geo/clusters.ts). Zoomed
 * out, a cluster near a town also holds places 30 km away, so it is named
 * after its districts rather than the town (at Khyber Pakhtunkhwa's
 * latitudes, towns from zoom 9 on).
 */
const clusterReachKm = (zoom: number, lat: number) =>
  (60 / 512) * (360 / 2 ** zoom) * 111.32 * Math.cos((lat * Math.PI) / 180)

export interface ClusterEntry {
  kind: 'cluster'
  lng: number
  lat: number
  count: number
  expansionZoom: number
  /**
   * "16 resources in Mardan: 6 Health, 4 Education and 3 more", or "near
   * Takht Bhai" when a town is close, in the reader's language.
   */
  text: string
  /** The list's link: the map zoomed into the cluster (works without JavaScript). */
  href: string
}

export interface PointEntry {
  kind: 'point'
  lng: number
  lat: number
  id: number
  title: string
  href: string
  category: string | null
  status: Status
  statusLabel: string
  /** The marker's kind: its status (the legend explains each). */
  marker: Exclude<LegendKey, 'cluster' | 'shape'>
  openLine: string | null
  phone: { text: string; tel: string; whatsapp: string | null } | null
  shape: MapGeometry | null
}

export type MapEntry = ClusterEntry | PointEntry

export interface MapListing {
  total: number
  heading: string
  entries: MapEntry[]
}

const names = (terms: Term[]) => new Map(terms.map((t) => [t.id, t.name.value]))

/** The digits a dialler needs (and a leading +). */
const dialable = (number: string) => number.replace(/[^\d+]/g, '')

/**
 * The map's features as the reader reads them: clusters say how many, where
 * (the town they are next to when zoomed in enough, else their districts,
 * most first) and what (their categories, most first);
 * single resources give title, category, status in words, the open-now line
 * (at `now`, in the service's time zone) and the first phone. The page's list
 * and the map script's markers, popups and list all come from this.
 */
export const describeMap = (
  locale: Locale,
  collection: ClusterCollection,
  lists: { categories: Term[]; districts: Term[]; towns?: readonly Town[] },
  state: MapState,
  now: Date,
): MapListing => {
  const m = mapMessages[locale]
  const t = messages[locale]
  const categories = names(lists.categories)
  const districts = names(lists.districts)
  const base = localizedPath('/map', locale)
  const entries = collection.features.map((feature): MapEntry => {
    const [lng, lat] = feature.geometry.coordinates
    const p = feature.properties
    if (p.cluster) {
      const known = (counts: [number, number][], labels: Map<number, string>) =>
        counts.flatMap(([id, n]): [string, number][] => {
          const name = labels.get(id)
          return name ? [[name, n]] : []
        })
      const places = known(p.districts ?? [], districts)
      const kinds = known(p.categories ?? [], categories)
      const restOf = (all: [string, number][], shown: number) =>
        all.slice(shown).reduce((sum, [, n]) => sum + n, 0)
      const town =
        clusterReachKm(state.zoom, lat) <= TOWN_KM
          ? nearestTown(lists.towns ?? [], [lng, lat], TOWN_KM)
          : null
      const place = town
        ? m.nearPlace(townName(town, locale))
        : m.inPlaces(
            places.slice(0, PLACES_SHOWN).map(([name]) => name),
            Math.max(0, places.length - PLACES_SHOWN),
          )
      const what = kinds.length > 1 ? m.kinds(kinds.slice(0, KINDS_SHOWN), restOf(kinds, KINDS_SHOWN)) : ''
      // One kind only: say it in the count's place rather than "16 resources: 16 Health".
      const count = kinds.length === 1 ? m.kinds(kinds, 0) : m.resources(p.point_count)
      return {
        kind: 'cluster',
        lng,
        lat,
        count: p.point_count,
        expansionZoom: p.expansionZoom,
        text: m.clusterLine(count, place, what),
        href: `${base}?${mapQuery(state, {
          bbox: areaAround([lng, lat], p.expansionZoom),
          zoom: p.expansionZoom,
        })}`,
      }
    }
    const line = p.hours ? openLine(locale, openState(p.hours, now)) : null
    const phone = p.phone?.number
      ? {
          text: localDigits(locale, p.phone.number),
          tel: `tel:${dialable(p.phone.number)}`,
          whatsapp:
            p.phone.kind === 'whatsapp' || p.phone.kind === 'mobile'
              ? `https://wa.me/${dialable(p.phone.number).replace(/^\+/, '')}`
              : null,
        }
      : null
    return {
      kind: 'point',
      lng,
      lat,
      id: p.id,
      title: p.title,
      href: localizedPath(`/resources/${encodeURIComponent(p.slug)}`, locale),
      category: p.category === null ? null : (categories.get(p.category) ?? null),
      status: p.status,
      statusLabel: t.status[p.status] ?? p.status,
      marker: p.status,
      openLine: line,
      phone,
      shape: p.shape,
    }
  })
  return { total: collection.total, heading: m.inView(collection.total), entries }
}
