import { badRequest } from '../../../utilities/errors'

/**
 * A keyset cursor: the sort key and the last row's sort value and id, as
 * base64url JSON. Opaque to callers (only ever handed back), tied to its
 * collection and sort so it cannot be replayed against another list, where
 * it would silently skip or repeat rows.
 */
interface CursorData {
  c: string
  s: string
  v: string | number
  i: number
}

export interface Position {
  value: string | number
  id: number
}

export const encodeCursor = (collection: string, sort: string, position: Position): string =>
  Buffer.from(
    JSON.stringify({ c: collection, s: sort, v: position.value, i: position.id } satisfies CursorData),
  ).toString('base64url')

const invalid = () =>
  badRequest('cursor', 'cursor: not a cursor this API gave out (pass `nextCursor` as it came)')

export const decodeCursor = (cursor: string, collection: string, sort: string): Position => {
  let data: Partial<CursorData>
  try {
    data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorData>
  } catch {
    throw invalid()
  }
  if (
    !data ||
    typeof data !== 'object' ||
    typeof data.c !== 'string' ||
    typeof data.s !== 'string' ||
    (typeof data.v !== 'string' && typeof data.v !== 'number') ||
    !Number.isSafeInteger(data.i)
  )
    throw invalid()
  if (data.c !== collection) throw badRequest('cursor', `cursor: made for ${data.c}, not ${collection}`)
  if (data.s !== sort)
    throw badRequest('cursor', `cursor: made for sort=${data.s}; keep the sort while paging`)
  return { value: data.v, id: data.i! }
}
