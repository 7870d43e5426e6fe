import { createHash } from 'node:crypto'

/**
 * A JSON answer that a client holding the same bytes can revalidate: a strong
 * `ETag` (a hash of the body, so equal bytes are equal tags whichever
 * instance answers) and `Last-Modified` (the newest change among the rows
 * it holds). `If-None-Match` wins over `If-Modified-Since`, as RFC 9110
 * §13.2.2 says; either matching answers 304 with no body.
 *
 * Last-Modified on a list only sees the rows it returns, so a row that left
 * the list (unpublished, deleted) does not move it: the ETag does change, and
 * is what clients should revalidate with.
 */
export const conditionalJson = (
  request: { headers: Headers },
  value: unknown,
  { lastModified, headers }: { lastModified?: Date; headers: Record<string, string> },
): Response => {
  const body = JSON.stringify(value)
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
  const common = new Headers(headers)
  common.set('ETag', etag)
  if (lastModified) common.set('Last-Modified', lastModified.toUTCString())
  if (notModified(request.headers, etag, lastModified))
    return new Response(null, { status: 304, headers: common })
  common.set('Content-Type', 'application/json; charset=utf-8')
  return new Response(body, { status: 200, headers: common })
}

/** Weak comparison (RFC 9110 §8.8.3.2): `W/"x"` matches `"x"`; `*` matches anything. */
const matchesTag = (header: string, etag: string) =>
  header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag)

const notModified = (headers: Headers, etag: string, lastModified: Date | undefined): boolean => {
  const ifNoneMatch = headers.get('if-none-match')
  if (ifNoneMatch !== null) return matchesTag(ifNoneMatch, etag)
  const ifModifiedSince = headers.get('if-modified-since')
  if (ifModifiedSince === null || !lastModified) return false
  const since = Date.parse(ifModifiedSince)
  // HTTP dates have whole seconds; an unreadable date is ignored, as the RFC says.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since
}
