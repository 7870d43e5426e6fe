/**
 * Whether a request that changes something may come from where it did: a
 * browser names the page that sent it (`Origin`, and `Sec-Fetch-Site` in
 * every current browser), and only this site's own pages may end a
 * reader's sessions. A request naming neither is not a browser's (a
 * cross-site form always sends Origin), so it cannot be forged from a page.
 */
export const fromThisSite = (request: Request, url: URL): boolean => {
  const site = request.headers.get('sec-fetch-site')
  if (site && site !== 'same-origin' && site !== 'none') return false
  const origin = request.headers.get('origin')
  if (origin && origin !== url.origin) return false
  return true
}
