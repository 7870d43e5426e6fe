import type { Category, District, Tag } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { type Collection, type Term, findBySlug, listAll, toTerm } from './catalog'

export type TermCollection = Extract<Collection, 'categories' | 'districts' | 'tags'>
type TermType = Category | District | Tag

/** Every term of a collection, sorted by name in the reader's language (there are dozens, not thousands). */
export const listTerms = async (collection: TermCollection, locale: Locale): Promise<Term[]> => {
  const page = await listAll<TermType>(collection, { limit: '500', depth: '0', sort: 'name' }, locale)
  return page.docs.map((doc) => toTerm(doc, locale))
}

export const getTerm = async (collection: TermCollection, slug: string, locale: Locale) => {
  const doc = await findBySlug<TermType>(collection, slug)
  return doc ? toTerm(doc, locale) : null
}

/** The filter lists of the resource list page. */
export const taxonomy = async (locale: Locale) => {
  const [categories, districts, tags] = await Promise.all(
    (['categories', 'districts', 'tags'] as const).map((c) => listTerms(c, locale)),
  )
  return { categories, districts, tags }
}
