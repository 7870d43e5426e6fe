/**
 * Khyber Pakhtunkhwa with a margin: a point outside is probably a typo, and
 * one whose latitude and longitude both fit the other's range was almost
 * certainly typed the wrong way round.
 */
const REGION = { minLat: 29, maxLat: 37.5, minLng: 68.5, maxLng: 75.5 }

export type CoordinateCheck =
  | { ok: true; lat: number; lng: number; warning?: string }
  | { ok: false; field: 'latitude' | 'longitude'; message: string }

const inRegion = (lat: number, lng: number) =>
  lat >= REGION.minLat && lat <= REGION.maxLat && lng >= REGION.minLng && lng <= REGION.maxLng

/** Checks typed coordinates: numbers, within the globe's ranges, and near the districts. */
export const checkCoordinates = (latText: string, lngText: string): CoordinateCheck => {
  const lat = Number(latText.trim())
  const lng = Number(lngText.trim())
  if (latText.trim() === '' || !Number.isFinite(lat))
    return { ok: false, field: 'latitude', message: 'Latitude must be a number, e.g. 34.01' }
  if (lngText.trim() === '' || !Number.isFinite(lng))
    return { ok: false, field: 'longitude', message: 'Longitude must be a number, e.g. 71.58' }
  if (lat < -90 || lat > 90)
    return {
      ok: false,
      field: 'latitude',
      message: `Latitude must be between -90 and 90 (got ${lat})${lng >= -90 && lng <= 90 ? '; are latitude and longitude swapped?' : ''}`,
    }
  if (lng < -180 || lng > 180)
    return { ok: false, field: 'longitude', message: `Longitude must be between -180 and 180 (got ${lng})` }
  if (inRegion(lat, lng)) return { ok: true, lat, lng }
  if (inRegion(lng, lat))
    return {
      ok: true,
      lat,
      lng,
      warning: `This point is outside Khyber Pakhtunkhwa; swapped, it would be inside (latitude ${lng}, longitude ${lat}). Latitude is north–south (about 30–37 here), longitude east–west (about 69–75).`,
    }
  return { ok: true, lat, lng, warning: 'This point is far outside Khyber Pakhtunkhwa: check it.' }
}
