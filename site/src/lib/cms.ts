/**
 * The site reads the CMS over its REST API only, never the database, so it
 * can be deployed and scaled on its own.
 */
const CMS_URL = process.env.CMS_URL ?? 'http://127.0.0.1:3000'
const TIMEOUT_MS = 5000

/** The CMS did not answer, or answered with an error: pages show 503. */
export class CmsUnavailable extends Error {}

export const cmsGet = async <T>(path: string): Promise<T> => {
  let response: Response
  try {
    response = await fetch(`${CMS_URL}/api${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (error) {
    throw new CmsUnavailable(`GET /api${path}: ${(error as Error).message}`, { cause: error })
  }
  if (!response.ok) throw new CmsUnavailable(`GET /api${path}: HTTP ${response.status}`)
  return (await response.json()) as T
}

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
