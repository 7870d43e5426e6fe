import { normalizeText } from '../../search/normalize'

type Locale = 'en' | 'ur' | 'ps'
type Names = Partial<Record<Locale, string>>

/** A place editors can jump to: a district or one of its towns, named in the three languages. */
export interface Place {
  /** Unique among places: the district's slug, or `slug/row id` for a town. */
  key: string
  kind: 'district' | 'town'
  /** The district's slug (a town's own district). */
  slug: string
  names: Names
  /** A town's district, for its label ("Takht Bhai · Mardan"); absent for a district. */
  district?: Names
  /** [longitude, latitude], GeoJSON order. */
  centre: [number, number]
}

type LocalizedName = string | Partial<Record<string, string | null | undefined>> | null | undefined
type PointLike = { type?: string; coordinates?: unknown } | null | undefined

interface DistrictDoc {
  slug?: string | null
  name?: LocalizedName
  centroid?: PointLike | unknown
  towns?: { id?: string | null; name?: LocalizedName; centre?: PointLike | unknown }[] | null
}

const isCoordinate = (c: unknown): c is [number, number] =>
  Array.isArray(c) && c.length >= 2 && c.every((n) => typeof n === 'number' && Number.isFinite(n))

const pointOf = (value: unknown): [number, number] | null => {
  const point = value as PointLike
  const coordinates = point?.type === 'Point' ? point.coordinates : null
  return isCoordinate(coordinates) ? [coordinates[0], coordinates[1]] : null
}

/** A localized name as `locale=all` returns it (or a plain string when one locale was asked for). */
const namesOf = (name: LocalizedName): Names =>
  typeof name === 'string'
    ? { en: name }
    : { en: name?.en ?? undefined, ur: name?.ur ?? undefined, ps: name?.ps ?? undefined }

/**
 * Places from `GET /api/districts?locale=all`: each district with a centroid,
 * and each of its towns with a centre (a town is found even when its district
 * has no centroid).
 */
export const placesFromDistricts = (docs: readonly DistrictDoc[]): Place[] =>
  docs.flatMap((doc): Place[] => {
    const slug = doc.slug ?? ''
    const district = namesOf(doc.name)
    const centroid = pointOf(doc.centroid)
    const towns = (doc.towns ?? []).flatMap((town, i): Place[] => {
      const centre = pointOf(town.centre)
      return centre
        ? [
            {
              key: `${slug}/${town.id ?? i}`,
              kind: 'town',
              slug,
              names: namesOf(town.name),
              district,
              centre,
            },
          ]
        : []
    })
    return [
      ...(centroid
        ? [{ key: slug, kind: 'district' as const, slug, names: district, centre: centroid }]
        : []),
      ...towns,
    ]
  })

/** A name in the editor's language, else English, else any. */
const nameIn = (names: Names, locale: string) =>
  names[locale as Locale] || names.en || names.ur || names.ps || ''

/**
 * How a result reads in the admin's current language: a district by its name,
 * a town with its district ("Takht Bhai · Mardan", "تخت بھائی · مردان").
 */
export const placeLabel = (place: Place, locale: string): string =>
  place.district
    ? `${nameIn(place.names, locale)} · ${nameIn(place.district, locale)}`
    : nameIn(place.names, locale)

const folded = (names: Names | undefined) =>
  Object.values(names ?? {})
    .filter((n): n is string => Boolean(n))
    .map(normalizeText)

const startsWith = (names: string[], query: string) =>
  names.some((n) => n.startsWith(query) || n.split(/\s+/).some((w) => w.startsWith(query)))

/**
 * The places whose name in any language matches what was typed (letters
 * folded as search folds them, so ي finds ی and Pashto ټ finds Urdu ٹ):
 * names that start with it first, then names that contain it, then the
 * towns of a district that matches (typing "Mardan" lists Mardan, then
 * Takht Bhai · Mardan); districts before towns among equals.
 */
export const searchPlaces = (places: readonly Place[], typed: string, limit = 8): Place[] => {
  const query = normalizeText(typed.trim())
  if (!query) return []
  const scored = places.flatMap((place) => {
    const own = folded(place.names)
    if (startsWith(own, query)) return [{ place, rank: 0 }]
    if (own.some((n) => n.includes(query))) return [{ place, rank: 1 }]
    const district = folded(place.district)
    if (startsWith(district, query) || district.some((n) => n.includes(query))) return [{ place, rank: 2 }]
    return []
  })
  const kindOrder = (p: Place) => (p.kind === 'district' ? 0 : 1)
  return scored
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        kindOrder(a.place) - kindOrder(b.place) ||
        (a.place.names.en ?? '').localeCompare(b.place.names.en ?? ''),
    )
    .slice(0, limit)
    .map((s) => s.place)
}
