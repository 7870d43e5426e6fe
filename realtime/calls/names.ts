/**
 * Display names in a call: required, 2–60 characters once spaces are tidied,
 * no control characters, and not a host's name unless you are that host (a
 * guest calling themselves "Dr Amina (host)" must not pass for her).
 */
export const normalizeName = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim()

const comparable = (name: string) =>
  normalizeName(name)
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

export const checkDisplayName = (
  name: unknown,
  hostNames: string[],
  ownName?: string,
): { ok: true; name: string } | { ok: false; reason: string } => {
  if (typeof name !== 'string') return { ok: false, reason: 'displayName is required' }
  const clean = normalizeName(name)
  if (clean.length < 2) return { ok: false, reason: 'displayName must have at least 2 characters' }
  if (clean.length > 60) return { ok: false, reason: 'displayName must have at most 60 characters' }
  if (/\p{Cc}/u.test(clean)) return { ok: false, reason: 'displayName must not contain control characters' }
  const wanted = comparable(clean)
  const own = ownName ? comparable(ownName) : null
  const impersonates = hostNames.some((host) => {
    const h = comparable(host)
    return h.length > 0 && h !== own && (wanted === h || wanted.includes(h))
  })
  if (impersonates) return { ok: false, reason: "displayName must not be a host's name" }
  return { ok: true, name: clean }
}
