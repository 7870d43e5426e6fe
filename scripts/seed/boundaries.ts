import { Delaunay } from 'd3-delaunay'

/** Roughly the extent of Khyber Pakhtunkhwa: the outer edge of the demo boundaries. */
const EXTENT: [number, number, number, number] = [69.2, 31.0, 74.2, 36.95]

/**
 * Demonstration district boundaries: the Voronoi cell around each district's
 * centre, clipped to the province's extent. They are approximate and say so
 * (README); real boundaries are imported or drawn in the admin.
 */
export const approximateBoundaries = (centroids: readonly (readonly [number, number])[]) => {
  const voronoi = Delaunay.from(centroids.map(([lng, lat]) => [lng, lat])).voronoi(EXTENT)
  return centroids.map((_, i) => {
    const ring = voronoi.cellPolygon(i).map(([lng, lat]) => [round(lng), round(lat)] as [number, number])
    return { type: 'Polygon' as const, coordinates: [ring] }
  })
}

const round = (n: number) => Math.round(n * 1e4) / 1e4
