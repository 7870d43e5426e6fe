import { normalizeText } from '../../search/normalize'

/** A place editors can jump to: a district, named in the three languages. */
export interface Place {
  slug: string
  names: { en?: string; ur?: string; ps?: string }
  /** [longitude, latitude], GeoJSON order. */
  centre: [number, number]
}

interface DistrictDoc {
  slug?: string
  name?: string | Record<string, string | null | undefined>
  centroid?: { type?: string; coordinates?: unknown } | null
}

const isCoordinate = (c: unknown): c is [number, number] =>
  Array.isArray(c) && c.length >= 2 && c.every((n) => typeof n === 'number' && Number.isFinite(n))

/** Places from `GET /api/districts?locale=all`: those with a centroid. */
export const placesFromDistricts = (docs: readonly DistrictDoc[]): Place[] =>
  docs.flatMap((doc): Place[] => {
    const coordinates = doc.centroid?.type === 'Point' ? doc.centroid.coordinates : null
    if (!isCoordinate(coordinates)) return []
    const name = doc.name
    const names =
      typeof name === 'string'
        ? { en: name }
        : { en: name?.en ?? undefined, ur: name?.ur ?? undefined, ps: name?.ps ?? undefined }
    return [{ slug: doc.slug ?? '', names, centre: [coordinates[0], coordinates[1]] }]
  })

/**
 * The places whose name in any language matches what was typed (letters
 * folded as search folds them, so ي finds ی and Pashto ټ finds Urdu ٹ):
 * names that start with it first, then names that contain it.
 */
export const searchPlaces = (places: readonly Place[], typed: string, limit = 8): Place[] => {
  const query = normalizeText(typed.trim())
  if (!query) return []
  const scored = places.flatMap((place) => {
    const names = Object.values(place.names)
      .filter((n): n is string => Boolean(n))
      .map(normalizeText)
    if (names.some((n) => n.startsWith(query) || n.split(/\s+/).some((w) => w.startsWith(query))))
      return [{ place, rank: 0 }]
    if (names.some((n) => n.includes(query))) return [{ place, rank: 1 }]
    return []
  })
  return scored
    .sort((a, b) => a.rank - b.rank || (a.place.names.en ?? '').localeCompare(b.place.names.en ?? ''))
    .slice(0, limit)
    .map((s) => s.place)
}
