import type { Locale } from './messages'

import { formatNumber } from '../lib/numerals'

/**
 * The sessions page (pages/[...lang]/account/sessions.astro) and the CMS
 * admin's sessions list (collections/users/sessions/SessionsField.tsx), in
 * each language. Plain constants, no Astro or Payload imports, so both can
 * use them.
 */
export interface SessionMessages {
  title: string
  intro: string
  /** Shown to a reader who is not signed in. */
  signedOut: string
  signIn: string
  none: string
  thisDevice: string
  unknownBrowser: string
  /** "Chrome on Android", in this language. */
  browserOn: (browser: string, os: string) => string
  unknownAddress: string
  browser: string
  address: string
  started: string
  lastUsed: string
  /** "Last used" for a session not used since it started. */
  notUsedYet: string
  end: string
  /** The button's accessible name, naming the session it ends; it holds `end` word for word (what a voice user says). */
  endNamed: (browser: string) => string
  endOthers: string
  endAll: string
  ended: string
  endedOthers: (count: number) => string
  /** The same, said by the page's script, which does not count. */
  allOthersEnded: string
  /** The session was already gone (ended elsewhere, or expired). */
  alreadyGone: string
  refused: string
  unavailable: string
  loading: string
}

export const sessionMessages: Record<Locale, SessionMessages> = {
  en: {
    title: 'Your sessions',
    intro:
      'Each place where you are signed in. If you do not recognise one, end it and change your password.',
    signedOut: 'Sign in to see where you are signed in.',
    signIn: 'Sign in',
    none: 'You have no other sessions.',
    thisDevice: 'This device',
    unknownBrowser: 'Unknown browser',
    browserOn: (browser, os) => `${browser} on ${os}`,
    unknownAddress: 'Unknown address',
    browser: 'Browser',
    address: 'Address',
    started: 'Signed in',
    lastUsed: 'Last used',
    notUsedYet: 'Not used since',
    end: 'End',
    endNamed: (browser) => `End the session on ${browser}`,
    endOthers: 'End all other sessions',
    endAll: 'End all sessions',
    ended: 'Session ended.',
    endedOthers: (count) => (count === 1 ? 'One other session ended.' : `${count} other sessions ended.`),
    allOthersEnded: 'All other sessions ended.',
    alreadyGone: 'That session had already ended.',
    refused: 'That request came from another site and was refused.',
    unavailable: 'Your sessions cannot be reached right now; try again shortly.',
    loading: 'Loading sessions…',
  },
  ur: {
    title: 'آپ کے سیشن',
    intro:
      'ہر وہ جگہ جہاں آپ سائن اِن ہیں۔ اگر آپ کسی کو نہیں پہچانتے تو اسے ختم کریں اور اپنا پاس ورڈ بدل لیں۔',
    signedOut: 'یہ دیکھنے کے لیے کہ آپ کہاں سائن اِن ہیں، پہلے سائن اِن کریں۔',
    signIn: 'سائن اِن کریں',
    none: 'آپ کا کوئی اور سیشن نہیں ہے۔',
    thisDevice: 'یہ آلہ',
    unknownBrowser: 'نامعلوم براؤزر',
    browserOn: (browser, os) => `${os} پر ${browser}`,
    unknownAddress: 'نامعلوم پتہ',
    browser: 'براؤزر',
    address: 'پتہ',
    started: 'سائن اِن کیا',
    lastUsed: 'آخری استعمال',
    notUsedYet: 'تب سے استعمال نہیں ہوا',
    end: 'ختم کریں',
    endNamed: (browser) => `${browser} والا سیشن ختم کریں`,
    endOthers: 'باقی تمام سیشن ختم کریں',
    endAll: 'تمام سیشن ختم کریں',
    ended: 'سیشن ختم ہو گیا۔',
    endedOthers: (count) =>
      count === 1 ? 'ایک اور سیشن ختم ہو گیا۔' : `${formatNumber('ur', count)} اور سیشن ختم ہو گئے۔`,
    allOthersEnded: 'باقی تمام سیشن ختم ہو گئے۔',
    alreadyGone: 'وہ سیشن پہلے ہی ختم ہو چکا تھا۔',
    refused: 'یہ درخواست کسی دوسری سائٹ سے آئی تھی، اس لیے رد کر دی گئی۔',
    unavailable: 'اس وقت آپ کے سیشن دستیاب نہیں؛ تھوڑی دیر بعد دوبارہ کوشش کریں۔',
    loading: 'سیشن لوڈ ہو رہے ہیں…',
  },
  ps: {
    title: 'ستاسو ناستې',
    intro: 'هر هغه ځای چې تاسو پکې ننوتي یاست. که یو یې نه پېژنئ، پای ته یې ورسوئ او خپل پټنوم بدل کړئ.',
    signedOut: 'د دې لپاره چې ووینئ چېرته ننوتي یاست، لومړی ننوځئ.',
    signIn: 'ننوتل',
    none: 'تاسو بله ناسته نه لرئ.',
    thisDevice: 'دا وسیله',
    unknownBrowser: 'ناپېژندل شوی براوزر',
    browserOn: (browser, os) => `په ${os} کې ${browser}`,
    unknownAddress: 'ناپېژندل شوې پته',
    browser: 'براوزر',
    address: 'پته',
    started: 'ننوتل',
    lastUsed: 'وروستی کارول',
    notUsedYet: 'له هغه راهیسې نه دی کارول شوی',
    end: 'پای ته ورسوئ',
    endNamed: (browser) => `په ${browser} کې ناسته پای ته ورسوئ`,
    endOthers: 'نورې ټولې ناستې پای ته ورسوئ',
    endAll: 'ټولې ناستې پای ته ورسوئ',
    ended: 'ناسته پای ته ورسېده.',
    endedOthers: (count) =>
      count === 1 ? 'یوه بله ناسته پای ته ورسېده.' : `${formatNumber('ps', count)} نورې ناستې پای ته ورسېدې.`,
    allOthersEnded: 'نورې ټولې ناستې پای ته ورسېدې.',
    alreadyGone: 'هغه ناسته مخکې له مخکې پای ته رسېدلې وه.',
    refused: 'دا غوښتنه له بل وېبپاڼې راغلې وه، نو رد شوه.',
    unavailable: 'ستاسو ناستې اوس نه شي رسېدلی؛ لږ وروسته بیا هڅه وکړئ.',
    loading: 'ناستې پورته کېږي…',
  },
}

/** What a session's browser is called, in this language. */
export const browserName = (
  m: SessionMessages,
  session: { browserName: string | null; os: string | null },
): string => {
  if (session.browserName && session.os) return m.browserOn(session.browserName, session.os)
  return session.browserName ?? session.os ?? m.unknownBrowser
}
