import type { Post } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { type RawPost, type Term, findBySlug, listAll, relatedTerm } from './catalog'
import { type Localized, type Translations, pick, text } from './localized'

export interface PostSummary {
  id: number
  slug: string
  title: Localized<string>
  summary: Localized<string> | null
  publishedAt: string | null
}

export interface PostView extends PostSummary {
  body: Localized<unknown> | null
  categories: Term[]
  related: { slug: string; title: Localized<string> }[]
}

const summaryOf = (doc: RawPost, locale: Locale): PostSummary => ({
  id: doc.id as number,
  slug: (doc.slug as string | null) ?? String(doc.id),
  title: text(doc.title as Translations<string>, locale),
  summary: pick(doc.summary as Translations<string>, locale),
  publishedAt: (doc.publishedAt as string | null) ?? null,
})

const viewOf = (doc: RawPost, locale: Locale): PostView => ({
  ...summaryOf(doc, locale),
  body: pick(doc.body as Translations<unknown>, locale),
  categories: ((doc.categories as unknown[] | null) ?? []).flatMap((c) => relatedTerm(c, locale) ?? []),
  related: ((doc.relatedResources as unknown[] | null) ?? []).flatMap((r) => {
    if (!r || typeof r !== 'object') return []
    const resource = r as { slug?: string | null; id: number; title?: Translations<string> | string }
    return [{ slug: resource.slug ?? String(resource.id), title: text(resource.title, locale) }]
  }),
})

/** Published posts, newest first. */
export const listPosts = async (locale: Locale, page: number) => {
  const result = await listAll<Post>(
    'posts',
    { page: String(page), sort: '-publishedAt', depth: '0' },
    locale,
  )
  return { ...result, docs: result.docs.map((doc) => summaryOf(doc, locale)) }
}

export const getPost = async (locale: Locale, slug: string) => {
  const doc = await findBySlug<Post>('posts', slug)
  return doc ? viewOf(doc, locale) : null
}

/** The post as a page renders it, from a document fetched elsewhere (previews). */
export const postView = (doc: RawPost, locale: Locale) => viewOf(doc, locale)
