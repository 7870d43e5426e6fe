/** The plain text of a Lexical editor state, paragraphs separated by newlines. */
export const lexicalText = (value: unknown): string => {
  const parts: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { text, children, type } = node as { text?: unknown; children?: unknown; type?: string }
    if (typeof text === 'string') parts.push(text)
    if (Array.isArray(children)) children.forEach(walk)
    if (type === 'paragraph' || type === 'heading' || type === 'listitem') parts.push('\n')
  }
  walk((value as { root?: unknown } | null)?.root)
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
