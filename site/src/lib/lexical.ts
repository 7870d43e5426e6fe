import type { HTMLConverter, HTMLConverters } from '@payloadcms/richtext-lexical/html'

import { TableHTMLConverter, convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { safeLinkHref } from '../../../utilities/linkUrl'
import { type Locale, localizedPath } from '../i18n/messages'
import { type Translations, pick } from './localized'

/**
 * Lexical rich text (as Payload's editor stores it) to HTML, through
 * `@payloadcms/richtext-lexical`'s converters with the node types the site
 * shows overridden. What it keeps from the hand-written renderer it replaces:
 * text is always escaped and no raw HTML passes through; a link goes out only
 * if utilities/linkUrl.ts allows it (the same rule the CMS applies on save),
 * otherwise its text is shown plain; headings start at h2 (the page has the
 * h1). Text alignment and indentation are not carried over as inline styles:
 * Lexical's "left" is wrong in Urdu and Pashto, where the page mirrors.
 */

export interface RenderOptions {
  /** The reader's language: linked documents' titles and addresses follow it. */
  locale: Locale
  /** Where file URLs from the CMS are relative to (its public address, not the site's). */
  cmsPublicUrl: string
}

type AnyNode = { type?: string; children?: unknown; [key: string]: unknown }
type Convert = HTMLConverter<AnyNode>

const escape = (value: unknown) =>
  String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')

const childrenOf = (node: AnyNode) => (Array.isArray(node.children) ? (node.children as AnyNode[]) : [])

/** A node's children as HTML (no children, no HTML). */
const inner = (args: Parameters<Extract<Convert, (...a: never[]) => string>>[0]) =>
  args.nodesToHTML({ nodes: childrenOf(args.node) as never[] }).join('')

// Lexical's text format bits.
const FORMATS: [number, string][] = [
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
]

/** Public pages of the collections a document link or relationship can name. */
const PAGES: Record<string, string> = {
  resources: '/resources',
  posts: '/posts',
  categories: '/categories',
  districts: '/districts',
  tags: '/tags',
}

interface LinkedDoc {
  slug?: unknown
  title?: unknown
  name?: unknown
}

/** The page of a linked document in the reader's language; null when it has none (or was not populated). */
const pageOf = (relationTo: unknown, value: unknown, locale: Locale) => {
  const base = typeof relationTo === 'string' ? PAGES[relationTo] : undefined
  if (!base || !value || typeof value !== 'object') return null
  const slug = (value as LinkedDoc).slug
  if (typeof slug !== 'string' || !slug) return null
  return localizedPath(`${base}/${encodeURIComponent(slug)}`, locale)
}

/** A localized text in the reader's language, as attributes and escaped text. */
const localizedText = (value: unknown, locale: Locale) => {
  const picked = pick(value as Translations<string> | string | null | undefined, locale)
  if (!picked || typeof picked.value !== 'string') return null
  return { text: escape(picked.value), lang: picked.lang !== locale ? ` lang="${picked.lang}"` : '' }
}

const IMAGE = /^image\/(?:jpeg|png|webp|gif|avif)$/

const converters = ({ locale, cmsPublicUrl }: RenderOptions): HTMLConverters => {
  const link: Convert = (args) => {
    const children = inner(args)
    const fields = (args.node.fields ?? {}) as {
      url?: unknown
      linkType?: unknown
      newTab?: unknown
      doc?: { relationTo?: unknown; value?: unknown } | null
    }
    const internal = fields.linkType === 'internal'
    const href = internal
      ? pageOf(fields.doc?.relationTo, fields.doc?.value, locale)
      : safeLinkHref(fields.url)
    // Refused (or a document without a page): the words stay, the link goes.
    if (!href) return children
    const external = /^https?:/i.test(href)
    const attributes = [
      `href="${escape(href)}"`,
      ...(external ? ['rel="noopener noreferrer"'] : []),
      ...(fields.newTab === true ? ['target="_blank"', ...(external ? [] : ['rel="noopener"'])] : []),
    ]
    return `<a ${attributes.join(' ')}>${children}</a>`
  }

  return {
    ...TableHTMLConverter,
    text: ({ node }) => {
      let html = escape(node.text)
      const format = typeof node.format === 'number' ? node.format : 0
      for (const [bit, tag] of FORMATS) if (format & bit) html = `<${tag}>${html}</${tag}>`
      return html
    },
    linebreak: '<br>',
    tab: '\t',
    paragraph: (args) => `<p>${inner(args)}</p>`,
    heading: (args) => {
      const level = Math.min(Math.max(Number(String(args.node.tag ?? 'h2').slice(1)) || 2, 2), 4)
      return `<h${level}>${inner(args)}</h${level}>`
    },
    quote: (args) => `<blockquote>${inner(args)}</blockquote>`,
    horizontalrule: '<hr>',
    list: (args) => {
      const { listType, start } = args.node as { listType?: unknown; start?: unknown }
      if (listType === 'number') {
        const from = Number.isInteger(start) && start !== 1 ? ` start="${Number(start)}"` : ''
        return `<ol${from}>${inner(args)}</ol>`
      }
      return listType === 'check' ? `<ul class="checklist">${inner(args)}</ul>` : `<ul>${inner(args)}</ul>`
    },
    listitem: (args) => {
      const children = inner(args)
      const nested = childrenOf(args.node).some((child) => child.type === 'list')
      const inChecklist = (args.parent as { listType?: unknown }).listType === 'check'
      if (!inChecklist || nested) return `<li${nested ? ' class="nested"' : ''}>${children}</li>`
      // A real (read-only) checkbox in the label: its state is announced as
      // "checked"/"not checked" and shown without relying on colour.
      const checked = args.node.checked === true
      return `<li class="${checked ? 'checked' : 'unchecked'}"><label><input type="checkbox" disabled${checked ? ' checked' : ''}> ${children}</label></li>`
    },
    link,
    autolink: link,
    upload: ({ node }) => {
      const file = node.value as
        | {
            url?: unknown
            mimeType?: unknown
            filename?: unknown
            alt?: unknown
            width?: unknown
            height?: unknown
          }
        | null
        | undefined
      // Not populated: withheld from the public, private or deleted.
      if (!file || typeof file !== 'object' || typeof file.url !== 'string' || !file.url) return ''
      let src: string
      try {
        src = new URL(file.url, cmsPublicUrl).toString()
      } catch {
        return ''
      }
      const fields = (node.fields ?? {}) as { alt?: unknown; caption?: unknown }
      const alt =
        localizedText(fields.alt, locale) ??
        localizedText(fields.caption, locale) ??
        localizedText(file.alt, locale)
      const name = escape(typeof file.filename === 'string' ? file.filename : src.split('/').pop())
      if (typeof file.mimeType === 'string' && IMAGE.test(file.mimeType)) {
        const size = [
          Number.isInteger(file.width) ? ` width="${Number(file.width)}"` : '',
          Number.isInteger(file.height) ? ` height="${Number(file.height)}"` : '',
        ].join('')
        return `<img src="${escape(src)}" alt="${alt?.text ?? ''}"${alt?.lang ?? ''}${size} loading="lazy" decoding="async">`
      }
      const label = alt ? `<span${alt.lang}>${alt.text}</span>` : name
      return `<p class="file"><a href="${escape(src)}" download>${label}</a></p>`
    },
    relationship: ({ node }) => {
      const href = pageOf(node.relationTo, node.value, locale)
      if (!href) return ''
      const doc = node.value as LinkedDoc
      const title = localizedText(doc.title ?? doc.name, locale)
      if (!title) return ''
      return `<p class="related"><a href="${escape(href)}"${title.lang}>${title.text}</a></p>`
    },
    // Anything else (a block, a node from a later feature): its text, nothing more.
    unknown: (args) => inner(args as never),
  }
}

/** A Lexical value as HTML; empty for anything that is not one. */
export const renderLexical = (value: unknown, options: RenderOptions): string => {
  const root = (value as { root?: { children?: unknown } } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return ''
  return convertLexicalToHTML({
    data: value as never,
    converters: converters(options),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
