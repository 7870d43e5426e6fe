import type { LocalMoment, OpenState } from '../lib/openNow'
import type { Locale } from './messages'

import { intlLocale, localDigits } from '../lib/numerals'

/** The weekday's name in the reader's language (2024-01-01 was a Monday). */
const weekdayName = (locale: Locale, moment: LocalMoment) => {
  const index = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(moment.weekday)
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, 1 + index)))
}

interface HoursMessages {
  openNow: string
  closedNow: string
  open24: string
  /** "closes 17:00", "closes tomorrow 06:00", "closes at midnight". */
  closes: (when: string) => string
  opens: (when: string) => string
  noOpening: string
  today: (time: string) => string
  tomorrow: (time: string) => string
  onDay: (day: string, time: string) => string
  midnight: string
}

export const hoursMessages: Record<Locale, HoursMessages> = {
  en: {
    openNow: 'Open now',
    closedNow: 'Closed',
    open24: 'Open 24 hours',
    closes: (when) => `closes ${when}`,
    opens: (when) => `opens ${when}`,
    noOpening: 'no opening hours in the coming week',
    today: (time) => time,
    tomorrow: (time) => `tomorrow ${time}`,
    onDay: (day, time) => `${day} ${time}`,
    midnight: 'at midnight',
  },
  ur: {
    openNow: 'ابھی کھلا ہے',
    closedNow: 'بند ہے',
    open24: 'چوبیس گھنٹے کھلا ہے',
    closes: (when) => `${when} بند ہوگا`,
    opens: (when) => `${when} کھلے گا`,
    noOpening: 'اگلے ہفتے کھلنے کا کوئی وقت درج نہیں',
    today: (time) => `${time} بجے`,
    tomorrow: (time) => `کل ${time} بجے`,
    onDay: (day, time) => `${day} ${time} بجے`,
    midnight: 'آدھی رات کو',
  },
  ps: {
    openNow: 'اوس پرانیستی دی',
    closedNow: 'تړلی دی',
    open24: 'شپه او ورځ پرانیستی دی',
    closes: (when) => `${when} بندېږي`,
    opens: (when) => `${when} پرانیستل کېږي`,
    noOpening: 'په راتلونکې اونۍ کې د پرانیستو وخت نشته',
    today: (time) => `په ${time}`,
    tomorrow: (time) => `سبا په ${time}`,
    onDay: (day, time) => `${day} په ${time}`,
    midnight: 'د شپې په دولسو',
  },
}

const when = (locale: Locale, moment: LocalMoment) => {
  const t = hoursMessages[locale]
  if (moment.time === '24:00') return t.midnight
  const time = localDigits(locale, moment.time)
  if (moment.inDays === 0) return t.today(time)
  if (moment.inDays === 1) return t.tomorrow(time)
  return t.onDay(weekdayName(locale, moment), time)
}

/** The open-now line in the reader's language, or null when the hours say nothing about today. */
export const openLine = (locale: Locale, state: OpenState): string | null => {
  const t = hoursMessages[locale]
  if (state.kind === 'unknown') return null
  if (state.kind === 'open')
    return state.closes ? `${t.openNow} · ${t.closes(when(locale, state.closes))}` : t.open24
  return `${t.closedNow} · ${state.opens ? t.opens(when(locale, state.opens)) : t.noOpening}`
}
