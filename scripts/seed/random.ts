/** Small seeded PRNG (mulberry32) so demo content is the same on every machine. */
export const createRandom = (seed: number) => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number): boolean => next() < p,
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items]
      const out: T[] = []
      while (out.length < count && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
      return out
    },
  }
}
export type Random = ReturnType<typeof createRandom>

/** A point within `radiusKm` of a centre, uniform over the disc. */
export const pointNear = (random: Random, [lng, lat]: readonly [number, number], radiusKm: number) => {
  const r = radiusKm * Math.sqrt(random.next())
  const theta = random.next() * 2 * Math.PI
  const dLat = (r * Math.sin(theta)) / 110.574
  const dLng = (r * Math.cos(theta)) / (111.32 * Math.cos((lat * Math.PI) / 180))
  const round = (n: number) => Math.round(n * 1e5) / 1e5
  return [round(lng + dLng), round(lat + dLat)] as [number, number]
}
