/** Payload's paginated list response. */
export interface Page<T> {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
}

export const PAGE_SIZE = 20

/** A page number from the URL: anything odd is page 1 rather than an error. */
export const pageFrom = (url: URL) => {
  const page = Number(url.searchParams.get('page') ?? 1)
  return Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1
}

/**
 * A slug-shaped URL parameter, or undefined: what the CMS's slug field allows
 * (fields/slug.ts: letters, digits and the combining marks Urdu and Pashto
 * words carry, joined by single hyphens; at most 120 characters). Anything
 * else cannot name a document, so it is never sent to the CMS.
 */
export const slugParam = (value: string | null | undefined) =>
  value && value.length <= 120 && /^[\p{L}\p{N}\p{Mn}]+(?:-[\p{L}\p{N}\p{Mn}]+)*$/u.test(value)
    ? value
    : undefined
