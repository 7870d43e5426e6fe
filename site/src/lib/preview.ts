import type { Locale } from '../i18n/messages'

import type { RawPost, RawResource } from './catalog'

import { config } from './config'
import { postView } from './posts'
import { resourceView } from './resources'

export type PreviewResult =
  | { kind: 'resource'; view: ReturnType<typeof resourceView> }
  | { kind: 'post'; view: ReturnType<typeof postView> }
  | { kind: 'refused' }
  | { kind: 'missing' }
  | { kind: 'unavailable' }

/**
 * A draft through the CMS's preview endpoint, which checks the signed token.
 * Never cached: a draft is one editor's, and changes with every autosave.
 */
export const loadPreview = async (
  collection: string,
  id: string,
  token: string,
  locale: Locale,
): Promise<PreviewResult> => {
  if ((collection !== 'resources' && collection !== 'posts') || !/^[1-9]\d{0,15}$/.test(id))
    return { kind: 'missing' }
  let response: Response
  try {
    response = await fetch(
      `${config().CMS_URL}/api/preview/${collection}/${id}?${new URLSearchParams({ token, locale: 'all' })}`,
      { signal: AbortSignal.timeout(5000), cache: 'no-store' },
    )
  } catch {
    return { kind: 'unavailable' }
  }
  if (response.status === 404) return { kind: 'missing' }
  if (response.status >= 400 && response.status < 500) return { kind: 'refused' }
  if (!response.ok) return { kind: 'unavailable' }
  // A body cut off on the way counts as the CMS being unreachable.
  const doc = (await response.json().catch(() => null)) as (RawResource & RawPost) | null
  if (!doc) return { kind: 'unavailable' }
  return collection === 'resources'
    ? { kind: 'resource', view: resourceView(doc, locale) }
    : { kind: 'post', view: postView(doc, locale) }
}
