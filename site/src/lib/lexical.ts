/**
 * Lexical rich text (as Payload's editor stores it) to HTML. Text is always
 * escaped and links must be http(s) or relative, so CMS content cannot
 * inject markup or scripts into the site.
 */
type Node = {
  type?: string
  tag?: string
  text?: string
  format?: number
  url?: string
  fields?: { url?: string; newTab?: boolean }
  listType?: string
  children?: Node[]
}

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

const safeUrl = (url: string | undefined) =>
  url && /^(https?:\/\/|\/(?!\/)|#)/i.test(url.trim()) ? escape(url.trim()) : null

const text = (node: Node) => {
  let html = escape(node.text ?? '')
  const format = node.format ?? 0
  if (format & 16) html = `<code>${html}</code>`
  if (format & 1) html = `<strong>${html}</strong>`
  if (format & 2) html = `<em>${html}</em>`
  if (format & 8) html = `<u>${html}</u>`
  return html
}

const render = (node: Node): string => {
  const inner = () => (node.children ?? []).map(render).join('')
  switch (node.type) {
    case 'text':
      return text(node)
    case 'linebreak':
      return '<br>'
    case 'paragraph':
      return `<p>${inner()}</p>`
    case 'heading': {
      const level = Math.min(Math.max(Number((node.tag ?? 'h2').slice(1)) || 2, 2), 4)
      return `<h${level}>${inner()}</h${level}>`
    }
    case 'list':
      return node.listType === 'number' ? `<ol>${inner()}</ol>` : `<ul>${inner()}</ul>`
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`
    case 'link':
    case 'autolink': {
      const href = safeUrl(node.fields?.url ?? node.url)
      return href ? `<a href="${href}" rel="noopener">${inner()}</a>` : inner()
    }
    default:
      return inner()
  }
}

export const renderLexical = (value: unknown): string => {
  const root = (value as { root?: Node } | null | undefined)?.root
  return root ? (root.children ?? []).map(render).join('') : ''
}
