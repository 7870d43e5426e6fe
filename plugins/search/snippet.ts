/** What joins two fragments of one snippet; also what marks a cut at either end. */
export const ELLIPSIS = '…'
export const FRAGMENT_DELIMITER = ` ${ELLIPSIS} `

export const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Marks where a snippet was cut from its (HTML-escaped) source text: an
 * ellipsis at the start when it does not begin where the text does, and at
 * the end when it does not end where the text does. Readers otherwise take a
 * fragment for the whole summary.
 */
export const withEllipses = (snippet: string, escapedSource: string): string => {
  const text = collapse(snippet)
  if (!text) return text
  const plain = text.replace(/<\/?mark>/g, '')
  const source = collapse(escapedSource)
  const fragments = plain.split(FRAGMENT_DELIMITER)
  const cutStart = !source.startsWith(fragments[0]!.trim())
  const cutEnd = !source.endsWith(fragments.at(-1)!.trim())
  return `${cutStart ? `${ELLIPSIS} ` : ''}${text}${cutEnd ? ` ${ELLIPSIS}` : ''}`
}
