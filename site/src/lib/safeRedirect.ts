/**
 * Where to send a reader after signing in: the `next` they came with when
 * it is a path on this site, else the home page of their language. Only a
 * single leading `/` followed by something that is not `/` or `\` passes:
 * browsers read `//evil`, `/\evil` and `\\evil` as another host, and
 * decoding first catches the encoded forms (`%2F%2Fevil`, `/%5Cevil`).
 */
export const safeRedirect = (next: string | null | undefined, home = '/'): string => {
  if (!next || next.length > 2048) return home
  let decoded = next
  // Twice-encoded forms (%252F…) too; stop at text that no longer decodes.
  for (let i = 0; i < 3; i++) {
    try {
      const once = decodeURIComponent(decoded)
      if (once === decoded) break
      decoded = once
    } catch {
      return home
    }
  }
  // Browsers drop tabs and line breaks anywhere in an address and read `\` as `/`.
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u001f\u007f\s\\]/.test(next)) return home
  for (const candidate of [next, decoded]) {
    // eslint-disable-next-line no-control-regex -- as above
    if (!/^\/(?![\s\u0000-\u001f\u007f]*[/\\])/.test(candidate)) return home
  }
  // What a browser would make of it, resolved against a throwaway origin: it must stay there.
  try {
    const url = new URL(next, 'http://site.invalid')
    if (url.origin !== 'http://site.invalid') return home
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return home
  }
}
