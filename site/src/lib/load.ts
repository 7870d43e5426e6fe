import { CmsUnavailable } from './cms'

export type Loaded<T> = { ok: true; data: T } | { ok: false }

/**
 * Runs a page's CMS reads. Pages (not components) call this, so they can set
 * the status (503 when the CMS is down, 404 when nothing is found) before
 * Astro starts streaming the response.
 */
export const load = async <T>(read: () => Promise<T>): Promise<Loaded<T>> => {
  try {
    return { ok: true, data: await read() }
  } catch (error) {
    if (!(error instanceof CmsUnavailable)) throw error
    console.error(error.message)
    return { ok: false }
  }
}
