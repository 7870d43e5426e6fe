/**
 * PostgreSQL's text and jsonb types cannot hold U+0000: a NUL anywhere in a
 * value fails the statement (SQLSTATE 22021 / 22P05) after Payload has done
 * its work. Found here first, it is the caller's 400 naming the field.
 */

/** The path (`title`, `attributes.k`, `tags.0`) of the first string or key holding a NUL, if any. */
export const nulPath = (value: unknown, path = '', seen = 0): string | undefined => {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'value' : undefined
  if (!value || typeof value !== 'object' || seen > 64) return undefined
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key
    if (key.includes('\u0000')) return here
    const found = nulPath(inner, here, seen + 1)
    if (found) return found
  }
  return undefined
}
