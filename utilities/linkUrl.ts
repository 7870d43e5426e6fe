/**
 * Which link addresses rich text may carry, for the CMS (refused on save,
 * fields/richText.ts) and the site (never rendered as a link,
 * site/src/lib/lexical.ts): one rule, so what is saved is what is shown.
 *
 * Allowed: https, http, mailto and tel links, and addresses on the site
 * (`/path`, `#anchor`, `?query`). Refused, because a browser would take them
 * somewhere else than they look: other schemes (`javascript:`, `data:`,
 * `vbscript:`, `file:`), `//host` (protocol-relative), any backslash (`/\host`
 * is read as `//host`), and whitespace or invisible characters anywhere
 * (browsers drop them, so `java\tscript:` is `javascript:`, and ` //host`
 * is `//host`).
 */

export const MAX_LINK_LENGTH = 2048

const SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

// C0 and C1 controls, every Unicode space, zero-width and bidirectional
// formatting characters, the soft hyphen and the byte-order mark.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/u

/** Why `url` may not be a link, or null when it may. */
export const linkUrlProblem = (url: unknown): string | null => {
  if (typeof url !== 'string' || url === '') return 'is empty'
  if (url.length > MAX_LINK_LENGTH) return `is longer than ${MAX_LINK_LENGTH} characters`
  if (INVISIBLE.test(url)) return 'contains a space, a control or an invisible character'
  if (url.includes('\\'))
    return 'contains a backslash, which browsers read as a slash (/\\host is another site)'
  if (url.startsWith('//')) return 'starts with //, a link to another site: write it out with https://'
  if (/^[/#?]/.test(url)) return null
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  if (!scheme) return 'must start with https://, http://, mailto:, tel:, / or #'
  if (!SCHEMES.has(scheme)) return `uses ${scheme}:, but only https, http, mailto and tel links are allowed`
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'is not a valid address'
  }
  if ((scheme === 'http' || scheme === 'https') && (!/^https?:\/\/[^/]/i.test(url) || !parsed.hostname))
    return `must name a host: ${scheme}://example.org/…`
  return null
}

/**
 * The address to put in an href, or null when it must not be a link.
 * Absolute addresses are given as the URL parser reads them, so the page
 * links exactly where the check looked.
 */
export const safeLinkHref = (url: unknown): string | null => {
  if (linkUrlProblem(url) !== null) return null
  const value = url as string
  return /^[/#?]/.test(value) ? value : new URL(value).href
}
