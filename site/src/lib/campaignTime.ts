import type { Locale } from '../i18n/messages'

import { DEFAULT_TIME_ZONE } from './openNow'
import { intlLocale, localDigits } from './numerals'

/**
 * Where a published campaign stands at a moment, and how far that moment is
 * from its start or end in words ("in 5 days", "3 days ago"). The CMS derives
 * the same phase (collections/campaigns/phase.ts), but its answer is cached
 * here until a content change, so pages work it out from the dates and the
 * clock, and say until when their wording holds (X-Cache-Expires).
 */
export type CampaignPhase = 'scheduled' | 'running' | 'ended'

export interface CampaignDates {
  startsAt: string
  endsAt: string
}

export const phaseAt = ({ startsAt, endsAt }: CampaignDates, now: Date): CampaignPhase => {
  const time = now.getTime()
  if (time < Date.parse(startsAt)) return 'scheduled'
  if (time >= Date.parse(endsAt)) return 'ended'
  return 'running'
}

/** The moment a phase's wording counts from: the start before it, the end during and after. */
export const pivotOf = (dates: CampaignDates, phase: CampaignPhase): string =>
  phase === 'scheduled' ? dates.startsAt : dates.endsAt

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const MONTH = 30 * DAY

/**
 * The unit a distance is told in, and below which size the next smaller one
 * takes over. Each limit is a whole number of the unit above it, so the
 * wording changes only when the count does.
 */
const STEPS: { unit: Intl.RelativeTimeFormatUnit; size: number; below: number }[] = [
  { unit: 'minute', size: MINUTE, below: HOUR },
  { unit: 'hour', size: HOUR, below: DAY },
  { unit: 'day', size: DAY, below: 60 * DAY },
  { unit: 'month', size: MONTH, below: Number.POSITIVE_INFINITY },
]

export interface Distance {
  unit: Intl.RelativeTimeFormatUnit
  /** Whole units, at least one ("in 1 minute" rather than "in 0 minutes"). */
  count: number
  future: boolean
  /** When this wording stops being true, ms since the epoch. */
  changesAt: number
}

/** How far `at` is from `now`, in whole units counted down (future) or up (past). */
export const distance = (at: string, now: Date): Distance => {
  const target = Date.parse(at)
  const diff = target - now.getTime()
  const magnitude = Math.abs(diff)
  const step = STEPS.find((s) => magnitude < s.below)!
  const whole = Math.floor(magnitude / step.size)
  const count = Math.max(1, whole)
  const future = diff > 0
  // Counting down, the count drops when the distance falls under it; under one unit, at the moment itself.
  // Counting up, it rises when the distance reaches the next whole unit.
  const changesAt = future
    ? target - whole * step.size + (whole > 0 ? 1 : 0)
    : target + (count + 1) * step.size
  return { unit: step.unit, count, future, changesAt }
}

const formats = new Map<Locale, Intl.RelativeTimeFormat>()

/** "in 5 days", "tomorrow", "3 days ago", in the reader's language and digits. */
export const relativeWords = (locale: Locale, { unit, count, future }: Distance): string => {
  let format = formats.get(locale)
  if (!format) {
    format = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' })
    formats.set(locale, format)
  }
  return localDigits(locale, format.format(future ? count : -count, unit))
}

/**
 * The first moment any of these campaigns' wording or phase changes after
 * `now`, for X-Cache-Expires; null when there are none.
 */
export const wordingChangesAt = (campaigns: CampaignDates[], now: Date): Date | null => {
  let first = Number.POSITIVE_INFINITY
  for (const dates of campaigns) {
    const phase = phaseAt(dates, now)
    first = Math.min(first, distance(pivotOf(dates, phase), now).changesAt)
    // A scheduled campaign starts, a running one ends: the page moves it.
    for (const moment of [dates.startsAt, dates.endsAt]) {
      const time = Date.parse(moment)
      if (time > now.getTime()) first = Math.min(first, time)
    }
  }
  return Number.isFinite(first) ? new Date(first) : null
}

const ranges = new Map<Locale, Intl.DateTimeFormat>()

/**
 * "1 – 8 December 2026": a campaign's days, in the reader's language and
 * digits, on Pakistan's clock (where the campaigns run), whatever the
 * server's own time zone.
 */
export const dateRange = (locale: Locale, { startsAt, endsAt }: CampaignDates): string => {
  let format = ranges.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: DEFAULT_TIME_ZONE })
    ranges.set(locale, format)
  }
  return localDigits(locale, format.formatRange(new Date(startsAt), new Date(endsAt)))
}
