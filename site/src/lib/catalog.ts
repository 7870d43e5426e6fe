import type { Category, District, Post, Resource, Tag } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { CmsRefused, cmsGet } from './cms'
import { type Localized, type Translations, pick, text } from './localized'
import { PAGE_SIZE, type Page, slugParam } from './page'

/** A Payload document as `locale=all` returns it: localized fields are `{ en, ur, ps }`. */
export type AllLocales<T> = { [K in keyof T]: T[K] | Translations<NonNullable<T[K]>> }

export type Collection = 'resources' | 'posts' | 'categories' | 'districts' | 'tags'

/**
 * One page of a collection, every localized field in every language. Sorting
 * by a localized field has to happen in the reader's language, which
 * `locale=all` cannot do, so the ids are first listed in the reader's
 * language and the documents fetched by id.
 */
export const listAll = async <T extends { id: number }>(
  collection: Collection,
  query: Record<string, string>,
  locale: Locale,
): Promise<Page<AllLocales<T>>> => {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), depth: '1', ...query })
  if (locale === 'en') {
    params.set('locale', 'all')
    return cmsGet<Page<AllLocales<T>>>(`/${collection}?${params}`)
  }
  params.set('locale', locale)
  params.set('depth', '0')
  params.set('select[id]', 'true')
  const order = await cmsGet<Page<{ id: number }>>(`/${collection}?${params}`)
  if (order.docs.length === 0) return { ...order, docs: [] }
  const ids = order.docs.map((d) => d.id)
  const byId = new URLSearchParams({
    locale: 'all',
    depth: query.depth ?? '1',
    limit: String(ids.length),
    'where[id][in]': ids.join(','),
  })
  const { docs } = await cmsGet<Page<AllLocales<T>>>(`/${collection}?${byId}`)
  const found = new Map(docs.map((d) => [d.id as number, d]))
  return { ...order, docs: ids.flatMap((id) => found.get(id) ?? []) }
}

/**
 * One document by slug, every language; null when there is none (or it is
 * not published). An address that cannot be a slug (`%00`, `..%2f`, a broken
 * UTF-8 sequence, a thousand characters) is not found without asking the CMS,
 * and a value the CMS refuses (400) is not found either, never a 503.
 */
export const findBySlug = async <T>(collection: Collection, slug: string): Promise<AllLocales<T> | null> => {
  const valid = slugParam(slug)
  if (!valid) return null
  const params = new URLSearchParams({ locale: 'all', depth: '1', limit: '1', 'where[slug][equals]': valid })
  try {
    return (await cmsGet<Page<AllLocales<T>>>(`/${collection}?${params}`)).docs[0] ?? null
  } catch (error) {
    if (error instanceof CmsRefused) return null
    throw error
  }
}

export interface Term {
  id: number
  slug: string
  name: Localized<string>
  description: Localized<string> | null
}

type TermDoc = AllLocales<Category> | AllLocales<District> | AllLocales<Tag>

export const toTerm = (doc: TermDoc, locale: Locale): Term => ({
  id: doc.id as number,
  slug: (doc.slug as string | null) ?? String(doc.id),
  name: text(doc.name as Translations<string>, locale),
  description: 'description' in doc ? pick(doc.description as Translations<string>, locale) : null,
})

/** A populated relationship as a term; null when it was not populated (or is unset). */
export const relatedTerm = (value: unknown, locale: Locale): Term | null =>
  value && typeof value === 'object' ? toTerm(value as TermDoc, locale) : null

export type RawResource = AllLocales<Resource>
export type RawPost = AllLocales<Post>
