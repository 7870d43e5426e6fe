/**
 * Folds text so that the spellings readers actually type meet the spellings
 * editors saved. Urdu and Pashto are written with Arabic-script letters that
 * have several code points for "the same" letter depending on keyboard and
 * language (Arabic ي / Persian ی, Arabic ك / Persian ک, ه / ہ / ە, Pashto ټ
 * and Urdu ٹ, …); both the indexed text and every query go through this, so a
 * query typed on an Arabic keyboard still finds Urdu text. Latin diacritics
 * are dropped too (Peshāwar → peshawar).
 */
const LETTER_VARIANTS: Record<string, string> = {
  // Yeh: Arabic yeh, alef maksura, yeh barree, Pashto yehs, yeh with hamza → Persian/Urdu yeh
  '\u064A': '\u06CC',
  '\u0649': '\u06CC',
  '\u06D2': '\u06CC',
  '\u06D0': '\u06CC',
  '\u06CD': '\u06CC',
  '\u0626': '\u06CC',
  // Kaf: Arabic kaf → keheh
  '\u0643': '\u06A9',
  // Gaf: Pashto gaf (ګ) → Urdu gaf (گ)
  '\u06AB': '\u06AF',
  // Heh: heh goal, heh doachashmee, ae, teh marbuta, heh with yeh → plain heh
  '\u06C1': '\u0647',
  '\u06BE': '\u0647',
  '\u06D5': '\u0647',
  '\u0629': '\u0647',
  '\u06C0': '\u0647',
  '\u06C2': '\u0647',
  // Retroflex letters: Pashto forms → Urdu forms
  '\u067C': '\u0679', // ټ → ٹ
  '\u0689': '\u0688', // ډ → ڈ
  '\u0693': '\u0691', // ړ → ڑ
  // Noon: noon ghunna and Pashto noon with ring → noon
  '\u06BA': '\u0646',
  '\u06BC': '\u0646',
  // Alef with hamza or madda, alef wasla → alef; waw with hamza → waw
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
  '\u0624': '\u0648',
}
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'gu')

/** Arabic-Indic and Extended Arabic-Indic digits → ASCII digits. */
const foldDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf))

/** Text every fold below leaves as it is but for case: nothing outside ASCII. */
const ASCII = /^[^\u0080-\uFFFF]*$/

export const normalizeText = (text: string): string =>
  // Most English text: the same answer without two Unicode normalisations and four passes (a rebuild
  // folds hundreds of thousands of bodies).
  ASCII.test(text)
    ? text.toLowerCase()
    : foldDigits(
        text
          .normalize('NFKD')
          // Latin combining marks (diacritics), Arabic harakat, superscript alef, tatweel, ZWNJ/ZWJ
          .replace(/[\u0300-\u036F\u064B-\u065F\u0670\u0640\u200C\u200D]/g, '')
          .normalize('NFC')
          .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter]!)
          .toLowerCase(),
      )

/** The words of a normalized text: letters and digits in any script. */
export const wordsOf = (text: string): string[] => normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? []
