import type { Locale } from '../i18n/messages'

import { CmsUnavailable, cmsGet } from './cms'
import { type Translations, text } from './localized'
import type { Page } from './page'

/** A district's town (the `towns` array of a district): what the map names nearby resources after. */
export interface Town {
  name: Translations<string>
  /** [longitude, latitude]. */
  centre: [number, number]
}

interface DistrictTowns {
  towns?:
    | { name?: Translations<string> | string | null; centre?: { type?: string; coordinates?: unknown } }[]
    | null
}

const isPoint = (c: unknown): c is [number, number] =>
  Array.isArray(c) && c.length >= 2 && c.every((n) => typeof n === 'number' && Number.isFinite(n))

/** The towns of every district with a point and a name (cached with the CMS's other reads). */
export const listTowns = async (): Promise<Town[]> => {
  const params = new URLSearchParams({ locale: 'all', depth: '0', limit: '500', 'select[towns]': 'true' })
  const { docs } = await cmsGet<Page<DistrictTowns>>(`/districts?${params}`)
  return docs.flatMap((doc) =>
    (doc.towns ?? []).flatMap((town): Town[] => {
      const coordinates = town.centre?.type === 'Point' ? town.centre.coordinates : null
      const name = typeof town.name === 'string' ? { en: town.name } : (town.name ?? {})
      return isPoint(coordinates) && name.en ? [{ name, centre: [coordinates[0], coordinates[1]] }] : []
    }),
  )
}

/** The towns, or none when the CMS cannot say: the map then names districts, as it can without towns. */
export const townsOrNone = () =>
  listTowns().catch((error: unknown) => {
    if (error instanceof CmsUnavailable) return []
    throw error
  })

/** Kilometres between two [lng, lat] points (haversine). */
export const kmBetween = ([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]) => {
  const r = Math.PI / 180
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lng2 - lng1) * r) / 2) ** 2
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The nearest town within `maxKm` of a point, or null. */
export const nearestTown = (towns: readonly Town[], point: [number, number], maxKm: number) => {
  let best: { town: Town; km: number } | null = null
  for (const town of towns) {
    const km = kmBetween(point, town.centre)
    if (km <= maxKm && (!best || km < best.km)) best = { town, km }
  }
  return best?.town ?? null
}

/** A town's name in the reader's language, else English. */
export const townName = (town: Town, locale: Locale) => text(town.name, locale).value
