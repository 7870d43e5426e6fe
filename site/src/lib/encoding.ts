/**
 * Content negotiation on Accept-Encoding (RFC 9110 §12.5.3): each coding's
 * quality, `*` for the codings not named, `q=0` meaning "not acceptable".
 * A substring test would send brotli to `br;q=0`.
 */
export type Encoding = 'br' | 'gzip' | 'identity'

// Preferred first when qualities tie: brotli is the smaller page.
const PREFERENCE: readonly Encoding[] = ['br', 'gzip', 'identity']

const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/

/** Each named coding's quality; a malformed entry is ignored rather than guessed at. */
export const parseAcceptEncoding = (header: string): Map<string, number> => {
  const qualities = new Map<string, number>()
  for (const entry of header.split(',')) {
    const [rawCoding = '', ...params] = entry.split(';')
    const coding = rawCoding.trim().toLowerCase()
    if (!coding) continue
    let q = 1
    let malformed = false
    for (const param of params) {
      const [name = '', value = ''] = param.split('=').map((part) => part.trim())
      if (name.toLowerCase() !== 'q') continue
      if (!QVALUE.test(value)) malformed = true
      else q = Number(value)
    }
    if (malformed) continue
    // x-gzip is gzip's old name (RFC 9110 §8.4.1.3).
    const name = coding === 'x-gzip' ? 'gzip' : coding
    // Named twice: the more cautious reading wins.
    qualities.set(name, Math.min(q, qualities.get(name) ?? 1))
  }
  return qualities
}

/**
 * The coding to send. No header: identity (the client said nothing). When
 * nothing is acceptable (`*;q=0`, `identity;q=0` alone) the page still goes
 * out uncompressed, as RFC 9110 lets a server do rather than refuse it.
 */
export const negotiateEncoding = (header: string | null | undefined): Encoding => {
  if (!header?.trim()) return 'identity'
  const qualities = parseAcceptEncoding(header)
  const wildcard = qualities.get('*')
  const quality = (coding: Encoding) => {
    const named = qualities.get(coding)
    if (named !== undefined) return named
    if (wildcard !== undefined) return wildcard
    // Identity is acceptable unless excluded by name or by `*`.
    return coding === 'identity' ? 0.001 : 0
  }
  let best: Encoding = 'identity'
  let bestQ = 0
  for (const coding of PREFERENCE) {
    const q = quality(coding)
    if (q > bestQ) {
      best = coding
      bestQ = q
    }
  }
  return best
}
