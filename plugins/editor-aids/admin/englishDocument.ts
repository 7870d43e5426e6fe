/**
 * The English version of the document a form edits, fetched once for all the
 * form's fields (each field's "English beside" asks; the first asks the
 * server), and again after a short while so a form opened later sees edits.
 */
const FRESH_FOR_MS = 30_000

const cache = new Map<string, { at: number; doc: Promise<Record<string, unknown> | null> }>()

export const englishDocument = (
  api: string,
  collection: string,
  id: number | string,
): Promise<Record<string, unknown> | null> => {
  const key = `${collection}/${id}`
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < FRESH_FOR_MS) return hit.doc
  const url = `${api}/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}?locale=en&fallback-locale=none&depth=0&draft=true`
  const doc = fetch(url, { credentials: 'include' }).then(
    async (res) => (res.ok ? ((await res.json()) as Record<string, unknown>) : null),
    () => null,
  )
  cache.set(key, { at: Date.now(), doc })
  return doc
}

/** The value at a form path such as `title` or `phones.0.label`. */
export const valueAtPath = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, segment) => {
    if (node === null || typeof node !== 'object') return undefined
    return (node as Record<string, unknown>)[segment]
  }, doc)
