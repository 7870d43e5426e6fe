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

/** A slug-shaped URL parameter (Unicode letters, digits, dashes), or undefined. */
export const slugParam = (value: string | null | undefined) => value?.match(/^[\p{L}\p{N}-]{1,120}$/u)?.[0]
