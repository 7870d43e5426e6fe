/** The middle value (the upper one of an even count). */
export const median = (xs: readonly number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!

/**
 * The Mann–Whitney U statistic as a z-score (normal approximation, ties
 * averaged): near 0 when neither sample runs longer than the other. The
 * enumeration tests ask |z| < 3.3 (p ≈ 0.001 two-sided).
 */
export const mannWhitneyZ = (a: readonly number[], b: readonly number[]) => {
  const all = [...a.map((v) => ({ v, from: 0 })), ...b.map((v) => ({ v, from: 1 }))].sort((x, y) => x.v - y.v)
  const ranks = new Array<number>(all.length)
  for (let i = 0; i < all.length;) {
    let j = i
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++
    for (let k = i; k <= j; k++) ranks[k] = (i + j) / 2 + 1
    i = j + 1
  }
  const rankA = all.reduce((sum, x, i) => (x.from === 0 ? sum + ranks[i]! : sum), 0)
  const u = rankA - (a.length * (a.length + 1)) / 2
  const sd = Math.sqrt((a.length * b.length * (a.length + b.length + 1)) / 12)
  return (u - (a.length * b.length) / 2) / sd
}
