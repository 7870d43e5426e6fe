/**
 * "Open now · closes 17:00" / "Closed · opens tomorrow 09:00", computed on the
 * server in the service's own time zone from its weekly hours and dated
 * exceptions (see fields/openingHours.ts for the shape editors fill in).
 *
 * A night shift is stored as two ranges (20:00–24:00, then 00:00–06:00 the
 * next day); here they are joined again, so at 23:00 the line says the
 * service closes at 06:00 tomorrow rather than at midnight.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]
export type HoursMode = 'open' | 'closed' | '24h'

export interface TimeRange {
  opens?: string | null
  closes?: string | null
}

export interface WeeklyHours {
  day: Weekday
  mode: HoursMode
  ranges?: TimeRange[] | null
}

export interface HoursException {
  /** Dates as Payload stores them (an instant); the day is read in the service's time zone. */
  from: string
  to: string
  mode: HoursMode
  ranges?: TimeRange[] | null
}

export interface Hours {
  timeZone?: string | null
  openingHours?: WeeklyHours[] | null
  hoursExceptions?: HoursException[] | null
}

/** A moment in the service's week: days from today (0 = today) and a local time "HH:MM". */
export interface LocalMoment {
  inDays: number
  weekday: Weekday
  time: string
}

export type OpenState =
  | { kind: 'unknown' }
  /** `closes` null: open around the clock for as far as the hours go. */
  | { kind: 'open'; closes: LocalMoment | null }
  /** `opens` null: no opening in the coming week. */
  | { kind: 'closed'; opens: LocalMoment | null }

export const DEFAULT_TIME_ZONE = 'Asia/Karachi'
const DAY_MINUTES = 24 * 60
/** How far ahead to look for the next opening (a week, and a day for exceptions that end). */
const LOOKAHEAD_DAYS = 8

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

interface LocalDay {
  /** YYYY-MM-DD in the service's time zone. */
  date: string
  weekday: Weekday
}

const formatterCache = new Map<string, Intl.DateTimeFormat>()
const formatter = (timeZone: string) => {
  let f = formatterCache.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
    formatterCache.set(timeZone, f)
  }
  return f
}

/** The local date, weekday and minute of the day of an instant in a time zone. */
export const localTime = (instant: Date, timeZone: string) => {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  )
  const weekday = parts.weekday!.slice(0, 3).toLowerCase() as Weekday
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  }
}

/** The calendar day `n` days after `day` (calendar arithmetic, so DST never skips a day). */
const addDays = (day: LocalDay, n: number): LocalDay => {
  const [y, m, d] = day.date.split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(y, m - 1, d + n))
  const index = (WEEKDAYS.indexOf(day.weekday) + (n % 7) + 7) % 7
  return { date: next.toISOString().slice(0, 10), weekday: WEEKDAYS[index]! }
}

const validRanges = (ranges: TimeRange[] | null | undefined): [number, number][] =>
  (ranges ?? [])
    .filter((r): r is { opens: string; closes: string } => !!r.opens && !!r.closes)
    .map((r): [number, number] => [minutesOf(r.opens), minutesOf(r.closes)])
    .filter(([o, c]) => c > o)
    .sort((a, b) => a[0] - b[0])

/** The ranges (minutes of the day) a service keeps on one local day; null when nothing is known. */
const rangesOn = (hours: Hours, day: LocalDay, timeZone: string): [number, number][] | null => {
  const exception = (hours.hoursExceptions ?? []).find((e) => {
    if (!e.from || !e.to) return false
    const from = localTime(new Date(e.from), timeZone).date
    const to = localTime(new Date(e.to), timeZone).date
    return from <= day.date && day.date <= to
  })
  const rule = exception ?? (hours.openingHours ?? []).find((row) => row.day === day.weekday)
  if (!rule) return null
  if (rule.mode === 'closed') return []
  if (rule.mode === '24h') return [[0, DAY_MINUTES]]
  return validRanges(rule.ranges)
}

/** Whether anything at all is known about the service's hours. */
export const hasHours = (hours: Hours) =>
  (hours.openingHours?.length ?? 0) > 0 || (hours.hoursExceptions?.length ?? 0) > 0

/**
 * Where the service stands at `now`: open (and until when, following a range
 * that runs to midnight into the next day's), closed (and when it next
 * opens), or unknown when the hours say nothing about today.
 */
export const openState = (hours: Hours, now: Date): OpenState => {
  if (!hasHours(hours)) return { kind: 'unknown' }
  const timeZone = hours.timeZone || DEFAULT_TIME_ZONE
  const local = localTime(now, timeZone)
  const today: LocalDay = { date: local.date, weekday: local.weekday }
  const days = Array.from({ length: LOOKAHEAD_DAYS }, (_, n) => {
    const day = addDays(today, n)
    return { n, day, ranges: rangesOn(hours, day, timeZone) }
  })
  const todays = days[0]!.ranges
  if (todays === null) return { kind: 'unknown' }

  const current = todays.find(([o, c]) => o <= local.minutes && local.minutes < c)
  if (current) {
    // Follow the opening across midnight while the next day starts at 00:00.
    let [, closes] = current
    let n = 0
    while (closes === DAY_MINUTES && n + 1 < days.length) {
      const next = days[n + 1]!.ranges?.find(([o]) => o === 0)
      if (!next) break
      n += 1
      closes = next[1]
    }
    if (closes === DAY_MINUTES && n + 1 >= days.length) return { kind: 'open', closes: null }
    // A range that ends at 24:00 with nothing after it closes at midnight: "24:00" of that day.
    return { kind: 'open', closes: { inDays: n, weekday: days[n]!.day.weekday, time: timeOf(closes) } }
  }

  for (const { n, day, ranges } of days) {
    const next = (ranges ?? []).find(([o]) => n > 0 || o > local.minutes)
    if (next) return { kind: 'closed', opens: { inDays: n, weekday: day.weekday, time: timeOf(next[0]) } }
  }
  return { kind: 'closed', opens: null }
}

/**
 * When the open-now line of `hours` next changes: at the next opening or
 * closing, or at the service's next local midnight (where "tomorrow 09:00"
 * becomes "09:00" and another day's rule starts). A cached page that shows
 * the line must not outlive this. Null when there are no hours at all.
 * Counted in minutes of local time, so on a daylight-saving change day it may
 * be an hour off; the page cache's own TTL still bounds it.
 */
export const changesAt = (hours: Hours, now: Date): Date | null => {
  if (!hasHours(hours)) return null
  const timeZone = hours.timeZone || DEFAULT_TIME_ZONE
  const { minutes } = localTime(now, timeZone)
  const minuteStart = Math.floor(now.getTime() / 60_000) * 60_000
  const after = (inDays: number, time: string) =>
    minuteStart + (inDays * DAY_MINUTES + minutesOf(time) - minutes) * 60_000
  const candidates = [after(1, '00:00')]
  const state = openState(hours, now)
  if (state.kind === 'open' && state.closes) candidates.push(after(state.closes.inDays, state.closes.time))
  if (state.kind === 'closed' && state.opens) candidates.push(after(state.opens.inDays, state.opens.time))
  return new Date(Math.min(...candidates))
}

/** The earliest change among several services' lines (a page of search results), or null. */
export const earliestChange = (all: Hours[], now: Date): Date | null =>
  all.reduce<Date | null>((soonest, hours) => {
    const at = changesAt(hours, now)
    return at && (!soonest || at < soonest) ? at : soonest
  }, null)
