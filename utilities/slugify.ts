/**
 * URL slug from any script: keeps Unicode letters and digits (so an Urdu or
 * Pashto title yields a readable Arabic-script slug), drops Latin diacritics,
 * and joins words with single hyphens.
 */
export const slugify = (input: string): string =>
  input
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, (mark) => (/[\u0300-\u036f]/.test(mark) ? '' : mark))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{Mn}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
