import { cached, createStore } from './cache'
import { config } from './config'

/**
 * The site reads the CMS over its REST API only, never the database, so it
 * can be deployed and scaled on its own. Public reads are cached in-process
 * (lib/cache.ts) until the CMS announces a change.
 */
const TIMEOUT_MS = 5000

/** The CMS did not answer, or answered with an error: pages show 503. */
export class CmsUnavailable extends Error {}

/**
 * The CMS refused the request as malformed (400). A subclass, so a page that
 * does not expect it still answers as before; reads of one document by its
 * address treat it as "no such document".
 */
export class CmsRefused extends CmsUnavailable {}

interface Entry {
  json: unknown
  bytes: number
}

const responses = createStore<Entry>(config().SITE_CACHE_CMS_MB * 1024 * 1024, (e) => e.bytes)

const fetchJson = async (path: string): Promise<Entry> => {
  let response: Response
  try {
    response = await fetch(`${config().CMS_URL}/api${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (error) {
    throw new CmsUnavailable(`GET /api${path}: ${(error as Error).message}`, { cause: error })
  }
  if (response.status === 400) throw new CmsRefused(`GET /api${path}: HTTP 400`)
  if (!response.ok) throw new CmsUnavailable(`GET /api${path}: HTTP ${response.status}`)
  const text = await response.text()
  return { json: JSON.parse(text), bytes: text.length * 2 }
}

/** A public CMS read. Callers must not mutate the result: it is shared. */
export const cmsGet = async <T>(path: string): Promise<T> =>
  (await cached(responses, path, () => fetchJson(path))).json as T

export interface Bucket {
  id: number
  slug: string
  name: string
  count: number
}

export interface ResourceAnalytics {
  total: number
  byCategory: Bucket[]
  byDistrict: Bucket[]
  byStatus: { status: string; count: number }[]
}
